// Generates the benchmark's practices deterministically: same seed, same catalogue.
import type { practicesTable } from '../../src/lib/server/modules/catalogue/schema';
import type { PracticeTextsByLanguage } from '../../src/lib/server/modules/catalogue/types';
import {
	costBands,
	domains,
	layers,
	maturityLevels,
	populationBands,
	riskMacroChallenges,
	stakeholderKinds,
	toolTypes,
	type EvidenceLevel
} from '../../src/lib/server/modules/catalogue/vocabulary';
import {
	actors,
	dataSentence,
	digitalSentence,
	facts,
	lessons,
	outcomes,
	rareSentence,
	rareSubjects,
	sentences,
	tools,
	topics,
	type Pair
} from './catalogue-corpus';
import { cities, regionOf } from './catalogue-places';

export type PracticeRow = typeof practicesTable.$inferSelect;
type Language = keyof Pair;

/** mulberry32: small, fast and good enough to spread values evenly. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export class PracticeGenerator {
	private readonly random: () => number;

	constructor(seed: number) {
		this.random = seededRandom(seed);
	}

	private int(min: number, max: number): number {
		return min + Math.floor(this.random() * (max - min + 1));
	}

	private pick<T>(items: readonly T[]): T {
		const item = items[Math.floor(this.random() * items.length)];
		if (item === undefined) {
			throw new Error('pick from an empty list');
		}
		return item;
	}

	/** Between min and max distinct items, in the list's order. */
	private some<T>(items: readonly T[], min: number, max: number): T[] {
		const wanted = this.int(min, max);
		const chosen = new Set<T>();
		while (chosen.size < wanted) {
			chosen.add(this.pick(items));
		}
		return items.filter((item) => chosen.has(item));
	}

	private shuffled<T>(items: readonly T[]): T[] {
		const copy = [...items];
		for (let i = copy.length - 1; i > 0; i--) {
			const j = Math.floor(this.random() * (i + 1));
			[copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
		}
		return copy;
	}

	/** The published row of practice number `index`. */
	practice(index: number): PracticeRow {
		const place = this.pick(cities);
		const slots = {
			city: { en: place.en, fr: place.fr },
			actor: this.pick(actors),
			topic: this.pick(topics),
			tool: this.pick(tools),
			outcome: this.pick(outcomes),
			rare: this.pick(rareSubjects)
		};
		const year = String(this.int(2008, 2024));
		const numbers = [this.int(3, 4_000), this.int(2, 60), this.int(20, 900)].map(String);
		const titleForm = this.int(0, titleForms.length - 1);
		const verb = this.pick(verbs);
		const body: Pair[] = this.shuffled(sentences).slice(0, this.int(6, 10));
		if (this.random() < 0.85) {
			body.splice(1, 0, digitalSentence);
		}
		if (this.random() < 0.7) {
			body.splice(this.int(2, body.length), 0, dataSentence);
		}
		if (this.random() < 0.02) {
			body.splice(this.int(1, body.length), 0, rareSentence);
		}
		const paragraphs = [body.slice(0, 3), body.slice(3, 7), body.slice(7)].filter(
			(p) => p.length > 0
		);
		const chosenFacts = this.shuffled(facts).slice(0, this.int(2, 5));
		const chosenLessons = this.random() < 0.5 ? this.shuffled(lessons).slice(0, 2) : [];
		const englishOnly = this.random() < 0.05;
		const originalLanguage = englishOnly || this.random() < 0.6 ? 'en' : 'fr';
		// Both languages fill the same templates in the same order, so the nth number matches.
		let used = 0;
		const fill = (template: string, language: Language): string =>
			frenchContractions(
				template.replace(/\{(\w+)\}/g, (_, name: string) => {
					if (name === 'year') {
						return year;
					}
					if (name === 'n') {
						return numbers[used++ % numbers.length] ?? '';
					}
					const slot = slots[name as keyof typeof slots];
					return slot[language];
				}),
				language
			);
		const textsIn = (language: Language) => {
			used = 0;
			return {
				title: capitalise(fill(titleForms[titleForm]?.[language] ?? '', language)),
				summary: capitalise(
					fill(summaryForm[language].replace('{verb}', verb[language]), language)
				),
				place: `${place[language]}, ${countryNames[language].of(place.country) ?? place.country}`,
				body: paragraphs
					.map((p) => p.map((s) => fill(s[language], language)).join(' '))
					.join('\n\n'),
				facts: chosenFacts.map((f) => fill(f[language], language)),
				...(chosenLessons.length > 0
					? { lessons: chosenLessons.map((l) => fill(l[language], language)).join('\n') }
					: {})
			};
		};
		const texts: PracticeTextsByLanguage = englishOnly
			? { en: textsIn('en') }
			: { en: textsIn('en'), fr: textsIn('fr') };
		const periodFrom = Number(year);
		const publishedAt = new Date(publishedFrom + this.random() * publishedSpan);
		return {
			id: `00000000-0000-4000-8000-${index.toString(16).padStart(12, '0')}`,
			slug: `bench-${String(index).padStart(6, '0')}`,
			origin: 'contribution',
			contentHash: null,
			originalLanguage,
			texts,
			source: null,
			countries: [place.country],
			region: regionOf(place.country),
			populationBand: this.pick(populationBands),
			domains: this.some(domains, 1, 3),
			toolTypes: this.some(toolTypes, 1, 3),
			layers: this.some(layers, 0, 2),
			costBand: this.random() < 0.8 ? this.pick(costBands) : null,
			maturityNeeded: this.pick(maturityLevels),
			risks: this.some(riskMacroChallenges, 0, 3),
			stakeholders: this.some(stakeholderKinds, 1, 4),
			periodFrom,
			periodTo: this.random() < 0.4 ? periodFrom + this.int(1, 6) : null,
			links: [],
			contact: null,
			guideSteps: [],
			evidenceLevel: this.pick(weightedEvidence),
			territoryId: null,
			contributorName: 'Benchmark',
			reviewId: null,
			replicationCount: Math.min(40, Math.floor(-Math.log(1 - this.random()) * 1.2)),
			publishedAt,
			updatedAt: publishedAt
		};
	}
}

