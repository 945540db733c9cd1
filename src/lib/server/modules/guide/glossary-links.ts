import type { ContentLocale } from './content-schema';
import type { Term } from './load-content';

export interface TermLink {
	pattern: RegExp;
	href: string;
	title: string;
}

const escapeRegExp = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One pattern per term, longest spellings first so "open data platform" wins over "open
 * data". Letters on either side stop a match (\b does not know accented letters).
 */
export function termLinks(
	terms: Term[],
	locale: ContentLocale,
	href: (term: Term) => string,
	title: (term: Term) => string
): TermLink[] {
	return terms
		.map((term) => {
			const spellings = [term.term[locale], ...term.aliases[locale]].sort(
				(a, b) => b.length - a.length
			);
			return {
				pattern: new RegExp(
					`(?<![\\p{L}\\p{N}])(${spellings.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
					'iu'
				),
				href: href(term),
				title: title(term),
				longest: spellings[0]?.length ?? 0
			};
		})
		.sort((a, b) => b.longest - a.longest)
		.map(({ pattern, href: link, title: text }) => ({ pattern, href: link, title: text }));
}

const escapeAttribute = (value: string): string =>
	value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Links the first appearance of each term in sanitised HTML, outside existing links and
 * headings. `linked` is shared across the blocks of a page so each term is linked once.
 */
export function linkTerms(html: string, links: TermLink[], linked: Set<string>): string {
	const parts = html.split(/(<[^>]+>)/);
	let skipDepth = 0;
	return parts
		.map((part) => {
			if (part.startsWith('<')) {
				if (/^<(a|h3|h4)[\s>]/.test(part)) {
					skipDepth++;
				}
				if (/^<\/(a|h3|h4)>/.test(part)) {
					skipDepth = Math.max(0, skipDepth - 1);
				}
				return part;
			}
			if (skipDepth > 0 || part.trim() === '') {
				return part;
			}
			let text = part;
			for (const link of links) {
				if (linked.has(link.href)) {
					continue;
				}
				const match = link.pattern.exec(text);
				if (!match) {
					continue;
				}
				linked.add(link.href);
				const anchor = `<a class="term" href="${escapeAttribute(link.href)}" title="${escapeAttribute(link.title)}">${match[0]}</a>`;
				text = text.slice(0, match.index) + anchor + text.slice(match.index + match[0].length);
				// Later terms must not match inside the anchor just written: split again.
				return linkTerms(text, links, linked);
			}
			return text;
		})
		.join('');
}
