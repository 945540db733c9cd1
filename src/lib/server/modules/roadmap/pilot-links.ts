import { and, eq, inArray, or } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { invalid, type FieldErrors } from '../../platform/errors';
import { practicesTable } from '../catalogue/schema';
import { weakUpTo } from '../diagnose/recommend';
import { assessmentRoundsTable } from '../diagnose/schema';
import { stakeholdersTable } from '../ecosystem/schema';
import { missingNames, type PilotFields, type WeakAreaRef } from './pilot-input';
import {
	pilotActionPracticesTable,
	pilotActionStakeholdersTable,
	pilotActionWeakAreasTable
} from './schema';

export interface PilotLinks {
	stakeholderIds: string[];
	practiceIds: string[];
	weakAreas: WeakAreaRef[];
}

/**
 * Checks what a pilot action's scope names against the territory, once the actor may
 * write: a district or neighbourhood, a service or procedure needs its name; stakeholders
 * must be the territory's own; practices must be in the (published) catalogue; a weak area
 * must be a dimension at level 1 or 2 (`weakUpTo`, the rule the round's recommendations
 * use) of a closed round of the territory. Everything wrong is reported at once (400).
 */
export async function checkedScope(
	db: DbOrTx,
	territoryId: string,
	fields: PilotFields
): Promise<PilotLinks> {
	const errors: FieldErrors = missingNames(fields);
	const stakeholders =
		fields.stakeholderIds.length === 0
			? []
			: await db
					.select({ id: stakeholdersTable.id })
					.from(stakeholdersTable)
					.where(
						and(
							eq(stakeholdersTable.territoryId, territoryId),
							inArray(stakeholdersTable.id, fields.stakeholderIds)
						)
					);
	if (stakeholders.length !== fields.stakeholderIds.length) {
		errors.stakeholderIds = 'roadmap_error_stakeholder';
	}
	const practices = await practicesNamed(db, fields.practiceIds, fields.practiceSlugs);
	if (fields.practiceIds.some((id) => !practices.some((p) => p.id === id))) {
		errors.practiceIds = 'roadmap_error_practice';
	}
	if (fields.practiceSlugs.some((s) => !practices.some((p) => p.slug === s))) {
		errors.practiceSlugs = 'roadmap_error_practice_slug';
	}
	const weakAreas = dedupeWeakAreas(fields.weakAreas);
	if (!(await allWeakAreasOf(db, territoryId, weakAreas))) {
		errors.weakAreas = 'roadmap_error_weak_area';
	}
	if (Object.keys(errors).length > 0) {
		throw invalid(errors);
	}
	return {
		stakeholderIds: fields.stakeholderIds,
		practiceIds: practices.map((p) => p.id),
		weakAreas
	};
}

async function practicesNamed(
	db: DbOrTx,
	ids: string[],
	slugs: string[]
): Promise<{ id: string; slug: string }[]> {
	if (ids.length === 0 && slugs.length === 0) {
		return [];
	}
	return db
		.select({ id: practicesTable.id, slug: practicesTable.slug })
		.from(practicesTable)
		.where(
			or(
				ids.length > 0 ? inArray(practicesTable.id, ids) : undefined,
				slugs.length > 0 ? inArray(practicesTable.slug, slugs) : undefined
			)
		);
}

function dedupeWeakAreas(refs: WeakAreaRef[]): WeakAreaRef[] {
	const seen = new Map(refs.map((ref) => [`${ref.roundId}:${ref.dimensionId}`, ref]));
	return [...seen.values()];
}

async function allWeakAreasOf(
	db: DbOrTx,
	territoryId: string,
	refs: WeakAreaRef[]
): Promise<boolean> {
	if (refs.length === 0) {
		return true;
	}
	const rounds = await db
		.select({ id: assessmentRoundsTable.id, results: assessmentRoundsTable.results })
		.from(assessmentRoundsTable)
		.where(
			and(
				eq(assessmentRoundsTable.territoryId, territoryId),
				eq(assessmentRoundsTable.status, 'closed'),
				inArray(assessmentRoundsTable.id, [...new Set(refs.map((ref) => ref.roundId))])
			)
		);
	return refs.every((ref) => {
		const round = rounds.find((r) => r.id === ref.roundId);
		const level = round?.results?.dimensions.find((d) => d.dimensionId === ref.dimensionId)?.level;
		return level !== undefined && level !== null && level <= weakUpTo;
	});
}

/** Replaces the pilot action's links, in the caller's transaction. */
export async function writeLinks(tx: DbOrTx, pilotId: string, links: PilotLinks): Promise<void> {
	await tx
		.delete(pilotActionStakeholdersTable)
		.where(eq(pilotActionStakeholdersTable.pilotActionId, pilotId));
	await tx
		.delete(pilotActionPracticesTable)
		.where(eq(pilotActionPracticesTable.pilotActionId, pilotId));
	await tx
		.delete(pilotActionWeakAreasTable)
		.where(eq(pilotActionWeakAreasTable.pilotActionId, pilotId));
	if (links.stakeholderIds.length > 0) {
		await tx
			.insert(pilotActionStakeholdersTable)
			.values(
				links.stakeholderIds.map((stakeholderId) => ({ pilotActionId: pilotId, stakeholderId }))
			);
	}
	if (links.practiceIds.length > 0) {
		await tx
			.insert(pilotActionPracticesTable)
			.values(links.practiceIds.map((practiceId) => ({ pilotActionId: pilotId, practiceId })));
	}
	if (links.weakAreas.length > 0) {
		await tx
			.insert(pilotActionWeakAreasTable)
			.values(links.weakAreas.map((ref) => ({ pilotActionId: pilotId, ...ref })));
	}
}
