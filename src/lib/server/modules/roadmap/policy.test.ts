import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/actor';
import { statusByCode, type AppError } from '../../platform/errors';
import type { Standing } from '../territories/policy';
import { assertCanPilot, canPilot, type PilotAction } from './policy';

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
const allowed: Record<PilotAction, Who[]> = {
	'pilot.view': ['viewer', 'contributor', 'editor', 'owner', 'ancestorOwner', 'moderator', 'admin'],
	'pilot.edit': ['contributor', 'editor', 'owner', 'admin'],
	'pilot.delete': ['editor', 'owner', 'admin']
};

const statusOf = (run: () => void): number => {
	try {
		run();
		return 200;
	} catch (error) {
		return statusByCode[(error as AppError).code];
	}
};

describe('pilot action policy', () => {
	for (const [action, yes] of Object.entries(allowed) as [PilotAction, Who[]][]) {
		for (const [name, [actor, standing]] of Object.entries(who) as [Who, [Actor, Standing]][]) {
			const may = yes.includes(name);
			it(`${name} ${may ? 'may' : 'may not'} ${action}`, () => {
				expect(canPilot(actor, action, standing)).toBe(may);
				const expected = may
					? 200
					: name === 'anonymous'
						? 401
						: allowed['pilot.view'].includes(name)
							? 403
							: 404;
				expect(
					statusOf(() => {
						assertCanPilot(actor, action, standing);
					})
				).toBe(expected);
			});
		}
	}
});
