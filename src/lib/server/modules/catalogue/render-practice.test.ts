import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../guide/render-markdown';

const render = (source: string) => renderMarkdown(source, () => null, { contributed: true });

describe('rendering contributed Markdown', () => {
	it('drops scripts, event handlers and javascript: links', () => {
		const html = render(
			'<script>alert(1)</script>\n\n<img src="https://x.org/a.png" onerror="alert(1)">\n\n[click](javascript:alert(1)) <a href="#" onclick="x()">a</a>'
		);
		expect(html).not.toMatch(/<script|onerror|onclick|javascript:/i);
	});

	it('keeps images by https address only', () => {
		expect(render('![Map](https://example.org/map.png)')).toContain(
			'<img src="https://example.org/map.png" alt="Map" />'
		);
		expect(render('![x](http://example.org/a.png)')).not.toContain('http://example.org');
		expect(render('![x](data:image/png;base64,AAAA)')).not.toContain('data:');
		expect(render('![x](//example.org/a.png)')).not.toContain('example.org');
	});

	it('marks links as user content', () => {
		expect(render('[site](https://example.org)')).toContain(
			'<a href="https://example.org" rel="nofollow ugc noopener">site</a>'
		);
	});

	it('shows no images in shipped content', () => {
		expect(renderMarkdown('![Map](https://example.org/map.png)', () => null)).not.toContain('<img');
	});
});
