import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { invalid } from '../../platform/errors';
import { membershipsTable } from '../territories/schema';

/** A responsible person or a committee seat must be a member of the territory (400 otherwise). */
export async function assertMember(
	tx: DbOrTx,
	territoryId: string,
	userId: string,
	field: string
): Promise<void> {
	const [member] = await tx
		.select({ id: membershipsTable.userId })
		.from(membershipsTable)
		.where(and(eq(membershipsTable.territoryId, territoryId), eq(membershipsTable.userId, userId)));
	if (!member) {
		throw invalid({ [field]: 'plan_error_responsible' });
	}
}
