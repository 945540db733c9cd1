import { z } from 'zod';
import { contentId, localized } from '../guide/content-schema';
import { evidenceLevel, practiceFacts, practiceTexts } from './practice-record';

/**
 * A practice shipped with Territoria, one file per practice under `content/practices/`.
 * Shipped practices are written in English and French (both required); contributions may
 * be in any catalogue language.
 */
export const practiceFile = practiceFacts.extend({
	/** The practice's slug in URLs; must match the file name. */
	id: contentId,
	/** Where the practice is documented, shown on its page. */
	source: localized,
	/** Guide steps the practice illustrates, as `method/step`. */
	guideSteps: z.array(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/)).default([]),
	evidenceLevel,
	originalLanguage: z.enum(['en', 'fr']),
	texts: z.strictObject({ en: practiceTexts, fr: practiceTexts })
});
export type PracticeFile = z.infer<typeof practiceFile>;
