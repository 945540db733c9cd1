import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/** Resolves a content address (`step:a5`, `term:open-data`) to a page path. */
export type ResolveLink = (kind: 'step' | 'term', target: string) => string | null;

const contentAddress = /^(step|term):(.+)$/;

const markdown = new Marked({ gfm: true, breaks: false });

/**
 * Renders content Markdown to safe HTML. Content may come from other organisations, so raw
 * HTML is dropped by the sanitiser and only web and content addresses survive as links.
 */
export function renderMarkdown(
	source: string,
	resolve: ResolveLink,
	options: { contributed?: boolean } = {}
): string {
	const html = markdown.parse(source, { async: false });
	// Contributed text (catalogue practices) may show images, by https address only, and
	// its links are marked as user content so search engines do not credit them.
	const contributed = options.contributed ?? false;
	return sanitizeHtml(html, {
		allowedTags: [
			...(contributed ? ['img'] : []),
			'p',
			'ul',
			'ol',
			'li',
			'strong',
			'em',
			'a',
			'code',
			'blockquote',
			'br',
			'h3',
			'h4',
			'table',
			'thead',
			'tbody',
			'tr',
			'th',
			'td'
		],
		allowedAttributes: {
			a: ['href', 'rel'],
			th: ['scope'],
			...(contributed ? { img: ['src', 'alt', 'title'] } : {})
		},
		allowedSchemes: ['https', 'http', 'mailto', 'step', 'term'],
		allowedSchemesByTag: { img: ['https'] },
		allowProtocolRelative: false,
		transformTags: {
			a: (tagName, attribs) => {
				const match = contentAddress.exec(attribs.href ?? '');
				if (!match) {
					const kept: Record<string, string> = attribs.href ? { href: attribs.href } : {};
					if (contributed && attribs.href) {
						kept.rel = 'nofollow ugc noopener';
					}
					return { tagName, attribs: kept };
				}
				const href = resolve(match[1] as 'step' | 'term', match[2] ?? '');
				return { tagName, attribs: href ? { href } : {} };
			},
			th: (tagName, attribs) => ({ tagName, attribs: { ...attribs, scope: 'col' } })
		}
	});
}

/** Markdown reduced to plain text, for search, titles and spreadsheet cells. */
export function markdownToText(source: string): string {
	const html = markdown.parse(source, { async: false });
	return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} })
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/\s+/g, ' ')
		.trim();
}
