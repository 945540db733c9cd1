import type { RiskView } from './get-risk';
import { levelOfScore, residualScore, riskScore } from './scoring';
import { allowedEvents, acceptanceGaps } from './transitions';

/** A risk's sheet as its page shows it: plain values, scores and what may be done next. */
export function riskSheetView(view: RiskView) {
	const { risk } = view;
	const score = riskScore(risk.likelihood, risk.impact);
	const residual = residualScore(risk);
	const events = allowedEvents(risk.state);
	return {
		territory: { slug: view.territory.slug, name: view.territory.name },
		risk: {
			id: risk.id,
			title: view.title,
			custom: risk.taxonomyRiskId === null,
			taxonomyDescription: view.taxonomyDescription,
			description: risk.description,
			macroChallengeId: risk.macroChallengeId,
			macroTitle: view.macro?.title ?? null,
			likelihood: risk.likelihood,
			impact: risk.impact,
			score,
			level: levelOfScore(score),
			residualLikelihood: risk.residualLikelihood,
			residualImpact: risk.residualImpact,
			residualScore: residual,
			residualLevel: residual === null ? null : levelOfScore(residual),
			treatment: risk.treatment,
			ownerName: view.ownerName,
			reviewOn: risk.reviewOn,
			state: risk.state,
			version: risk.version,
			updatedAt: risk.updatedAt.toISOString()
		},
		subject: view.subject,
		actions: view.actions.map((action) => ({
			id: action.id,
			description: action.description,
			dueOn: action.dueOn,
			doneOn: action.doneOn
		})),
		acceptances: view.acceptances.map((acceptance) => {
			const snap = acceptance.snapshot;
			return {
				id: acceptance.id,
				decision: acceptance.decision,
				approverName: acceptance.approverName,
				rationale: acceptance.rationale,
				decidedAt: acceptance.decidedAt.toISOString(),
				snapshot: {
					...snap,
					score: snap.likelihood * snap.impact,
					residualScore:
						snap.residualLikelihood === null || snap.residualImpact === null
							? null
							: snap.residualLikelihood * snap.residualImpact
				}
			};
		}),
		suggestions: view.suggestions,
		canEdit: view.canEdit,
		canDelete: view.canDelete,
		canGovern: view.canGovern,
		canClose: events.includes('close'),
		canReopen: events.includes('reopen'),
		canAddAction: events.includes('treat'),
		canAccept: events.includes('accept') && acceptanceGaps(risk).length === 0,
		canRevoke: events.includes('revoke')
	};
}

export type RiskSheetView = ReturnType<typeof riskSheetView>;
