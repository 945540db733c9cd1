import { describe, expect, it } from 'vitest';
import { accountExportSchema, apiTokenSchema, profileSchema } from './api-contracts';
import type { ApiTokenRow } from './create-api-token';
import type { AccountExport } from './export-account';
import type { Profile } from './get-profile';
import {
	apiTokenStatus,
	presentAccountExport,
	presentApiToken,
	presentProfile
} from './presenters';

const now = new Date('2030-01-15T12:00:00Z');
const profile: Profile = {
	id: '11111111-1111-4111-8111-111111111111',
	email: 'alice@example.org',
	displayName: 'Alice',
	platformRole: null,
	locale: 'fr',
	createdAt: new Date('2030-01-01T00:00:00Z'),
	updatedAt: new Date('2030-01-02T00:00:00Z'),
	passwordChangedAt: new Date('2030-01-03T00:00:00Z')
};
const token: ApiTokenRow = {
	id: '33333333-3333-4333-8333-333333333333',
	userId: profile.id,
	name: 'Energy script',
	prefix: 'terr_abc123',
	createdAt: new Date('2030-01-10T00:00:00Z'),
	expiresAt: new Date('2030-02-10T00:00:00Z'),
	lastUsedAt: null,
	revokedAt: null
};

describe('apiTokenStatus', () => {
	it('is active, expired at its expiry instant, and revoked above all', () => {
		expect(apiTokenStatus(token, now)).toBe('active');
		expect(apiTokenStatus(token, token.expiresAt)).toBe('expired');
		expect(apiTokenStatus({ ...token, revokedAt: now }, now)).toBe('revoked');
		expect(apiTokenStatus({ ...token, revokedAt: now }, new Date('2031-01-01'))).toBe('revoked');
	});
});

describe('presenters', () => {
	it('present a profile with its contract, no hash, ISO dates', () => {
		const dto = presentProfile({ ...profile, passwordHash: 'secret' } as Profile);
		expect(profileSchema.parse(dto)).toEqual(dto);
		expect(dto).not.toHaveProperty('passwordHash');
		expect(dto.createdAt).toBe('2030-01-01T00:00:00.000Z');
	});

	it('present a token with its status and neither hash nor owner id', () => {
		const dto = presentApiToken({ ...token, tokenHash: 'secret' } as ApiTokenRow, now);
		expect(apiTokenSchema.parse(dto)).toEqual(dto);
		expect(Object.keys(dto).sort()).toEqual(
			['createdAt', 'expiresAt', 'id', 'lastUsedAt', 'name', 'prefix', 'revokedAt', 'status'].sort()
		);
	});

	it('present an export that satisfies the API contract', () => {
		const data: AccountExport = {
			exportedAt: now,
			profile,
			memberships: [
				{
					territoryId: '44444444-4444-4444-8444-444444444444',
					territorySlug: 'lille',
					territoryName: 'Lille',
					role: 'owner',
					since: profile.createdAt
				}
			],
			apiTokens: [token],
			sessions: [{ createdAt: now, expiresAt: token.expiresAt, userAgent: 'Firefox' }],
			auditEntries: [
				{
					at: now,
					action: 'accounts.sign-up',
					targetType: 'user',
					targetId: profile.id,
					territoryId: null,
					summary: { locale: 'fr' }
				}
			]
		};
		const dto = presentAccountExport(data);
		expect(accountExportSchema.parse(dto)).toEqual(dto);
		expect(JSON.stringify(dto)).not.toMatch(/hash/i);
	});
});
