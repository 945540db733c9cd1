import { z } from 'zod';
import { clock, type UseCaseContext } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
import { invalid } from '../../platform/errors';
import { parseInput, slug } from '../../platform/validation';
import { assertOwnerIsMember, findSubject, riskFields, riskIdentity } from './risk-input';
import { riskTerritory, type RiskRow } from './risk-target';
import { risksTable } from './schema';
import { nextState } from './transitions';

const optionalUuid = (message: string) =>
	z.preprocess((v) => (v === '' ? null : v), z.uuid({ message }).nullable().default(null));

export const createRiskInput = riskFields.extend({
	slug,
	/** Exactly one of the two subjects. */
	solutionId: optionalUuid('risks_error_subject'),
	pilotActionId: optionalUuid('risks_error_subject'),
	/** A risk of the taxonomy; blank for a custom risk. */
	taxonomyRiskId: z.preprocess(
		(v) => (v === '' ? null : v),
		z.string().max(80).nullable().default(null)
	)
});
export type CreateRiskOptions = z.input<typeof createRiskInput>;

/**
 * Adds a risk to a solution's or a pilot action's register (contributors and above). A
 * treatment chosen at once puts the risk in treatment.
 */
export async function createRisk(ctx: UseCaseContext, input: CreateRiskOptions): Promise<RiskRow> {
	const options = parseInput(createRiskInput, input);
	const { territory } = await riskTerritory(ctx, options.slug, 'plan.edit');
	if ((options.solutionId === null) === (options.pilotActionId === null)) {
		throw invalid({ subject: 'risks_error_subject' });
	}
	const identity = riskIdentity(options.taxonomyRiskId, options);
	const createdBy = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
	return ctx.db.transaction(async (tx) => {
		// Checked inside the transaction, so a subject deleted meanwhile is not written to.
		const subject = await findSubject(tx, territory.id, options);
		if (!subject) {
			throw invalid({
				[options.solutionId ? 'solutionId' : 'pilotActionId']: 'risks_error_subject'
			});
		}
		await assertOwnerIsMember(tx, territory.id, options.ownerId);
		const now = clock(ctx);
		const [risk] = await tx
			.insert(risksTable)
			.values({
				territoryId: territory.id,
				solutionId: subject.type === 'solution' ? subject.id : null,
				pilotActionId: subject.type === 'pilot' ? subject.id : null,
				...identity,
				description: options.description,
				likelihood: options.likelihood,
				impact: options.impact,
				ownerId: options.ownerId,
				treatment: options.treatment,
				residualLikelihood: options.residualLikelihood,
				residualImpact: options.residualImpact,
				reviewOn: options.reviewOn,
				state: options.treatment ? (nextState('open', 'treat') ?? 'open') : 'open',
				createdBy,
				createdAt: now,
				updatedAt: now
			})
			.returning();
		if (!risk) {
			throw new Error('The risk insert returned no row.');
		}
		await recordAudit(
			{ ...ctx, db: tx },
			{
				action: 'risks.create-risk',
				territoryId: territory.id,
				targetType: 'risk',
				targetId: risk.id,
				summary: {
					subject: subject.type,
					subjectTitle: subject.title,
					macroChallengeId: risk.macroChallengeId,
					taxonomyRiskId: risk.taxonomyRiskId,
					likelihood: risk.likelihood,
					impact: risk.impact
				}
			}
		);
		return risk;
	});
}
