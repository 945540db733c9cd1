import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../../platform/db/client';
import { invalid } from '../../platform/errors';
import { limits, text } from '../../platform/validation';
import { riskMacroChallenges } from '../catalogue/vocabulary';
import { pilotActionsTable } from '../roadmap/schema';
import { solutionsTable } from '../roadmap/solution-schema';
import { membershipsTable } from '../territories/schema';
import { macroChallengeOf, taxonomyRiskOf } from './content';
import { riskTreatments } from './vocabulary';

export const riskLimits = { title: limits.name, description: 4_000, rationale: 4_000 } as const;

/** A blank form field means "not given". */
const blank = (value: unknown) => (value === '' ? null : value);

/** 1 to 5; forms send text, the API numbers. */
export const scale = z.coerce
	.number({ message: 'risks_error_scale' })
	.int('risks_error_scale')
	.min(1, 'risks_error_scale')
	.max(5, 'risks_error_scale');

const optionalScale = z.preprocess(blank, scale.nullable().default(null));
const optionalDate = z.preprocess(
	blank,
	z.iso.date({ message: 'risks_error_date' }).nullable().default(null)
);
export const riskVersion = z.coerce
	.number({ message: 'validation_invalid' })
	.int('validation_invalid')
	.min(1, 'validation_invalid')
	.max(2_147_483_647, 'validation_invalid');

/** What a risk's sheet sets, besides its subject and its taxonomy entry. */
export const riskFields = z.object({
	/** A custom risk's title (ignored for a taxonomy risk, which keeps the taxonomy's). */
	customTitle: z.preprocess(blank, text({ max: riskLimits.title }).nullable().default(null)),
	/** A custom risk's macro-challenge (a taxonomy risk has its own). */
	macroChallengeId: z.preprocess(
		blank,
		z.enum(riskMacroChallenges, { message: 'risks_error_macro_challenge' }).nullable().default(null)
	),
	description: text({ min: 0, max: riskLimits.description }).default(''),
	likelihood: scale,
	impact: scale,
	ownerId: z.preprocess(blank, z.uuid({ message: 'risks_error_owner' }).nullable().default(null)),
	treatment: z.preprocess(
		blank,
		z.enum(riskTreatments, { message: 'risks_error_treatment' }).nullable().default(null)
	),
	residualLikelihood: optionalScale,
	residualImpact: optionalScale,
	reviewOn: optionalDate
});
export type RiskFields = z.output<typeof riskFields>;

/** A risk is either from the taxonomy or custom: then it needs its title and macro-challenge. */
export function riskIdentity(
	taxonomyRiskId: string | null,
	fields: Pick<RiskFields, 'customTitle' | 'macroChallengeId'>
): { taxonomyRiskId: string | null; customTitle: string | null; macroChallengeId: string } {
	if (taxonomyRiskId) {
		const found = taxonomyRiskOf(taxonomyRiskId);
		if (!found) {
			throw invalid({ taxonomyRiskId: 'risks_error_taxonomy_risk' });
		}
		return { taxonomyRiskId, customTitle: null, macroChallengeId: found.macro.id };
	}
	const errors: Record<string, string> = {};
	if (!fields.customTitle) {
		errors.customTitle = 'risks_error_custom_title';
	}
	if (!fields.macroChallengeId || !macroChallengeOf(fields.macroChallengeId)) {
		errors.macroChallengeId = 'risks_error_macro_challenge';
	}
	if (Object.keys(errors).length > 0 || !fields.macroChallengeId) {
		throw invalid(errors);
	}
	return {
		taxonomyRiskId: null,
		customTitle: fields.customTitle,
		macroChallengeId: fields.macroChallengeId
	};
}

/** The owner must be a member of the territory (400 otherwise). */
export async function assertOwnerIsMember(
	db: DbOrTx,
	territoryId: string,
	ownerId: string | null
): Promise<void> {
	if (ownerId === null) {
		return;
	}
	const [member] = await db
		.select({ id: membershipsTable.id })
		.from(membershipsTable)
		.where(
			and(eq(membershipsTable.territoryId, territoryId), eq(membershipsTable.userId, ownerId))
		);
	if (!member) {
		throw invalid({ ownerId: 'risks_error_owner' });
	}
}

export interface RiskSubject {
	type: 'solution' | 'pilot';
	id: string;
	title: string;
}

/** A solution or pilot action of the territory, or null when there is none by that id. */
export async function findSubject(
	db: DbOrTx,
	territoryId: string,
	ref: { solutionId?: string | null; pilotActionId?: string | null }
): Promise<RiskSubject | null> {
	if (ref.solutionId) {
		const [row] = await db
			.select({ id: solutionsTable.id, title: solutionsTable.title })
			.from(solutionsTable)
			.where(
				and(eq(solutionsTable.territoryId, territoryId), eq(solutionsTable.id, ref.solutionId))
			);
		return row ? { type: 'solution', ...row } : null;
	}
	if (ref.pilotActionId) {
		const [row] = await db
			.select({ id: pilotActionsTable.id, title: pilotActionsTable.title })
			.from(pilotActionsTable)
			.where(
				and(
					eq(pilotActionsTable.territoryId, territoryId),
					eq(pilotActionsTable.id, ref.pilotActionId)
				)
			);
		return row ? { type: 'pilot', ...row } : null;
	}
	return null;
}

/** The subject of a risk row, titled. */
export async function subjectOfRisk(
	db: DbOrTx,
	risk: { territoryId: string; solutionId: string | null; pilotActionId: string | null }
): Promise<RiskSubject> {
	const subject = await findSubject(db, risk.territoryId, risk);
	if (!subject) {
		throw new Error('A risk without its solution or pilot action: the foreign keys forbid it.');
	}
	return subject;
}
