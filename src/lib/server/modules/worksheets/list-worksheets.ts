import { eq } from 'drizzle-orm';
import type { UseCaseContext } from '../../platform/actor';
import { notFound } from '../../platform/errors';
import { slug } from '../../platform/validation';
import type { ContentLocale } from '../guide/content-schema';
import { guideContent } from '../guide/content';
import type { Method } from '../guide/load-content';
import { territoryBySlugOrNotFound } from '../territories/queries';
import { standingIn } from '../territories/policy';
import { hasAnswers } from './answers';
import { assertCanWorksheet, canWorksheet } from './policy';
import { worksheetsTable } from './schema';

export interface ExerciseStatus {
	methodId: string;
	exerciseId: string;
	stepId: string;
	title: string;
	version: number;
	updatedAt: Date | null;
}

export interface TrackProgress {
	trackId: string;
	title: string;
	answered: number;
	total: number;
	exercises: ExerciseStatus[];
}

export interface MethodProgress {
	methodId: string;
	title: string;
	tracks: TrackProgress[];
}

type Saved = Map<string, { version: number; updatedAt: Date; answered: boolean }>;

/** Per track of every method: how many exercises have answers. Pure, for the pages and tests. */
export function progressOf(
	methods: Method[],
	saved: Saved,
	locale: ContentLocale
): MethodProgress[] {
	return methods.map((method) => ({
		methodId: method.id,
		title: method.title[locale],
		tracks: method.tracks.map((track) => {
			const exercises = track.steps.flatMap((step) =>
				step.blocks.flatMap((block) => {
					if (block.type !== 'exercise') {
						return [];
					}
					const status = saved.get(`${method.id}/${block.id}`);
					return [
						{
							methodId: method.id,
							exerciseId: block.id,
							stepId: step.id,
							title: block.title[locale],
							version: status?.version ?? 0,
							updatedAt: status?.updatedAt ?? null,
							answered: status?.answered ?? false
						}
					];
				})
			);
			return {
				trackId: track.id,
				title: track.title[locale],
				answered: exercises.filter((exercise) => exercise.answered).length,
				total: exercises.length,
				exercises: exercises.map(({ answered: _answered, ...exercise }) => exercise)
			};
		})
	}));
}

/** A territory's worksheets and progress, for its members (read only for ancestor owners). */
export async function listWorksheets(
	ctx: UseCaseContext,
	input: { slug: string; locale: ContentLocale }
): Promise<{ canSave: boolean; methods: MethodProgress[] }> {
	const parsedSlug = slug.safeParse(input.slug);
	if (!parsedSlug.success) {
		throw notFound();
	}
	const territory = await territoryBySlugOrNotFound(ctx.db, parsedSlug.data);
	const standing = await standingIn(ctx.db, ctx.actor, territory.id);
	assertCanWorksheet(ctx.actor, 'worksheet.view', standing);
	const rows = await ctx.db
		.select({
			methodId: worksheetsTable.methodId,
			exerciseId: worksheetsTable.exerciseId,
			version: worksheetsTable.version,
			updatedAt: worksheetsTable.updatedAt,
			answers: worksheetsTable.answers
		})
		.from(worksheetsTable)
		.where(eq(worksheetsTable.territoryId, territory.id));
	const saved: Saved = new Map(
		rows.map((row) => [
			`${row.methodId}/${row.exerciseId}`,
			{ version: row.version, updatedAt: row.updatedAt, answered: hasAnswers(row.answers) }
		])
	);
	return {
		canSave: canWorksheet(ctx.actor, 'worksheet.save', standing),
		methods: progressOf(guideContent().methods, saved, input.locale)
	};
}
