import { randomBytes } from 'node:crypto';
import type { DbOrTx } from '../../../platform/db/client';
import type { TerritoryRow } from '../../territories/queries';
import { stakeholdersTable } from '../schema';
import type { StakeholderFields } from '../stakeholder-fields';
import type { StakeholderRow } from '../stakeholder-target';

/** A complete, valid profile with a unique name; override what a test is about. */
export function stakeholderProfile(overrides: Partial<StakeholderFields> = {}): StakeholderFields {
	return {
		name: `Stakeholder ${randomBytes(4).toString('hex')}`,
		category: 'universities',
		gains: ['knowledge'],
		gainNote: '',
		resources: ['human', 'data'],
		resourceNote: '',
		commitments: ['partnerships'],
		commitmentNote: '',
		influence: 3,
		interest: 4,
		contact: '',
		notes: '',
		...overrides
	};
}

/** Inserts a stakeholder directly (no audit entry), for tests that need one to exist. */
export async function buildStakeholder(
	db: DbOrTx,
	territory: TerritoryRow,
	overrides: Partial<StakeholderFields> = {}
): Promise<StakeholderRow> {
	const [row] = await db
		.insert(stakeholdersTable)
		.values({ ...stakeholderProfile(overrides), territoryId: territory.id })
		.returning();
	if (!row) {
		throw new Error('buildStakeholder: the insert returned nothing');
	}
	return row;
}
