import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusOf } from '../../../../../tests/support/status-of';
import { createTestDatabase } from '../../../../../tests/support/test-database';
import { anonymous } from '../../platform/actor';
import { auditEntriesTable } from '../../platform/audit/schema';
import type { Database } from '../../platform/db/client';
import { buildUser, contextFor } from '../accounts/testing/factories';
import { startGuideContent } from './content';
import { listQuizAttempts } from './list-quiz-attempts';
import { quizAttemptsTable } from './schema';
import { searchGuide } from './search-guide';
import { syncSearchIndex } from './sync-search-index';
import { takeQuiz } from './take-quiz';

let database: Database;

beforeAll(async () => {
	const content = await startGuideContent('content');
	database = await createTestDatabase();
	await syncSearchIndex(database.db, content.methods);
});

afterAll(async () => {
	await database.close();
});

describe('searching the guide', () => {
	const search = (q: string, locale: 'en' | 'fr') =>
		searchGuide(contextFor(database.db, anonymous), { q, locale });

	it('finds French passages whatever the accents and word endings', async () => {
		const withAccents = await search('données ouvertes', 'fr');
		const withoutAccents = await search('donnee ouverte', 'fr');
		expect(withAccents.length).toBeGreaterThan(0);
		expect(withoutAccents.map((hit) => hit.stepId)).toEqual(withAccents.map((hit) => hit.stepId));
		expect(withAccents.some((hit) => hit.excerpt.includes('⟦'))).toBe(true);
	});

	it('searches one language at a time, one hit per step', async () => {
		const hits = await search('participatory mapping', 'en');
		expect(hits.map((hit) => hit.stepId)).toContain('b2-4');
		expect(new Set(hits.map((hit) => `${hit.methodId}/${hit.stepId}`)).size).toBe(hits.length);
		expect(await search('cartographie participative', 'en')).toEqual([]);
	});

	it('falls back to headings that look alike when no word matches (typos)', async () => {
		const hits = await search('hackatons', 'en');
		expect(hits.length).toBeGreaterThan(0);
	});

	it('refuses a query that is too short', async () => {
		expect(await statusOf(search('a', 'en'))).toBe(400);
	});

	it('rebuilds the index idempotently', async () => {
		const content = await startGuideContent('content');
		await syncSearchIndex(database.db, content.methods);
		expect((await search('hackathon', 'en')).length).toBeGreaterThan(0);
	});
});

describe('taking the quiz', () => {
	const everyRight = {
		q1: ['2'],
		q2: ['2', '3'],
		q3: ['2'],
		q4: ['1'],
		q5: ['1'],
		q6: ['2'],
		q7: ['1'],
		q8: ['1', '3'],
		q9: ['3'],
		q10: ['3']
	};

	it('refuses unknown questions and options with 400', async () => {
		const ctx = contextFor(database.db, anonymous);
		expect(
			await statusOf(
				takeQuiz(ctx, { methodId: 'afd-iddri', quizId: 'knowledge', answers: { q99: ['1'] } })
			)
		).toBe(400);
		expect(
			await statusOf(
				takeQuiz(ctx, { methodId: 'afd-iddri', quizId: 'knowledge', answers: { q1: ['9'] } })
			)
		).toBe(400);
		expect(await statusOf(takeQuiz(ctx, { methodId: 'afd-iddri', quizId: 'nope' }))).toBe(404);
	});

	it('scores visitors without keeping anything', async () => {
		const result = await takeQuiz(contextFor(database.db, anonymous), {
			methodId: 'afd-iddri',
			quizId: 'knowledge',
			answers: everyRight
		});
		expect(result).toMatchObject({ score: 10, maxScore: 10, bandId: 'expert', recommended: [] });
		expect(await database.db.select().from(quizAttemptsTable)).toEqual([]);
	});

	it('keeps a signed-in person’s attempts, for them only, with an audit entry', async () => {
		const person = await buildUser(database.db);
		const someoneElse = await buildUser(database.db);
		const result = await takeQuiz(contextFor(database.db, person.actor), {
			methodId: 'afd-iddri',
			quizId: 'knowledge',
			answers: { ...everyRight, q8: ['3'], q5: ['2'] }
		});
		expect(result).toMatchObject({ score: 8.5, bandId: 'ready', recommended: ['b1', 'b4'] });
		const mine = await listQuizAttempts(contextFor(database.db, person.actor), {
			methodId: 'afd-iddri',
			quizId: 'knowledge'
		});
		expect(mine.map((attempt) => [attempt.score, attempt.band])).toEqual([[8.5, 'ready']]);
		expect(
			await listQuizAttempts(contextFor(database.db, someoneElse.actor), {
				methodId: 'afd-iddri',
				quizId: 'knowledge'
			})
		).toEqual([]);
		const audit = await database.db
			.select()
			.from(auditEntriesTable)
			.where(eq(auditEntriesTable.action, 'guide.take-quiz'));
		expect(audit).toHaveLength(1);
	});
});
