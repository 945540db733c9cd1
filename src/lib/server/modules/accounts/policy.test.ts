import { describe, expect, it } from 'vitest';
import { type UserActor, anonymous, system } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { canManageApiToken, requireUser } from './policy';

const alice: UserActor = {
	kind: 'user',
	userId: '11111111-1111-4111-8111-111111111111',
	displayName: 'Alice',
	email: 'alice@example.org',
	platformRole: null
};
const admin: UserActor = {
	...alice,
	userId: '22222222-2222-4222-8222-222222222222',
	platformRole: 'admin'
};

describe('accounts policy', () => {
	it('requireUser refuses anonymous and system actors with 401', () => {
		for (const actor of [anonymous, system]) {
			expect(() => requireUser(actor)).toThrowError(AppError);
			try {
				requireUser(actor);
			} catch (error) {
				expect((error as AppError).status).toBe(401);
			}
		}
		expect(requireUser(alice)).toBe(alice);
	});

	it('lets only the owner of a token manage it, not even a platform admin', () => {
		const token = { userId: alice.userId };
		expect(canManageApiToken(anonymous, token)).toBe(false);
		expect(canManageApiToken(system, token)).toBe(false);
		expect(canManageApiToken(admin, token)).toBe(false);
		expect(canManageApiToken(alice, token)).toBe(true);
	});
});
