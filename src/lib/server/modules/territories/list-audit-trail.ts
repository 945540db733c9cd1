import type { UseCaseContext } from '../../platform/actor';
import {
	type AuditFilters,
	type AuditPage,
	listAuditActions,
	listAuditEntries
} from '../../platform/audit/list-audit-entries';
import { assertCan, standingIn } from './policy';
import { type TerritoryRow, territoryBySlugOrNotFound } from './queries';

export interface AuditTrail extends AuditPage {
	territory: Pick<TerritoryRow, 'slug' | 'name'>;
	actions: string[];
}

/** A territory's audit trail, for its owners, its ancestors' owners, admins and moderators. */
export async function listAuditTrail(
	ctx: UseCaseContext,
	options: { slug: string; filters: AuditFilters }
): Promise<AuditTrail> {
	const territory = await territoryBySlugOrNotFound(ctx.db, options.slug);
	assertCan(ctx.actor, 'territory.view-audit', await standingIn(ctx.db, ctx.actor, territory.id));
	const [page, actions] = await Promise.all([
		listAuditEntries(ctx.db, territory.id, options.filters),
		listAuditActions(ctx.db, territory.id)
	]);
	return { ...page, territory: { slug: territory.slug, name: territory.name }, actions };
}
