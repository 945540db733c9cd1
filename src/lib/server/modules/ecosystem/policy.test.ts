import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/actor';
import type { Standing } from '../territories/policy';
import { assertCanStakeholder, canStakeholder, type StakeholderAction } from './policy';

const user = (platformRole: 'admin' | 'moderator' | null = null): Actor => ({
	kind: 'user',
	userId: '00000000-0000-4000-8000-000000000001',
	displayName: 'Test',
	email: 'test@example.org',
	platformRole
});
const standing = (
	role: Standing['role'] = null,
	ancestorRole: Standing['ancestorRole'] = null
): Standing => ({ role, ancestorRole });

const who: Record<string, [Actor, Standing]> = {
	anonymous: [{ kind: 'anonymous' }, standing()],
	stranger: [user(), standing()],
	viewer: [user(), standing('viewer')],
	contributor: [user(), standing('contributor')],
	editor: [user(), standing('editor')],
	owner: [user(), standing('owner')],
	ancestorOwner: [user(), standing(null, 'owner')],
	ancestorEditor: [user(), standing(null, 'editor')],
	moderator: [user('moderator'), standing()],
	admin: [user('admin'), standing()]
};

/** Who may do what: view, edit (add and change), manage (delete, categories, import). */
const table: Record<StakeholderAction, string[]> = {
	'stakeholder.view': [
		'viewer',
		'contributor',
		'editor',
		'owner',
		'ancestorOwner',
		'moderator',
		'admin'
	],
	'stakeholder.edit': ['contributor', 'editor', 'owner', 'admin'],
	'stakeholder.manage': ['editor', 'owner', 'admin']
};

describe('ecosystem policy', () => {
	for (const [action, allowed] of Object.entries(table) as [StakeholderAction, string[]][]) {
		for (const [name, [actor, place]] of Object.entries(who)) {
			const expected = allowed.includes(name);
			it(`${action}: ${name} ${expected ? 'may' : 'may not'}`, () => {
				expect(canStakeholder(actor, action, place)).toBe(expected);
			});
		}
	}

	it('answers 401 to visitors, 404 to those who may not see, 403 to readers', () => {
		const status = (name: string, action: StakeholderAction) => {
			const [actor, place] = who[name] ?? [{ kind: 'anonymous' }, standing()];
			try {
				assertCanStakeholder(actor, action, place);
				return 200;
			} catch (error) {
				return (error as { status: number }).status;
			}
		};
		expect(status('anonymous', 'stakeholder.view')).toBe(401);
		expect(status('stranger', 'stakeholder.edit')).toBe(404);
		expect(status('ancestorEditor', 'stakeholder.view')).toBe(404);
		expect(status('ancestorOwner', 'stakeholder.edit')).toBe(403);
		expect(status('viewer', 'stakeholder.edit')).toBe(403);
		expect(status('moderator', 'stakeholder.manage')).toBe(403);
		expect(status('contributor', 'stakeholder.manage')).toBe(403);
		expect(status('editor', 'stakeholder.manage')).toBe(200);
	});
});
