import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusOf } from '../../../../../tests/support/status-of';
import { createTestDatabase } from '../../../../../tests/support/test-database';
import { anonymous } from '../../platform/actor';
import { auditEntriesTable } from '../../platform/audit/schema';
import type { Database } from '../../platform/db/client';
import { buildUser, contextFor, type BuiltUser } from '../accounts/testing/factories';
import { startGuideContent } from '../guide/content';
import type { TerritoryRow } from '../territories/queries';
import { addMember, buildTerritory } from '../territories/testing/factories';
import type { AssessmentFile } from './assessment-schema';
import { compareWithPeers } from './compare-with-peers';
import { startAssessmentContent } from './content';
import { getRound } from './get-round';
import { listMemberScores } from './list-member-scores';
import { openMemberRounds } from './open-member-rounds';
import { assessmentRoundsTable } from './schema';
import { setScoreSharing } from './set-score-sharing';
import { readScoreSharing } from './sharing';
import { buildClosedRound, shareScores } from './testing/factories';

let database: Database;
let cyber: AssessmentFile;

beforeAll(async () => {
	const { methods } = await startGuideContent('content');
	const assessments = await startAssessmentContent(methods, 'content');
	const found = assessments.find((a) => a.id === 'cybersecurity');
	if (!found) {
		throw new Error('the cybersecurity assessment is missing');
	}
	cyber = found;
	database = await createTestDatabase();
});

afterAll(async () => {
	await database.close();
});

async function memberOf(
	territory: TerritoryRow,
	role: 'owner' | 'editor' | 'contributor' | 'viewer'
): Promise<BuiltUser> {
	const person = await buildUser(database.db);
	await addMember(database.db, { territory, userId: person.user.id, role });
	return person;
}

const as = (person: BuiltUser) => contextFor(database.db, person.actor);

describe('choosing what to share', () => {
	it('is for owners: 401 visitors, 404 strangers, 403 editors, 400 bad choices; then saved and audited', async () => {
		const territory = await buildTerritory(database.db);
		const owner = await memberOf(territory, 'owner');
		const editor = await memberOf(territory, 'editor');
		const stranger = await memberOf(await buildTerritory(database.db), 'owner');
		const input = { slug: territory.slug, peers: 'anonymous', withParent: 'on' } as const;
		expect(await statusOf(setScoreSharing(contextFor(database.db, anonymous), input))).toBe(401);
		expect(await statusOf(setScoreSharing(as(stranger), input))).toBe(404);
		expect(await statusOf(setScoreSharing(as(editor), input))).toBe(403);
		expect(
			await statusOf(
				setScoreSharing(as(owner), { ...input, peers: 'everyone' as unknown as 'none' })
			)
		).toBe(400);
		expect(await readScoreSharing(database.db, territory.id)).toEqual({
			peers: 'none',
			withParent: false
		});

		expect(await setScoreSharing(as(owner), input)).toEqual({
			peers: 'anonymous',
			withParent: true
		});
		// An unticked box sends nothing: sharing with the parent stops.
		await setScoreSharing(as(owner), { slug: territory.slug, peers: 'named' });
		expect(await readScoreSharing(database.db, territory.id)).toEqual({
			peers: 'named',
			withParent: false
		});
		const entries = await database.db
			.select()
			.from(auditEntriesTable)
			.where(
				and(
					eq(auditEntriesTable.territoryId, territory.id),
					eq(auditEntriesTable.action, 'diagnose.set-score-sharing')
				)
			);
		expect(entries).toHaveLength(2);
	});
});

