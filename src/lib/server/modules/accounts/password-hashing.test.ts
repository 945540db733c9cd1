import { hash } from '@node-rs/argon2';
import { describe, expect, it } from 'vitest';
import {
	hashPassword,
	needsRehash,
	verifyAgainstDummyHash,
	verifyPassword
} from './password-hashing';

describe('password hashing', () => {
	it('makes argon2id v19 hashes with the chosen parameters and a random salt', async () => {
		const first = await hashPassword('a long enough password');
		const second = await hashPassword('a long enough password');
		expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
		expect(first).not.toBe(second);
	});

	it('verifies the right password and refuses a wrong one', async () => {
		const stored = await hashPassword('a long enough password');
		expect(await verifyPassword(stored, 'a long enough password')).toBe(true);
		expect(await verifyPassword(stored, 'a long enough passworD')).toBe(false);
	});

	it('answers false, without throwing, for a stored hash it cannot read', async () => {
		expect(await verifyPassword('not-a-hash', 'whatever')).toBe(false);
	});

	it('verifies against a dummy hash (unknown email) and always refuses', async () => {
		expect(await verifyAgainstDummyHash('territoria-dummy-password-for-timing')).toBe(false);
	});

	it('asks for a rehash only when the parameters differ', async () => {
		expect(needsRehash(await hashPassword('a long enough password'))).toBe(false);
		const weaker = await hash('a long enough password', { memoryCost: 4096, timeCost: 1 });
		expect(needsRehash(weaker)).toBe(true);
	});
});
