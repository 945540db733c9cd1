import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import GanttTable from '$lib/roadmap/gantt/GanttTable.svelte';
import { layoutGantt, type GanttScale } from './gantt-layout';
import { renderGanttSvg } from './render-gantt-svg';
import { samplePlan, sampleToday } from './testing/sample-plan';

const layout = (scale: GanttScale) =>
	layoutGantt({ solutions: samplePlan, scale, today: sampleToday });

/** Cell texts of the table, row by row, without Svelte's markers. */
function tableCells(html: string): string[][] {
	const body = html.slice(html.indexOf('<tbody>'));
	return [...body.matchAll(/<tr>(.*?)<\/tr>/gs)].map((row) =>
		[...(row[1] ?? '').matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/gs)].map((cell) =>
			(cell[1] ?? '')
				.replace(/<!--.*?-->|<[^>]+>/g, '')
				.replace(/\s+/g, ' ')
				.trim()
		)
	);
}

describe('Gantt chart SVG', () => {
	for (const locale of ['en', 'fr'] as const) {
		for (const scale of ['month', 'quarter'] as const) {
			it(`draws the same chart, ${locale}, by ${scale}`, async () => {
				const svg = renderGanttSvg(layout(scale), locale, 'Métropole Européenne de Lille');
				await expect(svg).toMatchFileSnapshot(`__snapshots__/gantt-${locale}-${scale}.svg`);
			});
		}
	}

	it('is a standalone, accessible SVG document', () => {
		const svg = renderGanttSvg(layout('quarter'), 'fr', 'Lille & co');
		expect(
			svg.startsWith(
				'<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"'
			)
		).toBe(true);
		expect(svg).toContain('role="img"');
		expect(svg).toContain('aria-labelledby="gantt-title gantt-desc"');
		expect(svg).toContain('<title id="gantt-title">Feuille de route de Lille &amp; co');
		expect(svg).toContain('T2 2026');
		expect(svg).toContain('le 15 mai 2026');
		expect(svg).not.toMatch(/<(script|foreignObject|style)/);
		// Patterns, not colour alone: baselines hatched, late bars cross-hatched.
		expect(svg).toContain('fill="url(#gantt-hatch)"');
		expect(svg).toContain('fill="url(#gantt-late)"');
		expect(svg).toContain('stroke-dasharray="5 3"');
	});
});

describe('Gantt chart table alternative', () => {
	it('says in words what each bar shows', () => {
		const { body } = render(GanttTable, { props: { layout: layout('month'), locale: 'en' } });
		expect(body).toContain('<caption>The chart as a table: milestones by solution</caption>');
		expect(tableCells(body)).toEqual([
			[
				'Shared cybersecurity for small municipalities',
				'Audit of 20 municipalities',
				'Jan 5, 2026 to Mar 20, 2026',
				'Jan 5, 2026 to Mar 13, 2026',
				'Jan 12, 2026 to Mar 27, 2026',
				'Done (late against the baseline)',
				'Claire Martin',
				'none'
			],
			[
				'Shared cybersecurity for small municipalities',
				'Pooled security operations, first wave',
				'Apr 1, 2026 to Jul 31, 2026',
				'Apr 1, 2026 to Jun 30, 2026',
				'since Apr 6, 2026, under way',
				'In progress (late against the baseline)',
				'Karim Benali',
				'Audit of 20 municipalities'
			],
			[
				'Open data portal for mobility, with a long title that needs shortening',
				'Data sharing agreements; "bus, tram &amp; bike"',
				'Jun 1, 2026 to Sep 30, 2026',
				'not frozen',
				'not started',
				'Not started',
				'nobody named',
				'Pooled security operations, first wave'
			],
			[
				'Open data portal for mobility, with a long title that needs shortening',
				'Portal opening',
				'Oct 1, 2026 to Jan 31, 2027',
				'not frozen',
				'not started',
				'Not started',
				'nobody named',
				'Data sharing agreements; "bus, tram &amp; bike"'
			]
		]);
	});

	it('is in French for French readers', () => {
		const { body } = render(GanttTable, { props: { layout: layout('quarter'), locale: 'fr' } });
		expect(body).toContain('Dépend de');
		expect(tableCells(body)[0]?.[2]).toBe('du 5 janv. 2026 au 20 mars 2026');
	});
});
