import { and, asc, eq, sql } from 'drizzle-orm';
import type { UseCaseContext } from '../../platform/actor';
import { usersTable } from '../accounts/schema';
import { practiceSearchTable } from '../catalogue/schema';
import type { ContentLocale } from '../guide/content-schema';
import type { TerritoryRow } from '../territories/queries';
import type { MacroChallenge } from './content-schema';
import { macroChallengeOf, riskTitle, taxonomyRiskOf } from './content';
import { subjectOfRisk, type RiskSubject } from './risk-input';
import type { RiskActionRow } from './risk-action-target';
import { riskTarget, type RiskAddress, type RiskRights, type RiskRow } from './risk-target';
import { riskAcceptancesTable, riskActionsTable } from './schema';

export type RiskAcceptanceRow = typeof riskAcceptancesTable.$inferSelect;

export interface SuggestedPractice {
	slug: string;
	title: string;
	summary: string;
}

export interface RiskView extends RiskRights {
	territory: TerritoryRow;
	risk: RiskRow;
	title: string;
	/** The taxonomy's sentence for a taxonomy risk, null for a custom one. */
	taxonomyDescription: string | null;
	macro: MacroChallenge | undefined;
	subject: RiskSubject;
	ownerName: string | null;
	actions: RiskActionRow[];
	/** Oldest first: the record reads as a history. */
	acceptances: RiskAcceptanceRow[];
	/** Catalogue practices tagged with the risk's macro-challenge. */
	suggestions: SuggestedPractice[];
}

/** A risk's sheet, for its territory's members. */
export async function getRisk(
	ctx: UseCaseContext,
	input: RiskAddress & { locale?: ContentLocale }
): Promise<RiskView> {
	const target = await riskTarget(ctx, input, 'plan.view');
	const locale = input.locale === 'fr' ? 'fr' : 'en';
	const { risk } = target;
	const [owner] = risk.ownerId
		? await ctx.db
				.select({ name: usersTable.displayName })
				.from(usersTable)
				.where(eq(usersTable.id, risk.ownerId))
		: [];
	const actions = await ctx.db
		.select()
		.from(riskActionsTable)
		.where(eq(riskActionsTable.riskId, risk.id))
		.orderBy(sql`${riskActionsTable.dueOn} asc nulls last`, asc(riskActionsTable.createdAt));
	const acceptances = await ctx.db
		.select()
		.from(riskAcceptancesTable)
		.where(eq(riskAcceptancesTable.riskId, risk.id))
		.orderBy(asc(riskAcceptancesTable.decidedAt), asc(riskAcceptancesTable.id));
	return {
		territory: target.territory,
		canEdit: target.canEdit,
		canDelete: target.canDelete,
		canGovern: target.canGovern,
		risk,
		title: riskTitle(risk, locale),
		taxonomyDescription: risk.taxonomyRiskId
			? (taxonomyRiskOf(risk.taxonomyRiskId)?.risk.description[locale] ?? null)
			: null,
		macro: macroChallengeOf(risk.macroChallengeId),
		subject: await subjectOfRisk(ctx.db, risk),
		ownerName: owner?.name ?? null,
		actions,
		acceptances,
		suggestions: await suggestedPractices(ctx, risk.macroChallengeId, locale)
	};
}

/** Practices of the catalogue that help with a macro-challenge, in the reader's language. */
export async function suggestedPractices(
	ctx: UseCaseContext,
	macroChallengeId: string,
	locale: ContentLocale,
	limit = 8
): Promise<SuggestedPractice[]> {
	return ctx.db
		.select({
			slug: practiceSearchTable.slug,
			title: practiceSearchTable.title,
			summary: practiceSearchTable.summary
		})
		.from(practiceSearchTable)
		.where(
			and(
				eq(practiceSearchTable.readerLanguage, locale),
				sql`${practiceSearchTable.risks} @> ARRAY[${macroChallengeId}]::text[]`
			)
		)
		.orderBy(asc(practiceSearchTable.title))
		.limit(limit);
}
