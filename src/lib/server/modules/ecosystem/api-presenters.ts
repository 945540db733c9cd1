import type { z } from 'zod';
import type { stakeholderDetailsSchema, stakeholderSchema } from './api-contracts';
import type { StakeholderView } from './get-stakeholder';
import type { StakeholderRow } from './stakeholder-target';
import { profileOf } from './update-stakeholder';

export function presentStakeholder(row: StakeholderRow): z.input<typeof stakeholderSchema> {
	return {
		id: row.id,
		...profileOf(row),
		version: row.version,
		createdAt: row.createdAt.toISOString(),
		updatedAt: row.updatedAt.toISOString()
	};
}

export function presentStakeholderDetails(
	view: StakeholderView
): z.input<typeof stakeholderDetailsSchema> {
	return { ...presentStakeholder(view.stakeholder), pilotActions: view.pilotActions };
}
