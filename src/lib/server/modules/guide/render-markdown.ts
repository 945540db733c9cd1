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
export function renderMarkdown(source: string, resolve: ResolveLink): string {
	const html = markdown.parse(source, { async: false });
	return sanitizeHtml(html, {
		allowedTags: [
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
		allowedAttributes: { a: ['href'], th: ['scope'] },
		allowedSchemes: ['https', 'http', 'mailto', 'step', 'term'],
		transformTags: {
			a: (tagName, attribs) => {
				const match = contentAddress.exec(attribs.href ?? '');
				if (!match) {
					return { tagName, attribs };
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