describe('comparing with peers', () => {
	it('shows no distribution with 4 peers, shows it with 5, and names only those who share by name', async () => {
		// A kind no other test uses, so that only this test's territories are peers.
		const own = await buildTerritory(database.db, {
			kind: 'district',
			country: 'BE',
			population: 40_000
		});
		const viewer = await memberOf(own, 'viewer');
		const stranger = await memberOf(await buildTerritory(database.db), 'owner');
		const round = await buildClosedRound(database.db, {
			territory: own,
			assessment: cyber,
			index: 1
		});
		const address = { slug: own.slug, roundId: round.id, group: 'kind' };

		expect(await statusOf(compareWithPeers(contextFor(database.db, anonymous), address))).toBe(401);
		expect(await statusOf(compareWithPeers(as(stranger), address))).toBe(404);
		expect(await statusOf(compareWithPeers(as(viewer), { ...address, group: 'size' }))).toBe(400);

		const peer = async (index: number, peers: 'none' | 'anonymous' | 'named', name?: string) => {
			const territory = await buildTerritory(database.db, {
				kind: 'district',
				name,
				population: 30_000
			});
			await shareScores(database.db, territory, { peers, withParent: false });
			await buildClosedRound(database.db, { territory, assessment: cyber, index });
			return territory;
		};
		// Neither a territory that does not share nor one of another kind counts.
		await peer(4, 'none');
		const otherKind = await buildTerritory(database.db, { kind: 'metropolis' });
		await shareScores(database.db, otherKind, { peers: 'anonymous', withParent: false });
		await buildClosedRound(database.db, { territory: otherKind, assessment: cyber, index: 4 });
		for (const index of [0, 1, 2]) {
			await peer(index, 'anonymous');
		}
		await peer(3, 'named', 'Ypres district');

		const four = await compareWithPeers(as(viewer), address);
		expect(four).toMatchObject({
			peerCount: 4,
			dimensions: null,
			overall: null,
			reason: 'too-few-peers'
		});
		// The peer that shares by name is shown even when too few share for a distribution.
		expect(four.named.map((named) => named.name)).toEqual(['Ypres district']);

		await peer(4, 'anonymous');
		const five = await compareWithPeers(as(viewer), address);
		expect(five.peerCount).toBe(5);
		expect(five.reason).toBeNull();
		const expected = (index: number) =>
			cyber.dimensions.map((d) => d.questions[0]?.options[index]?.score ?? 0);
		const first = five.dimensions?.[0];
		expect(first?.own).toBe(round.results?.dimensions[0]?.score);
		expect(first?.peers?.count).toBe(5);
		expect(first?.peers?.median).toBe(expected(2)[0]);
		expect(five.named).toHaveLength(1);
	});

	it('refuses an open round and a population band for a territory without a population (400)', async () => {
		const own = await buildTerritory(database.db);
		const owner = await memberOf(own, 'owner');
		const [openRound] = await database.db
			.insert(assessmentRoundsTable)
			.values({
				territoryId: own.id,
				assessmentId: cyber.id,
				periodStart: '2026-01-01',
				periodEnd: '2026-02-01'
			})
			.returning();
		expect(
			await statusOf(compareWithPeers(as(owner), { slug: own.slug, roundId: openRound?.id ?? '' }))
		).toBe(400);
		const closed = await buildClosedRound(database.db, {
			territory: own,
			assessment: cyber,
			index: 2
		});
		const input = { slug: own.slug, roundId: closed.id, group: 'population-band' };
		expect(await statusOf(compareWithPeers(as(owner), input))).toBe(400);
	});
});

