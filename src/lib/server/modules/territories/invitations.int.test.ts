import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusOf } from '../../../../../tests/support/status-of';
import { createTestDatabase } from '../../../../../tests/support/test-database';
import { anonymous } from '../../platform/actor';
import { auditEntriesTable } from '../../platform/audit/schema';
import type { Database } from '../../platform/db/client';
import { outboxMessagesTable } from '../../platform/mail/schema';
import { buildUser, contextFor, testClock } from '../accounts/testing/factories';
import { acceptInvitation } from './accept-invitation';
import { getInvitation } from './get-invitation';
import { inviteMember, invitationLifetimeMs } from './invite-member';
import { listInvitations } from './list-invitations';
import { listMembers } from './list-members';
import type { MemberRole } from './policy';
import { revokeInvitation } from './revoke-invitation';
import { addMember, buildTerritory } from './testing/factories';

let database: Database;

beforeAll(async () => {
	database = await createTestDatabase();
});

afterAll(async () => {
	await database.close();
});

async function tokenMailedTo(email: string): Promise<string> {
	const [message] = await database.db
		.select()
		.from(outboxMessagesTable)
		.where(eq(outboxMessagesTable.to, email))
		.orderBy(desc(outboxMessagesTable.createdAt))
		.limit(1);
	const token = /\/invitations\/([A-Za-z0-9_-]+)/.exec(message?.text ?? '')?.[1];
	if (!token) {
		throw new Error(`no invitation mailed to ${email}`);
	}
	return token;
}

async function territoryWith(role: 'owner' | 'editor' | 'viewer') {
	const territory = await buildTerritory(database.db);
	const member = await buildUser(database.db);
	await addMember(database.db, { territory, userId: member.actor.userId, role });
	return { territory, ctx: contextFor(database.db, member.actor) };
}

const invite = (slug: string, email: string, role: MemberRole = 'contributor') => ({
	slug,
	email,
	role,
	requestOrigin: 'http://localhost:3000'
});

describe('inviteMember', () => {
	it('refuses anonymous visitors, viewers, and editors inviting owners', async () => {
		const { territory } = await territoryWith('owner');
		const viewer = await territoryWith('viewer');
		const editor = await territoryWith('editor');
		expect(
			await statusOf(
				inviteMember(contextFor(database.db, anonymous), invite(territory.slug, 'a@b.org'))
			)
		).toBe(401);
		expect(await statusOf(inviteMember(viewer.ctx, invite(viewer.territory.slug, 'a@b.org')))).toBe(
			403
		);
		expect(
			await statusOf(inviteMember(editor.ctx, invite(editor.territory.slug, 'a@b.org', 'owner')))
		).toBe(403);
		expect(await statusOf(inviteMember(viewer.ctx, invite(territory.slug, 'a@b.org')))).toBe(404);
		expect(
			await statusOf(inviteMember(editor.ctx, invite(editor.territory.slug, 'a@b.org', 'viewer')))
		).toBe(200);
	});

	it('mails a link whose token only exists hashed, and records the invitation', async () => {
		const { territory, ctx } = await territoryWith('owner');
		const invitation = await inviteMember(ctx, invite(territory.slug, 'new.member@example.org'));
		const token = await tokenMailedTo('new.member@example.org');
		expect(invitation.tokenHash).not.toContain(token);
		const [entry] = await database.db
			.select()
			.from(auditEntriesTable)
			.where(eq(auditEntriesTable.targetId, invitation.id));
		expect(entry?.action).toBe('territories.invite-member');
		expect(JSON.stringify(entry?.summary)).not.toContain('new.member');
	});

	it('replaces a pending invitation of the same address', async () => {
		const { territory, ctx } = await territoryWith('owner');
		await inviteMember(ctx, invite(territory.slug, 'twice@example.org'));
		const first = await tokenMailedTo('twice@example.org');
		await inviteMember(ctx, invite(territory.slug, 'TWICE@example.org', 'viewer'));
		expect((await getInvitation(ctx, { token: first })).state).toBe('revoked');
		expect((await listInvitations(ctx, { slug: territory.slug })).map((i) => i.role)).toEqual([
			'viewer'
		]);
	});
});

describe('acceptInvitation', () => {
	it('needs the invited account: anonymous 401, another email 403', async () => {
		const { territory, ctx } = await territoryWith('owner');
		await inviteMember(ctx, invite(territory.slug, 'invited@example.org'));
		const token = await tokenMailedTo('invited@example.org');
		const someoneElse = await buildUser(database.db);
		expect(await statusOf(acceptInvitation(contextFor(database.db, anonymous), { token }))).toBe(
			401
		);
		expect(
			await statusOf(acceptInvitation(contextFor(database.db, someoneElse.actor), { token }))
		).toBe(403);
	});

	it('makes the invited person a member, once', async () => {
		const { territory, ctx } = await territoryWith('owner');
		await inviteMember(ctx, invite(territory.slug, 'Camille@Example.org', 'editor'));
		const token = await tokenMailedTo('Camille@Example.org');
		const camille = await buildUser(database.db, { email: 'camille@example.org' });
		const camilleCtx = contextFor(database.db, camille.actor);
		expect((await acceptInvitation(camilleCtx, { token })).role).toBe('editor');
		expect((await listMembers(camilleCtx, { slug: territory.slug })).map((m) => m.role)).toContain(
			'editor'
		);
		expect(await statusOf(acceptInvitation(camilleCtx, { token }))).toBe(409);
	});

	it('refuses an expired or revoked invitation, and an unknown token with 404', async () => {
		const { territory, ctx } = await territoryWith('owner');
		const person = await buildUser(database.db);
		await inviteMember(ctx, invite(territory.slug, person.user.email));
		const token = await tokenMailedTo(person.user.email);
		const later = testClock(new Date(Date.now() + invitationLifetimeMs + 60_000));
		expect(
			await statusOf(acceptInvitation(contextFor(database.db, person.actor, later.now), { token }))
		).toBe(409);
		const invitation = await getInvitation(ctx, { token });
		await revokeInvitation(ctx, { slug: territory.slug, id: invitation.id });
		expect(await statusOf(acceptInvitation(contextFor(database.db, person.actor), { token }))).toBe(
			409
		);
		expect(
			await statusOf(
				acceptInvitation(contextFor(database.db, person.actor), { token: 'x'.repeat(43) })
			)
		).toBe(404);
	});

	it('keeps a higher role the member already has', async () => {
		const { territory, ctx } = await territoryWith('owner');
		const editor = await buildUser(database.db);
		await addMember(database.db, { territory, userId: editor.actor.userId, role: 'editor' });
		await inviteMember(ctx, invite(territory.slug, editor.user.email, 'viewer'));
		const token = await tokenMailedTo(editor.user.email);
		expect((await acceptInvitation(contextFor(database.db, editor.actor), { token })).role).toBe(
			'editor'
		);
	});
});
