import type { z } from 'zod';
import { clock, type UseCaseContext } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
import { parseInput, slug } from '../../platform/validation';
import { stakeholdersTable } from './schema';
import {
	assertKnownCategory,
	nameTaken,
	rethrowNameTaken,
	stakeholderFields
} from './stakeholder-fields';
import {
	customCategories,
	stakeholderNamed,
	territoryFor,
	type StakeholderRow
} from './stakeholder-target';

export const createStakeholderInput = stakeholderFields.extend({ slug });
export type CreateStakeholderInput = z.input<typeof createStakeholderInput>;

/** Adds a stakeholder to a territory's ecosystem (contributors and above). */
export async function createStakeholder(
	ctx: UseCaseContext,
	input: CreateStakeholderInput
): Promise<StakeholderRow> {
	const { slug: territorySlug, ...fields } = parseInput(createStakeholderInput, input);
	const { territory } = await territoryFor(ctx, territorySlug, 'stakeholder.edit');
	// Checked once the caller may write here: a refusal says nothing about the input.
	const custom = await customCategories(ctx.db, territory.id);
	assertKnownCategory(
		fields.category,
		custom.map((c) => c.key)
	);
	if (await stakeholderNamed(ctx.db, territory.id, fields.name)) {
		throw nameTaken();
	}
	const now = clock(ctx);
	return ctx.db
		.transaction(async (tx) => {
			const [row] = await tx
				.insert(stakeholdersTable)
				.values({
					...fields,
					territoryId: territory.id,
					createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
					createdAt: now,
					updatedAt: now
				})
				.returning();
			if (!row) {
				throw new Error('The stakeholder insert returned no row.');
			}
			await recordAudit(
				{ ...ctx, db: tx },
				{
					action: 'ecosystem.create-stakeholder',
					territoryId: territory.id,
					targetType: 'stakeholder',
					targetId: row.id,
					summary: { name: row.name, category: row.category }
				}
			);
			return row;
		})
		.catch(rethrowNameTaken);
}
