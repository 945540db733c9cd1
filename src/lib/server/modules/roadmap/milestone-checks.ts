import { and, eq, inArray, ne } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { invalid, type FieldErrors } from '../../platform/errors';
import { membershipsTable } from '../territories/schema';
import type { SolutionRow } from './load-roadmap-plan';
import { findDependencyCycle, milestoneDateErrors } from './milestone-rules';
import type { MilestoneFields } from './solution-input';
import { milestoneDependenciesTable, milestonesTable } from './solution-schema';

/**
 * Every rule a milestone's fields obey besides their shapes, checked inside the writing
 * transaction and reported together: dates (milestone-rules.ts), a responsible person who
 * is a member of the territory, dependencies on milestones of the same territory that
 * make no loop. `milestoneId` is null for a new milestone.
 */
export async function checkMilestone(
	tx: DbOrTx,
	solution: SolutionRow,
	milestoneId: string | null,
	fields: MilestoneFields,
	today: string
): Promise<void> {
	const errors: FieldErrors = {
		...milestoneDateErrors(fields, solution, today)
	};
	if (fields.responsibleId) {
		const [member] = await tx
			.select({ id: membershipsTable.userId })
			.from(membershipsTable)
			.where(
				and(
					eq(membershipsTable.territoryId, solution.territoryId),
					eq(membershipsTable.userId, fields.responsibleId)
				)
			);
		if (!member) {
			errors.responsibleId = 'plan_error_responsible';
		}
	}
	if (fields.dependsOn.length > 0) {
		const dependencyError = await dependencyErrors(tx, solution.territoryId, milestoneId, fields);
		if (dependencyError) {
			errors.dependsOn = dependencyError;
		}
	}
	if (Object.keys(errors).length > 0) {
		throw invalid(errors);
	}
}

async function dependencyErrors(
	tx: DbOrTx,
	territoryId: string,
	milestoneId: string | null,
	fields: MilestoneFields
): Promise<string | null> {
	if (milestoneId && fields.dependsOn.includes(milestoneId)) {
		return 'roadmap_error_dependency_cycle';
	}
	const found = await tx
		.select({ id: milestonesTable.id })
		.from(milestonesTable)
		.where(
			and(
				eq(milestonesTable.territoryId, territoryId),
				inArray(milestonesTable.id, fields.dependsOn)
			)
		);
	if (found.length !== fields.dependsOn.length) {
		return 'plan_error_dependency';
	}
	if (!milestoneId) {
		// A new milestone has nothing depending on it yet, so it cannot close a loop.
		return null;
	}
	// The territory's other dependencies, with this milestone's replaced by the new ones.
	const others = await tx
		.select({
			milestoneId: milestoneDependenciesTable.milestoneId,
			dependsOnId: milestoneDependenciesTable.dependsOnId
		})
		.from(milestoneDependenciesTable)
		.innerJoin(milestonesTable, eq(milestonesTable.id, milestoneDependenciesTable.milestoneId))
		.where(
			and(
				eq(milestonesTable.territoryId, territoryId),
				ne(milestoneDependenciesTable.milestoneId, milestoneId)
			)
		);
	const proposed = [
		...others,
		...fields.dependsOn.map((dependsOnId) => ({ milestoneId, dependsOnId }))
	];
	return findDependencyCycle(proposed) ? 'roadmap_error_dependency_cycle' : null;
}

/** Replaces what a milestone waits for. */
export async function writeDependencies(
	tx: DbOrTx,
	milestoneId: string,
	dependsOn: readonly string[]
): Promise<void> {
	await tx
		.delete(milestoneDependenciesTable)
		.where(eq(milestoneDependenciesTable.milestoneId, milestoneId));
	if (dependsOn.length > 0) {
		await tx
			.insert(milestoneDependenciesTable)
			.values(dependsOn.map((dependsOnId) => ({ milestoneId, dependsOnId })));
	}
}

/** The columns of a milestone that its form sets (never the baseline). */
export function milestoneColumns(fields: MilestoneFields) {
	return {
		title: fields.title,
		description: fields.description,
		plannedStart: fields.plannedStart,
		plannedEnd: fields.plannedEnd,
		actualStart: fields.actualStart,
		actualEnd: fields.actualEnd,
		status: fields.status,
		weight: fields.weight,
		responsibleId: fields.responsibleId
	};
}
