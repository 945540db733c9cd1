import { z } from 'zod';
import { contentId, localized } from '../guide/content-schema';

/**
 * The indicator library as content (`content/indicators/`): `families.yaml` holds the
 * guide's four families, its domains and its selection rules; one file per domain holds
 * that domain's indicators. Framework references are references only: a code is given
 * only where the authors are sure of it.
 */
export const familyIds = [
	'economic-efficiency',
	'technical-optimisation',
	'social-inclusion',
	'environmental-sustainability'
] as const;
export type FamilyId = (typeof familyIds)[number];

export const domainIds = [
	'b1-services',
	'b2-planning',
	'b3-economy',
	'b4-governance',
	'c-administration'
] as const;
export type DomainId = (typeof domainIds)[number];

export const valueKinds = ['count', 'decimal', 'percent'] as const;
export type ValueKind = (typeof valueKinds)[number];
export const directions = ['higher', 'lower'] as const;
export type Direction = (typeof directions)[number];

export const frameworkIds = ['u4ssc', 'iso-37122', 'citykeys'] as const;

export const familiesFile = z.strictObject({
	id: z.literal('families'),
	families: z
		.array(z.strictObject({ id: z.enum(familyIds), title: localized, description: localized }))
		.length(familyIds.length),
	domains: z
		.array(z.strictObject({ id: z.enum(domainIds), title: localized }))
		.length(domainIds.length),
	selectionRules: z.array(localized).min(1)
});
export type FamiliesFile = z.infer<typeof familiesFile>;

const libraryIndicator = z.strictObject({
	id: contentId,
	family: z.enum(familyIds),
	kind: z.enum(valueKinds),
	direction: z.enum(directions),
	unit: localized,
	title: localized,
	method: localized,
	references: z
		.array(
			z.strictObject({
				framework: z.enum(frameworkIds),
				/** Only where the authors are sure of it. */
				code: z.string().min(1).max(40).optional()
			})
		)
		.default([])
});
export type LibraryIndicator = z.infer<typeof libraryIndicator> & { domain: DomainId };

export const domainFile = z.strictObject({
	domain: z.enum(domainIds),
	indicators: z.array(libraryIndicator).min(1)
});
export type DomainFile = z.infer<typeof domainFile>;

export interface IndicatorLibrary {
	families: FamiliesFile['families'];
	domains: FamiliesFile['domains'];
	selectionRules: FamiliesFile['selectionRules'];
	indicators: LibraryIndicator[];
}
