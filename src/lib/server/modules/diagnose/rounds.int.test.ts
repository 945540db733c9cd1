import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusOf } from '../../../../../tests/support/status-of';
import { createTestDatabase } from '../../../../../tests/support/test-database';
import { anonymous } from '../../platform/actor';
import { auditEntriesTable } from '../../platform/audit/schema';
import type { Database } from '../../platform/db/client';
import { buildUser, contextFor, type BuiltUser } from '../accounts/testing/factories';
import { startCatalogueContent } from '../catalogue/content';
import { syncContentPractices } from '../catalogue/sync-content-practices';
import { startGuideContent } from '../guide/content';
import type { MemberRole } from '../territories/policy';
import type { TerritoryRow } from '../territories/queries';
import { addMember, buildTerritory } from '../territories/testing/factories';
import type { AssessmentFile } from './assessment-schema';
import { closeRound } from './close-round';
import { compareRounds } from './compare-rounds';
import { startAssessmentContent } from './content';
import { getRound, listRounds } from './get-round';
import { openRound } from './open-round';
import { findingsOf, maturitiesFor } from './recommend';
import { saveResponse } from './save-response';
import { assessmentResponsesTable } from './schema';

let database: Database;
let territory: TerritoryRow;
let cyber: AssessmentFile;
const people = {} as Record<MemberRole | 'stranger' | 'colleague', BuiltUser>;
const ctx = (who: keyof typeof people) => contextFor(database.db, people[who].actor);
const period = { periodStart: '2027-01-01', periodEnd: '2027-03-31' };

/** Answers every question of the assessment with the option at `index` (0: weakest). */
const answering = (index: number | 'last'): Record<string, string> =>
	Object.fromEntries(
		cyber.dimensions.flatMap((d) =>
			d.questions.map((q) => [
				q.id,
				(index === 'last' ? q.options.at(-1) : q.options[index])?.id ?? ''
			])
		)
	);

const open = (who: keyof typeof people = 'editor') =>
	openRound(ctx(who), { slug: territory.slug, assessmentId: 'cybersecurity', ...period });

beforeAll(async () => {
	const { methods } = await startGuideContent('content');
	const assessments = await startAssessmentContent(methods, 'content');
	const found = assessments.find((a) => a.id === 'cybersecurity');
	if (!found) {
		throw new Error('the cybersecurity assessment is missing');
	}
	cyber = found;
	database = await createTestDatabase();
	territory = await buildTerritory(database.db);
	const other = await buildTerritory(database.db);
	for (const role of [
		'owner',
		'editor',
		'contributor',
		'viewer',
		'colleague',
		'stranger'
	] as const) {
		people[role] = await buildUser(database.db);
		if (role === 'stranger') {
			await addMember(database.db, {
				territory: other,
				userId: people[role].user.id,
				role: 'owner'
			});
		} else {
			await addMember(database.db, {
				territory,
				userId: people[role].user.id,
				role: role === 'colleague' ? 'contributor' : role
			});
		}
	}
});

afterAll(async () => {
	await database.close();
});

describe('opening a round', () => {
	it('refuses visitors (401), other territories (404), contributors (403) and bad input (400)', async () => {
		const input = { slug: territory.slug, assessmentId: 'cybersecurity', ...period };
		expect(await statusOf(openRound(contextFor(database.db, anonymous), input))).toBe(401);
		expect(await statusOf(open('stranger'))).toBe(404);
		expect(await statusOf(open('contributor'))).toBe(403);
		expect(await statusOf(openRound(ctx('editor'), { ...input, assessmentId: 'astrology' }))).toBe(
			400
		);
		expect(await statusOf(openRound(ctx('editor'), { ...input, periodEnd: '2026-12-31' }))).toBe(
			400
		);
		expect(await statusOf(openRound(ctx('editor'), { ...input, periodStart: '31/01/2027' }))).toBe(
			400
		);
	});
});

