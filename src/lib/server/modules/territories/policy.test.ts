import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/actor';
import type { AppError } from '../../platform/errors';
import { assertCan, can, type Standing, type TerritoryAction } from './policy';

const user = (platformRole: 'admin' | 'moderator' | null = null): Actor => ({
	kind: 'user',
	userId: '00000000-0000-4000-8000-000000000001',
	displayName: 'Test',
	email: 'test@example.org',
	platformRole
});

type Who =
	| 'anonymous'
	| 'stranger'
	| 'viewer'
	| 'contributor'
	| 'editor'
	| 'owner'
	| 'ancestorOwner'
	| 'ancestorEditor'
	| 'moderator'
	| 'admin';

const who: Record<Who, [Actor, Standing]> = {
	anonymous: [{ kind: 'anonymous' }, { role: null, ancestorRole: null }],
	stranger: [user(), { role: null, ancestorRole: null }],
	viewer: [user(), { role: 'viewer', ancestorRole: null }],
	contributor: [user(), { role: 'contributor', ancestorRole: null }],
	editor: [user(), { role: 'editor', ancestorRole: null }],
	owner: [user(), { role: 'owner', ancestorRole: null }],
	ancestorOwner: [user(), { role: null, ancestorRole: 'owner' }],
	ancestorEditor: [user(), { role: null, ancestorRole: 'editor' }],
	moderator: [user('moderator'), { role: null, ancestorRole: null }],
	admin: [user('admin'), { role: null, ancestorRole: null }]
};

/** Who may do each action; everyone not listed may not. */
const allowed: Record<TerritoryAction, Who[]> = {
	'territory.create': [
		'stranger',
		'viewer',
		'contributor',
		'editor',
		'owner',
		'ancestorOwner',
		'ancestorEditor',
		'moderator',
		'admin'
	],
	'territory.update': ['editor', 'owner', 'admin'],
	'territory.attach-child': ['editor', 'owner', 'admin'],
	'territory.view-members': [
		'viewer',
		'contributor',
		'editor',
		'owner',
		'ancestorOwner',
		'moderator',
		'admin'
	],
	'territory.view-audit': ['owner', 'ancestorOwner', 'moderator', 'admin'],
	'member.invite': ['editor', 'owner', 'admin'],
	'member.invite-owner-or-editor': ['owner', 'admin'],
	'member.manage': ['owner', 'admin'],
	'member.leave': ['viewer', 'contributor', 'editor', 'owner']
};

describe('territories policy', () => {
	for (const [action, permitted] of Object.entries(allowed) as [TerritoryAction, Who[]][]) {
		for (const [name, [actor, standing]] of Object.entries(who) as [Who, [Actor, Standing]][]) {
			const expected = permitted.includes(name);
			it(`${action}: ${name} ${expected ? 'may' : 'may not'}`, () => {
				expect(can(actor, action, standing)).toBe(expected);
			});
		}
	}

	it('refuses anonymous visitors with 401, strangers to private things with 404, members with 403', () => {
		const status = (w: Who, action: TerritoryAction): number => {
			const [actor, standing] = who[w];
			try {
				assertCan(actor, action, standing);
				return 200;
			} catch (error) {
				return (error as AppError).status;
			}
		};
		expect(status('anonymous', 'member.manage')).toBe(401);
		expect(status('stranger', 'member.manage')).toBe(404);
		expect(status('viewer', 'member.manage')).toBe(403);
		expect(status('ancestorOwner', 'member.manage')).toBe(403);
		expect(status('moderator', 'territory.update')).toBe(403);
	});
});
