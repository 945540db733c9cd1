import { config } from '../../platform/config';
import { ContentError } from '../guide/content';
import type { DomainId, FamilyId, IndicatorLibrary, LibraryIndicator } from './library-schema';
import { loadIndicatorLibrary } from './load-library';

let loading: Promise<IndicatorLibrary> | undefined;

/**
 * The library, read once on first use (it is small and read-only). An invalid library
 * fails loudly with every problem, as the guide's content does at start; the content
 * test and `npm run content:check` catch it before that.
 */
export function indicatorLibrary(dir = config().TERRITORIA_CONTENT_DIR): Promise<IndicatorLibrary> {
	loading ??= loadIndicatorLibrary(dir).then(({ library, problems }) => {
		if (!library) {
			loading = undefined;
			throw new ContentError(problems);
		}
		return library;
	});
	return loading;
}

export type Lang = 'en' | 'fr';

export interface LibraryIndicatorView {
	id: string;
	family: FamilyId;
	domain: DomainId;
	kind: LibraryIndicator['kind'];
	direction: LibraryIndicator['direction'];
	title: string;
	unit: string;
	method: string;
	references: LibraryIndicator['references'];
}

export interface LibraryView {
	families: { id: FamilyId; title: string; description: string }[];
	domains: { id: DomainId; title: string }[];
	selectionRules: string[];
	indicators: LibraryIndicatorView[];
}

export const indicatorView = (indicator: LibraryIndicator, lang: Lang): LibraryIndicatorView => ({
	id: indicator.id,
	family: indicator.family,
	domain: indicator.domain,
	kind: indicator.kind,
	direction: indicator.direction,
	title: indicator.title[lang],
	unit: indicator.unit[lang],
	method: indicator.method[lang],
	references: indicator.references.map((r) => ({ ...r }))
});

/** The library in one language, families and domains in the content's order. */
export async function libraryView(lang: Lang): Promise<LibraryView> {
	const library = await indicatorLibrary();
	return {
		families: library.families.map((f) => ({
			id: f.id,
			title: f.title[lang],
			description: f.description[lang]
		})),
		domains: library.domains.map((d) => ({ id: d.id, title: d.title[lang] })),
		selectionRules: library.selectionRules.map((rule) => rule[lang]),
		indicators: library.indicators.map((indicator) => indicatorView(indicator, lang))
	};
}

export async function libraryIndicatorById(id: string): Promise<LibraryIndicator | undefined> {
	return (await indicatorLibrary()).indicators.find((indicator) => indicator.id === id);
}
