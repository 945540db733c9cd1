import { render } from 'svelte/server';
import GanttSvg from '$lib/roadmap/gantt/GanttSvg.svelte';
import type { Locale } from '../../../platform/i18n/messages';
import type { GanttLayout } from './gantt-layout';

/**
 * The chart as a standalone SVG file, drawn by the very component the page shows, so
 * that reports and the page never disagree.
 */
export function renderGanttSvg(layout: GanttLayout, locale: Locale, territoryName: string): string {
	const { body } = render(GanttSvg, { props: { layout, locale, territoryName } });
	// Svelte marks blocks with comments for hydration; a file has no use for them.
	const svg = body.replace(/<!--[[\]!]*-->/g, '').trim();
	return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}
