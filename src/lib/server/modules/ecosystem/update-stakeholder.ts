import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { clock, type UseCaseContext } from '../../platform/actor';
import { diff, recordAudit } from '../../platform/audit/record-audit';
import { conflict, notFound } from '../../platform/errors';
import { parseInput } from '../../platform/validation';
import { stakeholdersTable } from './schema';
import {
	assertKnownCategory,
	nameTaken,
	rethrowNameTaken,
	stakeholderFields,
	type StakeholderFields
} from './stakeholder-fields';
import {
	customCategories,
	stakeholderAddress,
	stakeholderNamed,
	stakeholderTarget,
	type StakeholderRow
} from './stakeholder-target';

export const stakeholderVersion = z.coerce
	.number({ message: 'validation_invalid' })
	.int('validation_invalid')
	.min(1, 'validation_invalid')
	.max(2_147_483_647, 'validation_invalid');

export const updateStakeholderInput = stakeholderFields
	.extend({ version: stakeholderVersion })
	.extend(stakeholderAddress.shape);
export type UpdateStakeholderInput = z.input<typeof updateStakeholderInput>;

/** The message of a stale edit (409): someone saved the stakeholder since it was read. */
export const staleVersionKey = 'ecosystem_error_stale';

/** The profile fields as they are stored, for comparisons and audit summaries. */
export const profileOf = (row: StakeholderRow): StakeholderFields => ({
	name: row.name,
	category: row.category,
	gains: row.gains,
	gainNote: row.gainNote,
	resources: row.resources,
	resourceNote: row.resourceNote,
	commitments: row.commitments,
	commitmentNote: row.commitmentNote,
	influence: row.influence,
	interest: row.interest,
	contact: row.contact,
	notes: row.notes
});

/**
 * Saves a stakeholder's profile (contributors and above). `version` is the one the editor
 * started from: if someone saved in between, nothing is written and the answer is 409.
 */
export async function updateStakeholder(
	ctx: UseCaseContext,
	input: UpdateStakeholderInput
): Promise<StakeholderRow> {
	// A malformed address is not found (404), like an unknown one; then the fields are checked.
	if (!stakeholderAddress.safeParse(input).success) {
		throw notFound();
	}
	const { slug, stakeholderId, version, ...fields } = parseInput(updateStakeholderInput, input);
	const { territory, stakeholder } = await stakeholderTarget(
		ctx,
		{ slug, stakeholderId },
		'stakeholder.edit'
	);
	const custom = await customCategories(ctx.db, territory.id);
	assertKnownCategory(
		fields.category,
		custom.map((c) => c.key)
	);
	const sameName = await stakeholderNamed(ctx.db, territory.id, fields.name);
	if (sameName && sameName.id !== stakeholder.id) {
		throw nameTaken();
	}
	return ctx.db
		.transaction(async (tx) => {
			const [row] = await tx
				.update(stakeholdersTable)
				.set({ ...fields, version: sql`${stakeholdersTable.version} + 1`, updatedAt: clock(ctx) })
				.where(
					and(
						eq(stakeholdersTable.id, stakeholder.id),
						eq(stakeholdersTable.territoryId, territory.id),
						eq(stakeholdersTable.version, version)
					)
				)
				.returning();
			if (!row) {
				throw conflict(staleVersionKey);
			}
			await recordAudit(
				{ ...ctx, db: tx },
				{
					action: 'ecosystem.update-stakeholder',
					territoryId: territory.id,
					targetType: 'stakeholder',
					targetId: row.id,
					summary: diff(profileOf(stakeholder), profileOf(row))
				}
			);
			return row;
		})
		.catch(rethrowNameTaken);
}
