import type { z } from 'zod';
import { clock, type UseCaseContext } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
import { parseInput, slug } from '../../platform/validation';
import { pilotFields, type PilotFields } from './pilot-input';
import { checkedScope, writeLinks } from './pilot-links';
import { pilotTerritory, type PilotRow } from './pilot-target';
import { pilotActionsTable } from './schema';

export const createPilotActionInput = pilotFields.extend({ slug });
export type CreatePilotActionOptions = z.input<typeof createPilotActionInput>;

/** The columns of a pilot action that its scoping form sets. */
export function scopeColumns(fields: PilotFields) {
	return {
		title: fields.title,
		summary: fields.summary,
		areaLevel: fields.areaLevel,
		areaName: fields.areaName,
		sectorLevel: fields.sectorLevel,
		sectorName: fields.sectorName,
		amplitude: fields.amplitude,
		lever: fields.lever,
		tool: fields.tool,
		dataSteps: fields.dataSteps,
		targetUsers: fields.targetUsers,
		obstacles: fields.obstacles,
		scalingConditions: fields.scalingConditions
	};
}

/** Scopes a new pilot action in a territory, with its links, in one transaction. */
export async function createPilotAction(
	ctx: UseCaseContext,
	input: CreatePilotActionOptions
): Promise<PilotRow> {
	const options = parseInput(createPilotActionInput, input);
	const { territory } = await pilotTerritory(ctx, options.slug, 'pilot.edit');
	const createdBy = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
	return ctx.db.transaction(async (tx) => {
		// Checked inside the transaction, so a stakeholder deleted meanwhile is not linked.
		const links = await checkedScope(tx, territory.id, options);
		const now = clock(ctx);
		const [pilot] = await tx
			.insert(pilotActionsTable)
			.values({
				territoryId: territory.id,
				...scopeColumns(options),
				createdBy,
				createdAt: now,
				updatedAt: now
			})
			.returning();
		if (!pilot) {
			throw new Error('The pilot action insert returned no row.');
		}
		await writeLinks(tx, pilot.id, links);
		await recordAudit(
			{ ...ctx, db: tx },
			{
				action: 'roadmap.create-pilot-action',
				territoryId: territory.id,
				targetType: 'pilot-action',
				targetId: pilot.id,
				summary: {
					title: pilot.title,
					stakeholders: links.stakeholderIds.length,
					practices: links.practiceIds.length,
					weakAreas: links.weakAreas.length
				}
			}
		);
		return pilot;
	});
}
