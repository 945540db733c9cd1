import { z } from 'zod';
import { riskMacroChallenges } from '../catalogue/vocabulary';
import { contentId, localized } from '../guide/content-schema';

/** A risk of the taxonomy: stable id (stored on territories' risks), title, one sentence. */
export const taxonomyRisk = z.strictObject({
	id: contentId,
	title: localized,
	description: localized
});
export type TaxonomyRisk = z.infer<typeof taxonomyRisk>;

/**
 * One macro-challenge of the STOA briefing, one file under `content/risks/`. Its id is one
 * of the catalogue's `riskMacroChallenges`, so that practices tagged with it can be
 * suggested as mitigations.
 */
export const macroChallengeFile = z.strictObject({
	id: z.enum(riskMacroChallenges),
	/** Position in the briefing's list, 1 to 8. */
	order: z.number().int().min(1).max(riskMacroChallenges.length),
	title: localized,
	description: localized,
	risks: z.array(taxonomyRisk).min(1).max(12)
});
export type MacroChallenge = z.infer<typeof macroChallengeFile>;