const titleForms: readonly Pair[] = [
	{ en: '{tool} for {topic} in {city}', fr: '{tool} pour {topic} à {city}' },
	{ en: '{city} rethinks {topic} with {tool}', fr: '{city} repense {topic} avec {tool}' },
	{ en: 'Improving {topic} through {tool}', fr: 'Améliorer {topic} grâce à {tool}' }
];
const summaryForm: Pair = {
	en: '{actor} {verb} {topic} in {city} with {tool}, {outcome}.',
	fr: '{actor} a {verb} {topic} à {city} avec {tool}, {outcome}.'
};
const verbs: readonly Pair[] = [
	{ en: 'reorganised', fr: 'réorganisé' },
	{ en: 'modernised', fr: 'modernisé' },
	{ en: 'simplified', fr: 'simplifié' },
	{ en: 'opened up', fr: 'ouvert' }
];
const countryNames = {
	en: new Intl.DisplayNames(['en'], { type: 'region' }),
	fr: new Intl.DisplayNames(['fr'], { type: 'region' })
};
const weightedEvidence: readonly EvidenceLevel[] = [
	...Array<EvidenceLevel>(6).fill('self-declared'),
	...Array<EvidenceLevel>(3).fill('peer-reviewed'),
	'independently-verified'
];
const publishedFrom = Date.UTC(2021, 0, 1);
const publishedSpan = 5 * 365 * 24 * 3600 * 1000;

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** "à le Cap" is "au Cap", "de les" is "des": what slotting words into French breaks. */
function frenchContractions(text: string, language: Language): string {
	if (language !== 'fr') {
		return text;
	}
	return text
		.replace(/\bà [lL]e /g, 'au ')
		.replace(/\bà les /g, 'aux ')
		.replace(/\bde le /g, 'du ')
		.replace(/\bde les /g, 'des ');
}
