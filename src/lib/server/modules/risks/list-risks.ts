import { and, asc, desc, eq, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { UseCaseContext } from '../../platform/actor';
import { notFound } from '../../platform/errors';
import { slug } from '../../platform/validation';
import { usersTable } from '../accounts/schema';
import type { ContentLocale } from '../guide/content-schema';
import { pilotActionsTable } from '../roadmap/schema';
import { solutionsTable } from '../roadmap/solution-schema';
import type { TerritoryRow } from '../territories/queries';
import { macroChallengeOf, riskTitle } from './content';
import { findSubject, type RiskSubject } from './risk-input';
import { riskTerritory, type RiskRights, type RiskRow } from './risk-target';
import { risksTable } from './schema';
import { levelOfScore, residualScore, riskScore, type RiskLevel } from './scoring';

export const listRisksInput = z.object({
	slug,
	solutionId: z.uuid().optional(),
	pilotActionId: z.uuid().optional()
});
export type ListRisksOptions = z.input<typeof listRisksInput> & { locale?: ContentLocale };

export interface RiskListItem {
	risk: RiskRow;
	title: string;
	macroTitle: string;
	subject: RiskSubject;
	ownerName: string | null;
	score: number;
	level: RiskLevel;
	residualScore: number | null;
	residualLevel: RiskLevel | null;
}

export interface RiskList extends RiskRights {
	territory: TerritoryRow;
	/** The solution or pilot action the list is filtered on, if any. */
	subject: RiskSubject | null;
	risks: RiskListItem[];
}

/** A territory's risks (members), or one solution's or pilot action's; highest score first. */
export async function listRisks(ctx: UseCaseContext, input: ListRisksOptions): Promise<RiskList> {
	const parsed = listRisksInput.safeParse(input);
	if (!parsed.success || (parsed.data.solutionId && parsed.data.pilotActionId)) {
		throw notFound();
	}
	const locale = input.locale === 'fr' ? 'fr' : 'en';
	const found = await riskTerritory(ctx, parsed.data.slug, 'plan.view');
	const territoryId = found.territory.id;
	let subject: RiskSubject | null = null;
	const where: SQL[] = [eq(risksTable.territoryId, territoryId)];
	if (parsed.data.solutionId || parsed.data.pilotActionId) {
		subject = await findSubject(ctx.db, territoryId, parsed.data);
		if (!subject) {
			throw notFound();
		}
		where.push(
			subject.type === 'solution'
				? eq(risksTable.solutionId, subject.id)
				: eq(risksTable.pilotActionId, subject.id)
		);
	}
	const rows = await ctx.db
		.select({
			risk: risksTable,
			solutionTitle: solutionsTable.title,
			pilotTitle: pilotActionsTable.title,
			ownerName: usersTable.displayName
		})
		.from(risksTable)
		.leftJoin(solutionsTable, eq(solutionsTable.id, risksTable.solutionId))
		.leftJoin(pilotActionsTable, eq(pilotActionsTable.id, risksTable.pilotActionId))
		.leftJoin(usersTable, eq(usersTable.id, risksTable.ownerId))
		.where(and(...where))
		.orderBy(desc(risksTable.updatedAt), asc(risksTable.id));
	const risks = rows.map(({ risk, solutionTitle, pilotTitle, ownerName }): RiskListItem => {
		const score = riskScore(risk.likelihood, risk.impact);
		const residual = residualScore(risk);
		return {
			risk,
			title: riskTitle(risk, locale),
			macroTitle: macroChallengeOf(risk.macroChallengeId)?.title[locale] ?? risk.macroChallengeId,
			subject: risk.solutionId
				? { type: 'solution', id: risk.solutionId, title: solutionTitle ?? '' }
				: { type: 'pilot', id: risk.pilotActionId ?? '', title: pilotTitle ?? '' },
			ownerName,
			score,
			level: levelOfScore(score),
			residualScore: residual,
			residualLevel: residual === null ? null : levelOfScore(residual)
		};
	});
	risks.sort((a, b) => b.score - a.score);
	return { ...found, subject, risks };
}
