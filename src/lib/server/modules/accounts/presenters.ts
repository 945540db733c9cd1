import type { z } from 'zod';
import type {
	accountExportSchema,
	apiTokenSchema,
	createdApiTokenSchema,
	profileSchema
} from './api-contracts';
import type { ApiTokenRow, CreatedApiToken } from './create-api-token';
import type { AccountExport } from './export-account';
import type { Profile } from './get-profile';

/**
 * Rows never leave the server as they are: each resource has one presenter, typed by its
 * API schema, used by the JSON API, the export download and the pages alike.
 */
export type ProfileDto = z.input<typeof profileSchema>;
export type ApiTokenDto = z.input<typeof apiTokenSchema>;
export type CreatedApiTokenDto = z.input<typeof createdApiTokenSchema>;
export type AccountExportDto = z.input<typeof accountExportSchema>;

const iso = (date: Date): string => date.toISOString();
const isoOrNull = (date: Date | null): string | null => (date ? date.toISOString() : null);

export function presentProfile(profile: Profile): ProfileDto {
	return {
		id: profile.id,
		email: profile.email,
		displayName: profile.displayName,
		locale: profile.locale,
		platformRole: profile.platformRole,
		createdAt: iso(profile.createdAt),
		passwordChangedAt: iso(profile.passwordChangedAt)
	};
}

export type ApiTokenStatus = ApiTokenDto['status'];

/** Revoked wins over expired: it is what the person did, and it is final. */
export function apiTokenStatus(
	token: Pick<ApiTokenRow, 'revokedAt' | 'expiresAt'>,
	now: Date
): ApiTokenStatus {
	if (token.revokedAt) {
		return 'revoked';
	}
	return token.expiresAt.getTime() <= now.getTime() ? 'expired' : 'active';
}

export function presentApiToken(token: ApiTokenRow, now: Date): ApiTokenDto {
	return {
		id: token.id,
		name: token.name,
		prefix: token.prefix,
		status: apiTokenStatus(token, now),
		createdAt: iso(token.createdAt),
		expiresAt: iso(token.expiresAt),
		lastUsedAt: isoOrNull(token.lastUsedAt),
		revokedAt: isoOrNull(token.revokedAt)
	};
}

export function presentCreatedApiToken(created: CreatedApiToken, now: Date): CreatedApiTokenDto {
	return { token: created.token, apiToken: presentApiToken(created.apiToken, now) };
}

export function presentAccountExport(data: AccountExport): AccountExportDto {
	return {
		exportedAt: iso(data.exportedAt),
		profile: { ...presentProfile(data.profile), updatedAt: iso(data.profile.updatedAt) },
		memberships: data.memberships.map((membership) => ({
			...membership,
			since: iso(membership.since)
		})),
		apiTokens: data.apiTokens.map((token) => presentApiToken(token, data.exportedAt)),
		sessions: data.sessions.map((session) => ({
			createdAt: iso(session.createdAt),
			expiresAt: iso(session.expiresAt),
			userAgent: session.userAgent
		})),
		auditEntries: data.auditEntries.map((entry) => ({ ...entry, at: iso(entry.at) }))
	};
}
