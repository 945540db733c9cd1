import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusOf } from '../../../../../tests/support/status-of';
import { createTestDatabase } from '../../../../../tests/support/test-database';
import type { Database } from '../../platform/db/client';
import { contextFor } from '../accounts/testing/factories';
import { practicesTable } from '../catalogue/schema';
import { replicationPrefillFromQuery } from '../catalogue/replication-form';
import { indicatorsTable, measurementsTable } from '../indicators/schema';
import { risksTable } from '../risks/schema';
import { createMilestone } from './create-milestone';
import { createSolution } from './create-solution';
import { replicationPrefill } from './replication-prefill';
import type { SolutionRow } from './load-roadmap-plan';
import { pilotFixture, type PilotFixture, type Person } from './testing/fixture';
import { milestoneInput, planToday, solutionInput } from './testing/plan-factories';

let database: Database;
let f: PilotFixture;
let reviewed: SolutionRow;
let implementing: SolutionRow;
const at = (who: Person) => contextFor(database.db, f.people[who].actor, () => planToday);

beforeAll(async () => {
	database = await createTestDatabase();
	f = await pilotFixture(database);
	const [practice] = await database.db
		.select()
		.from(practicesTable)
		.where(eq(practicesTable.slug, 'lille-cybersecurity-mutualisation'));
	reviewed = await createSolution(
		at('editor'),
		solutionInput(f.territory, {
			title: 'Pooled cybersecurity',
			description: 'Awareness sessions, then training.',
			stage: 'review',
			practiceId: practice?.id ?? null
		})
	);
	implementing = await createSolution(
		at('editor'),
		solutionInput(f.territory, { stage: 'implementation', practiceId: practice?.id ?? null })
	);
	await createMilestone(
		at('editor'),
		milestoneInput(f.territory, reviewed.id, {
			title: 'Political support',
			status: 'done',
			actualStart: '2026-02-01',
			actualEnd: '2026-03-01'
		})
	);
	const [indicator] = await database.db
		.insert(indicatorsTable)
		.values({
			territoryId: f.territory.id,
			solutionId: reviewed.id,
			title: 'Staff trained',
			family: 'social-inclusion',
			unit: 'people',
			direction: 'higher',
			baselineValue: 0
		})
		.returning();
	await database.db.insert(measurementsTable).values({
		territoryId: f.territory.id,
		indicatorId: indicator?.id ?? '',
		value: 140,
		measuredOn: '2026-05-31',
		source: 'Training records',
		channel: 'form',
		enteredByName: 'Test'
	});
	await database.db.insert(risksTable).values({
		territoryId: f.territory.id,
		solutionId: reviewed.id,
		macroChallengeId: 'lack-of-trust',
		customTitle: 'Lack of interest in the question',
		likelihood: 3,
		impact: 3
	});
});

afterAll(async () => {
	await database.close();
});

describe('closing the loop', () => {
	it('is refused to readers (403), strangers (404) and solutions not at their review stage (400)', async () => {
		const address = { slug: f.territory.slug, solutionId: reviewed.id };
		expect(await statusOf(replicationPrefill(at('viewer'), address))).toBe(403);
		expect(await statusOf(replicationPrefill(at('stranger'), address))).toBe(404);
		await expect(
			replicationPrefill(at('editor'), { ...address, solutionId: implementing.id })
		).rejects.toMatchObject({ status: 400 });
	});

	it('prefills the replication report from the solution, its indicators and its risks', async () => {
		const prefill = await replicationPrefill(at('contributor'), {
			slug: f.territory.slug,
			solutionId: reviewed.id
		});
		expect(prefill.practiceSlug).toBe('lille-cybersecurity-mutualisation');
		expect(prefill.values.adapted).toContain('Pooled cybersecurity');
		expect(prefill.values.results).toContain('Political support');
		expect(prefill.values.results).toContain('140');
		expect(prefill.values['indicator.0.name']).toBe('Staff trained');
		expect(prefill.values['indicator.0.after']).toBe('140');
		expect(prefill.values.failures).toContain('Lack of interest');
		// The catalogue's form reads these values back from the address.
		const query = new URLSearchParams(prefill.values);
		expect(replicationPrefillFromQuery(query)).toMatchObject({
			adapted: prefill.values.adapted,
			'indicator.0.before': '0'
		});
	});
});
