import { asc, eq } from 'drizzle-orm';
import type { UseCaseContext } from '../../platform/actor';
import type { DbOrTx } from '../../platform/db/client';
import { notFound } from '../../platform/errors';
import { usersTable } from '../accounts/schema';
import type { ContentLocale } from '../guide/content-schema';
import { membershipsTable } from '../territories/schema';
import type { TerritoryRow } from '../territories/queries';
import { riskTaxonomy } from './content';
import { findSubject, type RiskSubject } from './risk-input';
import { riskTerritory } from './risk-target';

export interface TaxonomyChoice {
	id: string;
	title: string;
	risks: { id: string; title: string }[];
}

export interface RiskFormOptions {
	territory: TerritoryRow;
	/** Null when the form is not for a new risk (editing keeps the risk's subject). */
	subject: RiskSubject | null;
	taxonomy: TaxonomyChoice[];
	members: { id: string; name: string }[];
}

/** The taxonomy titled in the reader's language, grouped by macro-challenge. */
export function taxonomyChoices(locale: ContentLocale): TaxonomyChoice[] {
	return riskTaxonomy().map((macro) => ({
		id: macro.id,
		title: macro.title[locale],
		risks: macro.risks.map((risk) => ({ id: risk.id, title: risk.title[locale] }))
	}));
}

/** Who may own a risk: the territory's members, by name. */
export async function territoryMembers(
	db: DbOrTx,
	territoryId: string
): Promise<{ id: string; name: string }[]> {
	return db
		.select({ id: usersTable.id, name: usersTable.displayName })
		.from(membershipsTable)
		.innerJoin(usersTable, eq(usersTable.id, membershipsTable.userId))
		.where(eq(membershipsTable.territoryId, territoryId))
		.orderBy(asc(usersTable.displayName));
}

/**
 * What the risk form offers, once the actor may write risks: the taxonomy, the members
 * and, for a new risk, its solution or pilot action (404 when the territory has none by
 * that id).
 */
export async function getRiskFormOptions(
	ctx: UseCaseContext,
	input: {
		slug: string;
		locale: ContentLocale;
		solutionId?: string | null;
		pilotActionId?: string | null;
		forNewRisk?: boolean;
	}
): Promise<RiskFormOptions> {
	const { territory } = await riskTerritory(ctx, input.slug, 'plan.edit');
	let subject: RiskSubject | null = null;
	if (input.forNewRisk) {
		const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
		const ref = {
			solutionId: input.solutionId && uuid.test(input.solutionId) ? input.solutionId : null,
			pilotActionId:
				input.pilotActionId && uuid.test(input.pilotActionId) ? input.pilotActionId : null
		};
		subject = await findSubject(ctx.db, territory.id, ref);
		if (!subject || (ref.solutionId && ref.pilotActionId)) {
			throw notFound();
		}
	}
	return {
		territory,
		subject,
		taxonomy: taxonomyChoices(input.locale),
		members: await territoryMembers(ctx.db, territory.id)
	};
}
