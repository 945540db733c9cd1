import { createHash, randomBytes } from 'node:crypto';

/** A URL-safe random token with 256 bits of entropy, optionally prefixed (`terr_…`). */
export function newToken(prefix = ''): string {
	return prefix + randomBytes(32).toString('base64url');
}

/** Tokens are stored as SHA-256: they are random, so a slow hash adds nothing. */
export function hashToken(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}
