import { describe, expect, it } from 'vitest';
import { linkTerms, termLinks } from './glossary-links';
import type { Term } from './load-content';
import { markdownToText, renderMarkdown } from './render-markdown';

const resolve = (kind: 'step' | 'term', target: string): string | null =>
	target === 'missing' ? null : `/${kind}/${target}`;

describe('renderMarkdown', () => {
	it('removes raw HTML and script addresses', () => {
		const html = renderMarkdown(
			'Hello <script>alert(1)</script><img src=x onerror=alert(1)> [x](javascript:alert(1))',
			resolve
		);
		expect(html).not.toMatch(/script|onerror|javascript|<img/i);
		expect(html).toContain('Hello');
	});

	it('resolves step and term addresses and keeps web links', () => {
		const html = renderMarkdown(
			'[five](step:a5), [data](term:open-data), [web](https://example.org)',
			resolve
		);
		expect(html).toContain('<a href="/step/a5">five</a>');
		expect(html).toContain('<a href="/term/open-data">data</a>');
		expect(html).toContain('<a href="https://example.org">web</a>');
	});

	it('renders tables with column headers', () => {
		const html = renderMarkdown('| A | B |\n| - | - |\n| 1 | 2 |', resolve);
		expect(html).toContain('<th scope="col">A</th>');
	});

	it('reduces Markdown to plain text', () => {
		expect(markdownToText('**Bold** and [a link](step:a1) & more')).toBe('Bold and a link & more');
	});
});

const term = (id: string, en: string, aliases: string[] = []): Term => ({
	id,
	term: { en, fr: en },
	definition: { en: `About ${en}`, fr: `À propos de ${en}` },
	aliases: { en: aliases, fr: [] }
});

describe('linkTerms', () => {
	const links = termLinks(
		[
			term('open-data', 'Open data'),
			term('data', 'Data'),
			term('gis', 'Geographic information system', ['GIS'])
		],
		'en',
		(t) => `/glossary#${t.id}`,
		(t) => t.definition.en
	);

	it('links the first appearance of each term only, longest spelling first', () => {
		const linked = new Set<string>();
		const html = linkTerms('<p>Open data is data. More open data.</p>', links, linked);
		expect(html).toBe(
			'<p><a class="term" href="/glossary#open-data" title="About Open data">Open data</a> is <a class="term" href="/glossary#data" title="About Data">data</a>. More open data.</p>'
		);
	});

	it('leaves words inside other words, links and headings alone', () => {
		const html = linkTerms(
			'<h3>GIS</h3><p><a href="/x">GIS</a> metadata GISx</p>',
			links,
			new Set()
		);
		expect(html).toBe('<h3>GIS</h3><p><a href="/x">GIS</a> metadata GISx</p>');
	});

	it('matches aliases and accented neighbours correctly', () => {
		const html = linkTerms('<p>Un GIS à jour</p>', links, new Set());
		expect(html).toContain('<a class="term" href="/glossary#gis"');
	});
});
