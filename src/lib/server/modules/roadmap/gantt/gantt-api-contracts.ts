import { z } from 'zod';
import { locales } from '$lib/paraglide/runtime';
import { defineEndpoint, type Endpoint } from '../../../platform/http/api';
import { slug } from '../../../platform/validation';
import { ganttScales } from './gantt-layout';

/**
 * The Gantt chart and the milestone files. These answer files, not JSON: the response
 * schema is the file as a string and the description names its media type.
 */
const territoryParams = z.object({ slug });

export const ganttSvgQuery = z.object({
	scale: z.enum(ganttScales).default('quarter').meta({ description: 'Width of a tick' }),
	lang: z.enum(locales).default('en').meta({ description: 'Language of labels and dates' }),
	solution: z.uuid().optional().meta({ description: 'Only this solution' })
});

export const milestonesIcsQuery = z.object({
	lang: z.enum(locales).default('en').meta({ description: 'Language of the descriptions' })
});

export const ganttSvgEndpoint = defineEndpoint({
	method: 'GET',
	path: '/api/v1/territories/{slug}/roadmap/gantt.svg',
	operationId: 'getRoadmapGanttSvg',
	summary: "The roadmap's Gantt chart as a standalone SVG image (members)",
	description:
		'Answers `image/svg+xml`: planned, baseline and actual bars, today, dependencies, a legend; fonts and styles inline, for reports.',
	tag: 'roadmap',
	auth: 'user',
	params: territoryParams,
	query: ganttSvgQuery,
	response: z.string().meta({ description: 'An SVG document (image/svg+xml)' }),
	errors: [401, 404]
});

export const milestonesIcsEndpoint = defineEndpoint({
	method: 'GET',
	path: '/api/v1/territories/{slug}/roadmap/milestones.ics',
	operationId: 'getRoadmapMilestonesIcs',
	summary: "The roadmap's milestones as an iCalendar file (members)",
	description:
		'Answers `text/calendar` (RFC 5545): one all-day event per milestone over its planned dates, its UID stable per milestone.',
	tag: 'roadmap',
	auth: 'user',
	params: territoryParams,
	query: milestonesIcsQuery,
	response: z.string().meta({ description: 'An iCalendar file (text/calendar)' }),
	errors: [401, 404]
});

export const milestonesCsvEndpoint = defineEndpoint({
	method: 'GET',
	path: '/api/v1/territories/{slug}/roadmap/milestones.csv',
	operationId: 'getRoadmapMilestonesCsv',
	summary: "The roadmap's milestones as the CSV file the import reads (members)",
	description:
		'Answers `text/csv` (UTF-8 with a BOM): solution, milestone, planned_start, planned_end, actual_start, actual_end, status, weight, responsible, depends_on.',
	tag: 'roadmap',
	auth: 'user',
	params: territoryParams,
	response: z.string().meta({ description: 'A CSV file (text/csv)' }),
	errors: [401, 404]
});

export const importCountsSchema = z.object({
	created: z.number().int(),
	updated: z.number().int(),
	unchanged: z.number().int()
});

export const importMilestonesEndpoint = defineEndpoint({
	method: 'POST',
	path: '/api/v1/territories/{slug}/roadmap/milestones.csv',
	operationId: 'importRoadmapMilestonesCsv',
	summary: 'Create or update milestones from a CSV file, all or nothing (contributors and above)',
	description:
		'Send the file itself as the body (`Content-Type: text/csv`), in the columns the export writes, separated by `,` or `;`. A row matching a milestone by solution title and milestone title updates it; any other adds one. If any row is wrong nothing is written and the 400 answer lists `error.problems`: `{ row, column, message }`.',
	tag: 'roadmap',
	auth: 'user',
	params: territoryParams,
	response: importCountsSchema,
	errors: [401, 403, 404, 413]
});

export const ganttEndpoints: readonly Endpoint[] = [
	ganttSvgEndpoint,
	milestonesIcsEndpoint,
	milestonesCsvEndpoint,
	importMilestonesEndpoint
];
