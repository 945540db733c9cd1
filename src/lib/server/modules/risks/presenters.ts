import type { z } from 'zod';
import type { ContentLocale } from '../guide/content-schema';
import type { riskDetailsSchema, riskSummarySchema, riskTaxonomySchema } from './api-contracts';
import { riskTaxonomy } from './content';
import type { RiskView } from './get-risk';
import type { RiskListItem } from './list-risks';
import { levelOfScore, residualScore, riskScore } from './scoring';

type RiskSummary = z.input<typeof riskSummarySchema>;

export function presentTaxonomy(locale: ContentLocale): z.input<typeof riskTaxonomySchema> {
	return {
		macroChallenges: riskTaxonomy().map((macro) => ({
			id: macro.id,
			title: macro.title[locale],
			risks: macro.risks.map((risk) => ({ id: risk.id, title: risk.title[locale] }))
		}))
	};
}

export function presentRiskSummary(item: RiskListItem): RiskSummary {
	const { risk } = item;
	return {
		id: risk.id,
		title: item.title,
		macroChallengeId: risk.macroChallengeId as RiskSummary['macroChallengeId'],
		taxonomyRiskId: risk.taxonomyRiskId,
		subject: item.subject,
		description: risk.description,
		likelihood: risk.likelihood,
		impact: risk.impact,
		score: item.score,
		level: item.level,
		ownerId: risk.ownerId,
		ownerName: item.ownerName,
		treatment: risk.treatment,
		residualLikelihood: risk.residualLikelihood,
		residualImpact: risk.residualImpact,
		residualScore: item.residualScore,
		residualLevel: item.residualLevel,
		reviewOn: risk.reviewOn,
		state: risk.state,
		version: risk.version,
		updatedAt: risk.updatedAt.toISOString()
	};
}

export function presentRiskDetails(view: RiskView): z.input<typeof riskDetailsSchema> {
	const score = riskScore(view.risk.likelihood, view.risk.impact);
	const residual = residualScore(view.risk);
	return {
		...presentRiskSummary({
			risk: view.risk,
			title: view.title,
			macroTitle: view.macro?.title.en ?? view.risk.macroChallengeId,
			subject: view.subject,
			ownerName: view.ownerName,
			score,
			level: levelOfScore(score),
			residualScore: residual,
			residualLevel: residual === null ? null : levelOfScore(residual)
		}),
		actions: view.actions.map((action) => ({
			id: action.id,
			description: action.description,
			dueOn: action.dueOn,
			doneOn: action.doneOn
		})),
		acceptances: view.acceptances.map((acceptance) => ({
			decision: acceptance.decision,
			approverName: acceptance.approverName,
			rationale: acceptance.rationale,
			decidedAt: acceptance.decidedAt.toISOString(),
			snapshot: acceptance.snapshot
		})),
		suggestedPractices: view.suggestions.map(({ slug, title }) => ({ slug, title }))
	};
}
