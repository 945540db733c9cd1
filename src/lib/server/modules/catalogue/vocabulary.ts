/**
 * The closed lists a practice is described with. They are the catalogue's facets, so
 * the values are stable ids (in URLs, the API and content files); labels live in the
 * `catalogue_*` messages.
 */

/** Guide parts, then the cross-cutting themes of Lille Metropole's ICC roadmap. */
export const domains = [
	'a',
	'b1',
	'b2',
	'b3',
	'b4',
	'c',
	'energy',
	'cybersecurity',
	'participation',
	'data'
] as const;

/** World regions, coarse enough that every region holds several practices. */
export const regions = [
	'sub-saharan-africa',
	'north-africa-middle-east',
	'europe',
	'latin-america-caribbean',
	'asia-pacific',
	'north-america'
] as const;

/** Population of the place where the practice runs. */
export const populationBands = [
	'under-20k',
	'20k-100k',
	'100k-500k',
	'500k-2m',
	'over-2m'
] as const;

export const toolTypes = [
	'gis',
	'sms',
	'open-data',
	'sensors',
	'mobile-app',
	'web-platform',
	'online-payment',
	'participatory-mapping',
	'drones',
	'public-access-point',
	'third-place',
	'incubator',
	'hackathon',
	'peer-network',
	'training',
	'data-tool'
] as const;

/** The four layers of the digital city in the AFD/IDDRI guide (step B1-5). */
export const layers = ['interfaces', 'control-centres', 'sensors', 'connectivity'] as const;

/** Order of magnitude of what the practice cost, in euros. */
export const costBands = ['under-50k', '50k-500k', '500k-5m', 'over-5m'] as const;

/** Digital maturity a local authority needs before it can take the practice up. */
export const maturityLevels = ['starting', 'developing', 'advanced'] as const;

/**
 * The eight macro-challenges of the European Parliament's STOA briefing (2023) that
 * smart-city projects meet; a practice lists those it helps to address.
 */
export const riskMacroChallenges = [
	'privacy-security',
	'data-reliability',
	'digital-exclusion',
	'financial-burden',
	'economic-inequality',
	'trust',
	'human-contact',
	'vendor-lock-in'
] as const;

/** Stakeholder categories of the guide's ecosystem map (step A3), plus the State and donors. */
export const stakeholderKinds = [
	'local-authority',
	'national-government',
	'traditional-firms',
	'telecoms',
	'start-ups',
	'informal-providers',
	'social-economy',
	'ngos',
	'community-organisations',
	'citizens',
	'universities',
	'donors'
] as const;

/** How far the practice's results have been checked, from weakest to strongest. */
export const evidenceLevels = ['self-declared', 'peer-reviewed', 'independently-verified'] as const;

/**
 * Languages a practice may be written in. Each has a text search configuration that
 * stems and ignores accents (migration 0005); the interface itself is in English and French.
 */
export const practiceLanguages = ['en', 'fr', 'es', 'pt'] as const;

/** Languages a reader may ask for: those of the interface. */
export const readerLanguages = ['en', 'fr'] as const;

export type Domain = (typeof domains)[number];
export type Region = (typeof regions)[number];
export type PopulationBand = (typeof populationBands)[number];
export type ToolType = (typeof toolTypes)[number];
export type Layer = (typeof layers)[number];
export type CostBand = (typeof costBands)[number];
export type MaturityLevel = (typeof maturityLevels)[number];
export type RiskMacroChallenge = (typeof riskMacroChallenges)[number];
export type StakeholderKind = (typeof stakeholderKinds)[number];
export type EvidenceLevel = (typeof evidenceLevels)[number];
export type PracticeLanguage = (typeof practiceLanguages)[number];
export type ReaderLanguage = (typeof readerLanguages)[number];

/** The band a population falls in, for replication reports and territories. */
export function populationBandOf(population: number): PopulationBand {
	if (population < 20_000) {
		return 'under-20k';
	}
	if (population < 100_000) {
		return '20k-100k';
	}
	if (population < 500_000) {
		return '100k-500k';
	}
	if (population < 2_000_000) {
		return '500k-2m';
	}
	return 'over-2m';
}