describe('the intermunicipal view', () => {
	it('shows members’ latest scores only where they share them with their parent', async () => {
		const parent = await buildTerritory(database.db, { kind: 'metropolis' });
		const [alpha, bravo, charlie] = await Promise.all(
			['Alpha', 'Bravo', 'Charlie'].map((name) => buildTerritory(database.db, { name, parent }))
		);
		if (!alpha || !bravo || !charlie) {
			throw new Error('members missing');
		}
		await shareScores(database.db, alpha, { peers: 'none', withParent: true });
		await shareScores(database.db, charlie, { peers: 'none', withParent: true });
		await buildClosedRound(database.db, {
			territory: alpha,
			assessment: cyber,
			index: 0,
			closedAt: new Date('2025-06-01')
		});
		const alphaLatest = await buildClosedRound(database.db, {
			territory: alpha,
			assessment: cyber,
			index: 3
		});
		const bravoRound = await buildClosedRound(database.db, {
			territory: bravo,
			assessment: cyber,
			index: 4
		});
		const parentViewer = await memberOf(parent, 'viewer');
		const parentOwner = await memberOf(parent, 'owner');
		const alphaOwner = await memberOf(alpha, 'owner');
		const input = { slug: parent.slug, assessmentId: cyber.id };

		expect(await statusOf(listMemberScores(contextFor(database.db, anonymous), input))).toBe(401);
		expect(await statusOf(listMemberScores(as(alphaOwner), input))).toBe(404);
		expect(
			await statusOf(listMemberScores(as(parentViewer), { ...input, assessmentId: 'nope' }))
		).toBe(400);

		const view = await listMemberScores(as(parentViewer), input);
		expect(view.canOpenForMembers).toBe(false);
		expect(view.members.map((m) => [m.name, m.shared, m.latest?.results.overall ?? null])).toEqual([
			['Alpha', true, alphaLatest.results?.overall],
			['Bravo', false, null],
			['Charlie', true, null]
		]);
		expect((await listMemberScores(as(parentOwner), input)).canOpenForMembers).toBe(true);

		// Sharing gives the parent the scores, never the rounds themselves; and a member
		// never reads another member's rounds.
		const alphaAddress = { slug: alpha.slug, roundId: alphaLatest.id };
		expect(await statusOf(getRound(as(parentOwner), alphaAddress))).toBe(404);
		expect(
			await statusOf(getRound(as(alphaOwner), { slug: bravo.slug, roundId: bravoRound.id }))
		).toBe(404);
		expect((await getRound(as(alphaOwner), alphaAddress)).round.id).toBe(alphaLatest.id);
	});

	it('opens a round in every member at once, for the parent’s owners and editors only', async () => {
		const parent = await buildTerritory(database.db, { kind: 'metropolis' });
		const lonely = await buildTerritory(database.db, { kind: 'metropolis' });
		const members = await Promise.all(
			['Douai', 'Estaires'].map((name) => buildTerritory(database.db, { name, parent }))
		);
		const editor = await memberOf(parent, 'editor');
		const contributor = await memberOf(parent, 'contributor');
		const memberOwner = await memberOf(members[0] as TerritoryRow, 'owner');
		await addMember(database.db, { territory: lonely, userId: editor.user.id, role: 'editor' });
		const input = {
			slug: parent.slug,
			assessmentId: cyber.id,
			periodStart: '2027-01-01',
			periodEnd: '2027-02-28'
		};

		expect(await statusOf(openMemberRounds(contextFor(database.db, anonymous), input))).toBe(401);
		expect(await statusOf(openMemberRounds(as(memberOwner), input))).toBe(404);
		expect(await statusOf(openMemberRounds(as(contributor), input))).toBe(403);
		expect(
			await statusOf(openMemberRounds(as(editor), { ...input, periodEnd: '2026-12-31' }))
		).toBe(400);
		expect(await statusOf(openMemberRounds(as(editor), { ...input, slug: lonely.slug }))).toBe(400);
		const before = await database.db.select().from(assessmentRoundsTable);

		const opened = await openMemberRounds(as(editor), input);
		expect(opened.rounds.map((r) => r.territorySlug)).toEqual(members.map((m) => m.slug));
		const after = await database.db.select().from(assessmentRoundsTable);
		expect(after.length - before.length).toBe(2);
		// The member's own people see and answer their round.
		const first = opened.rounds[0];
		const view = await getRound(as(memberOwner), {
			slug: first?.territorySlug ?? '',
			roundId: first?.roundId ?? ''
		});
		expect(view.round.status).toBe('open');
		expect(view.canAnswer).toBe(true);
		const audits = await database.db
			.select()
			.from(auditEntriesTable)
			.where(eq(auditEntriesTable.action, 'diagnose.open-member-rounds'));
		expect(audits.filter((entry) => entry.territoryId === parent.id)).toHaveLength(1);
	});
});
