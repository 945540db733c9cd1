import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { invalid, type FieldErrors } from '../../platform/errors';
import { practicesTable } from '../catalogue/schema';
import { governanceAreasTable } from './governance-schema';
import { solutionPeriodErrors } from './milestone-rules';
import { pilotActionsTable } from './schema';
import type { SolutionFields } from './solution-input';
import { ambitionsTable, solutionAmbitionsTable } from './solution-schema';

/**
 * Checks what a solution sheet points to: its ambitions, thematic area and pilot action
 * belong to the same territory, its practice is in the catalogue, its period is in order.
 * Called inside the writing transaction, so that a row deleted meanwhile is not linked.
 */
export async function checkSolutionLinks(
	tx: DbOrTx,
	territoryId: string,
	fields: SolutionFields
): Promise<void> {
	const errors: FieldErrors = { ...solutionPeriodErrors(fields) };
	if (fields.ambitionIds.length > 0) {
		const found = await tx
			.select({ id: ambitionsTable.id })
			.from(ambitionsTable)
			.where(
				and(
					eq(ambitionsTable.territoryId, territoryId),
					inArray(ambitionsTable.id, fields.ambitionIds)
				)
			);
		if (found.length !== fields.ambitionIds.length) {
			errors.ambitionIds = 'plan_error_ambition';
		}
	}
	if (fields.thematicAreaId) {
		const [area] = await tx
			.select({ id: governanceAreasTable.id })
			.from(governanceAreasTable)
			.where(
				and(
					eq(governanceAreasTable.territoryId, territoryId),
					eq(governanceAreasTable.id, fields.thematicAreaId)
				)
			);
		if (!area) {
			errors.thematicAreaId = 'plan_error_area';
		}
	}
	if (fields.pilotActionId) {
		const [pilot] = await tx
			.select({ id: pilotActionsTable.id })
			.from(pilotActionsTable)
			.where(
				and(
					eq(pilotActionsTable.territoryId, territoryId),
					eq(pilotActionsTable.id, fields.pilotActionId)
				)
			);
		if (!pilot) {
			errors.pilotActionId = 'plan_error_pilot';
		}
	}
	if (fields.practiceId) {
		const [practice] = await tx
			.select({ id: practicesTable.id })
			.from(practicesTable)
			.where(eq(practicesTable.id, fields.practiceId));
		if (!practice) {
			errors.practiceId = 'roadmap_error_practice';
		}
	}
	if (Object.keys(errors).length > 0) {
		throw invalid(errors);
	}
}

/** Replaces the ambitions a solution serves. */
export async function writeSolutionAmbitions(
	tx: DbOrTx,
	solutionId: string,
	ambitionIds: readonly string[]
): Promise<void> {
	await tx.delete(solutionAmbitionsTable).where(eq(solutionAmbitionsTable.solutionId, solutionId));
	if (ambitionIds.length > 0) {
		await tx
			.insert(solutionAmbitionsTable)
			.values(ambitionIds.map((ambitionId) => ({ solutionId, ambitionId })));
	}
}

/** The columns of a solution that its sheet sets. */
export function solutionColumns(fields: SolutionFields) {
	return {
		title: fields.title,
		visionLink: fields.visionLink,
		description: fields.description,
		coreTeam: fields.coreTeam,
		contributors: fields.contributors,
		supportNeeded: fields.supportNeeded,
		timelineNote: fields.timelineNote,
		budgetAmount: fields.budgetAmount,
		budgetCurrency: fields.budgetCurrency,
		fundingSources: fields.fundingSources,
		stage: fields.stage,
		status: fields.status,
		startsOn: fields.startsOn,
		endsOn: fields.endsOn,
		thematicAreaId: fields.thematicAreaId,
		pilotActionId: fields.pilotActionId,
		practiceId: fields.practiceId,
		published: fields.published
	};
}
