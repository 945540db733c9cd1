import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import { contentLocales, type ContentLocale, type Localized } from './content-schema';
import type { Method, Step } from './load-content';
import { markdownToText } from './render-markdown';
import { guidePassagesTable } from './schema';

type Passage = typeof guidePassagesTable.$inferInsert;

function passagesOf(step: Step, locale: ContentLocale): Passage[] {
	const text = (value: Localized | undefined): string =>
		value ? markdownToText(value[locale]) : '';
	const base = { methodId: step.methodId, stepId: step.id, locale };
	const passages: Passage[] = [
		{ ...base, position: 0, heading: step.title[locale], body: text(step.goal) }
	];
	step.blocks.forEach((block, index) => {
		const position = index + 1;
		switch (block.type) {
			case 'text':
				passages.push({ ...base, position, heading: text(block.title), body: text(block.body) });
				break;
			case 'key-questions':
				passages.push({
					...base,
					position,
					heading: block.title[locale],
					body: [text(block.intro), ...block.questions.map(text)].join(' ')
				});
				break;
			case 'suggestion':
				passages.push({ ...base, position, heading: block.title[locale], body: text(block.body) });
				break;
			case 'initiative':
				passages.push({
					...base,
					position,
					heading: `${block.title[locale]} (${block.place[locale]})`,
					body: [text(block.body), text(block.lessons)].join(' ')
				});
				break;
			case 'exercise':
				passages.push({
					...base,
					position,
					heading: block.title[locale],
					body: [text(block.instructions), ...block.fields.map((f) => f.label[locale])].join(' ')
				});
				break;
		}
	});
	return passages;
}

export function guidePassages(methods: Method[]): Passage[] {
	return methods.flatMap((method) =>
		method.steps.flatMap((step) => contentLocales.flatMap((locale) => passagesOf(step, locale)))
	);
}

/** Any number that several server processes agree on, to serialise their rebuilds. */
const rebuildLock = 774_201;

/**
 * Replaces the search passages with those of the loaded content. Runs at every start: the
 * content is small (a few hundred passages) and files may have changed since.
 */
export async function syncSearchIndex(db: Db, methods: Method[]): Promise<void> {
	const passages = guidePassages(methods);
	await db.transaction(async (tx) => {
		await tx.execute(sql`SELECT pg_advisory_xact_lock(${rebuildLock})`);
		await tx.delete(guidePassagesTable);
		for (let start = 0; start < passages.length; start += 500) {
			await tx.insert(guidePassagesTable).values(passages.slice(start, start + 500));
		}
	});
}