describe('a round answered by a team', () => {
	it('takes each member’s own answers, refuses bad ones whole, and closes with the median', async () => {
		const round = await open();
		const address = { slug: territory.slug, roundId: round.id };
		const [firstQuestion] = cyber.dimensions[0]?.questions ?? [];
		if (!firstQuestion) {
			throw new Error('no question');
		}
		// Refusals first: viewers and strangers, unknown options and questions, empty rounds.
		expect(await statusOf(saveResponse(ctx('viewer'), { ...address, answers: answering(0) }))).toBe(
			403
		);
		expect(
			await statusOf(saveResponse(ctx('stranger'), { ...address, answers: answering(0) }))
		).toBe(404);
		expect(
			await statusOf(
				saveResponse(ctx('contributor'), {
					...address,
					answers: { ...answering(0), [firstQuestion.id]: 'maybe' }
				})
			)
		).toBe(400);
		expect(
			await statusOf(saveResponse(ctx('contributor'), { ...address, answers: { nope: 'yes' } }))
		).toBe(400);
		expect(
			await database.db
				.select()
				.from(assessmentResponsesTable)
				.where(eq(assessmentResponsesTable.roundId, round.id))
		).toEqual([]);
		expect(await statusOf(closeRound(ctx('editor'), address))).toBe(400);

		// Three respondents: the weakest answers, the strongest, and "don't know" throughout
		// but one question; saving again replaces a respondent's answers.
		await saveResponse(ctx('contributor'), { ...address, answers: answering('last') });
		await saveResponse(ctx('contributor'), { ...address, answers: answering(0) });
		await saveResponse(ctx('colleague'), { ...address, answers: answering('last') });
		const unsure = Object.fromEntries(Object.keys(answering(0)).map((id) => [id, 'dont-know']));
		await saveResponse(ctx('owner'), {
			...address,
			answers: { ...unsure, [firstQuestion.id]: '' }
		});

		const live = await getRound(ctx('viewer'), address);
		expect(live.responses).toBe(3);
		expect(live.canAnswer).toBe(false);
		expect(live.results.respondents).toBe(2);
		expect(await statusOf(closeRound(ctx('contributor'), address))).toBe(403);

		const results = await closeRound(ctx('editor'), address);
		// Median of 0 and 100 per dimension; the owner's "don't know" counts for nothing.
		expect(results.respondents).toBe(2);
		for (const dimension of results.dimensions) {
			expect(dimension).toMatchObject({ score: 50, level: 3, respondents: 2, spread: 100 });
		}
		expect(
			await statusOf(saveResponse(ctx('colleague'), { ...address, answers: answering(0) }))
		).toBe(409);
		expect(await statusOf(closeRound(ctx('editor'), address))).toBe(409);
		const closed = await getRound(ctx('contributor'), address);
		expect(closed.round.status).toBe('closed');
		expect(closed.results).toEqual(results);
		expect(closed.ownAnswers).toEqual(answering(0));

		const audit = await database.db
			.select({ action: auditEntriesTable.action })
			.from(auditEntriesTable)
			.where(eq(auditEntriesTable.targetId, round.id));
		expect(audit.map((entry) => entry.action).sort()).toEqual([
			'diagnose.close-round',
			'diagnose.open-round',
			'diagnose.save-response',
			'diagnose.save-response',
			'diagnose.save-response',
			'diagnose.save-response'
		]);
	});

	it('hides a territory’s rounds from other territories (404) and visitors (401)', async () => {
		const round = await open();
		const address = { slug: territory.slug, roundId: round.id };
		expect(await statusOf(getRound(ctx('stranger'), address))).toBe(404);
		expect(await statusOf(getRound(contextFor(database.db, anonymous), address))).toBe(401);
		expect(await statusOf(listRounds(ctx('stranger'), territory.slug))).toBe(404);
		const listed = await listRounds(ctx('viewer'), territory.slug);
		expect(listed.rounds.map((entry) => entry.round.id)).toContain(round.id);
		expect(listed.canManage).toBe(false);
	});
});

describe('comparing rounds', () => {
	it('says what improved and what fell between two closed rounds of one assessment', async () => {
		const first = await open();
		const second = await open();
		const address = (id: string) => ({ slug: territory.slug, roundId: id });
		await saveResponse(ctx('contributor'), { ...address(first.id), answers: answering(0) });
		await closeRound(ctx('editor'), address(first.id));
		expect(
			await statusOf(
				compareRounds(ctx('viewer'), { slug: territory.slug, from: first.id, to: second.id })
			)
		).toBe(400);
		await saveResponse(ctx('contributor'), { ...address(second.id), answers: answering('last') });
		await closeRound(ctx('editor'), address(second.id));
		const comparison = await compareRounds(ctx('viewer'), {
			slug: territory.slug,
			from: first.id,
			to: second.id
		});
		expect(comparison.overall).toMatchObject({ before: 0, after: 100, change: 100 });
		expect(comparison.dimensions.every((d) => d.change === 100)).toBe(true);
		expect(
			await statusOf(
				compareRounds(ctx('stranger'), { slug: territory.slug, from: first.id, to: second.id })
			)
		).toBe(404);
	});
});

describe('findings of a round', () => {
	it('names strengths and weak areas, and recommends fitting practices with the reason', async () => {
		const { methods } = await startGuideContent('content');
		await syncContentPractices(database.db, await startCatalogueContent(methods, 'content'));
		const round = await open();
		const address = { slug: territory.slug, roundId: round.id };
		// Governance at its weakest, everything else at its strongest.
		const governance = new Set(cyber.dimensions[0]?.questions.map((q) => q.id));
		const answers = Object.fromEntries(
			Object.entries(answering('last')).map(([id, option]) => [
				id,
				governance.has(id) ? (answering(0)[id] ?? option) : option
			])
		);
		await saveResponse(ctx('contributor'), { ...address, answers });
		const results = await closeRound(ctx('editor'), address);
		expect(results.level).toBeGreaterThanOrEqual(4);
		const findings = await findingsOf(database.db, cyber, results, 'en');
		expect(findings.weak.map((d) => d.id)).toEqual(['governance']);
		expect(findings.strong.map((d) => d.id)).not.toContain('governance');
		const recommended = findings.recommendations.map((r) => r.practice.slug);
		expect(recommended).toContain('lille-cybersecurity-mutualisation');
		const lille = findings.recommendations.find(
			(r) => r.practice.slug === 'lille-cybersecurity-mutualisation'
		);
		expect(lille).toMatchObject({
			dimensionIds: ['governance'],
			domains: expect.arrayContaining(['cybersecurity']) as unknown
		});
		// A practice needing more maturity than the team's level is not offered.
		expect(maturitiesFor(2)).toEqual(['starting']);
		expect(maturitiesFor(3)).toEqual(['starting', 'developing']);
	});
});
