import { type Options, hash, parseOptions, verify } from '@node-rs/argon2';
import { logger } from '../../platform/logger';

/**
 * argon2id with the OWASP Password Storage Cheat Sheet's first recommendation
 * (19 MiB, 2 passes, 1 lane): about 20 ms on a server core, so a small host is not
 * exhausted by sign-in attempts while offline cracking stays costly.
 *
 * The algorithm is the library's default, Argon2id. It is not named here because the
 * package's `Algorithm` is a `const enum` that `verbatimModuleSyntax` cannot import (and
 * that is empty at run time); `hashPrefix` pins it and password-hashing.test.ts checks it.
 */
export const hashPrefix = '$argon2id$v=19$';

export const passwordHashOptions = {
	memoryCost: 19_456,
	timeCost: 2,
	parallelism: 1,
	outputLen: 32
} as const satisfies Options;

export async function hashPassword(password: string): Promise<string> {
	const passwordHash = await hash(password, passwordHashOptions);
	// Cheap insurance that a library upgrade never silently changes the algorithm.
	if (!passwordHash.startsWith(hashPrefix)) {
		throw new Error('Password hashing did not produce an argon2id (v19) hash.');
	}
	return passwordHash;
}

/** False for a wrong password and for a hash that cannot be read (never throws on input). */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch (error) {
		// A malformed stored hash must not let anyone in, nor turn a sign-in into a 500;
		// it is a data problem that an operator has to see.
		logger.error({ err: error }, 'a stored password hash could not be read');
		return false;
	}
}

let dummyHash: Promise<string> | undefined;

/**
 * Verifies the password against a hash made with the same parameters but belonging to
 * nobody, so that signing in with an unknown email costs as much time as with a known one.
 */
export async function verifyAgainstDummyHash(password: string): Promise<false> {
	dummyHash ??= hashPassword('territoria-dummy-password-for-timing');
	await verify(await dummyHash, password);
	return false;
}

/**
 * True when a stored hash was made with other parameters and should be replaced; called
 * after a successful verification, so the hash is known to be readable.
 */
export function needsRehash(passwordHash: string): boolean {
	const current = parseOptions(passwordHash);
	return (
		!passwordHash.startsWith(hashPrefix) ||
		current.memoryCost !== passwordHashOptions.memoryCost ||
		current.timeCost !== passwordHashOptions.timeCost ||
		current.parallelism !== passwordHashOptions.parallelism ||
		current.outputLen !== passwordHashOptions.outputLen
	);
}
