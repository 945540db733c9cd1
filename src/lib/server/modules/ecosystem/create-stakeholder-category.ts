import { z } from 'zod';
import type { UseCaseContext } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
import { conflict, invalid } from '../../platform/errors';
import { limits, parseInput, slug, text } from '../../platform/validation';
import { isUniqueViolation } from '../accounts/queries';
import { stakeholderCategoriesTable } from './schema';
import { categoryKey } from './stakeholder-fields';
import { customCategories, territoryFor, type StakeholderCategoryRow } from './stakeholder-target';
import { isStandardCategory } from './vocabulary';

export const stakeholderCategoryFields = z.object({
	key: categoryKey,
	label: text({ max: limits.name })
});
export const createStakeholderCategoryInput = stakeholderCategoryFields.extend({ slug });
export type CreateStakeholderCategoryInput = z.input<typeof createStakeholderCategoryInput>;

const keyTaken = () =>
	conflict('ecosystem_error_category_taken', { key: 'ecosystem_error_category_taken' });

/** Adds a category of the territory's own to the guide's list (owners and editors). */
export async function createStakeholderCategory(
	ctx: UseCaseContext,
	input: CreateStakeholderCategoryInput
): Promise<StakeholderCategoryRow> {
	const options = parseInput(createStakeholderCategoryInput, input);
	const { territory } = await territoryFor(ctx, options.slug, 'stakeholder.manage');
	if (isStandardCategory(options.key)) {
		throw invalid({ key: 'ecosystem_error_category_standard' });
	}
	const existing = await customCategories(ctx.db, territory.id);
	if (existing.some((category) => category.key === options.key)) {
		throw keyTaken();
	}
	return ctx.db
		.transaction(async (tx) => {
			const [row] = await tx
				.insert(stakeholderCategoriesTable)
				.values({ territoryId: territory.id, key: options.key, label: options.label })
				.returning();
			if (!row) {
				throw new Error('The category insert returned no row.');
			}
			await recordAudit(
				{ ...ctx, db: tx },
				{
					action: 'ecosystem.create-stakeholder-category',
					territoryId: territory.id,
					targetType: 'stakeholder-category',
					targetId: row.id,
					summary: { key: row.key, label: row.label }
				}
			);
			return row;
		})
		.catch((error: unknown) => {
			if (isUniqueViolation(error, 'stakeholder_categories_key_unique')) {
				throw keyTaken();
			}
			throw error;
		});
}
