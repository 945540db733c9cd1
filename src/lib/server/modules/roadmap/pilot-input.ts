import { z } from 'zod';
import { limits, slug, text } from '../../platform/validation';
import { amplitudes, areaLevels, dataSteps, levers, sectorLevels } from './vocabulary';

/** Limits shared by the forms, the API and the use cases. */
export const pilotLimits = {
	title: limits.name,
	name: limits.name,
	summary: 2_000,
	longText: 4_000,
	links: 100
} as const;

const optionalText = (max: number) => text({ min: 0, max }).default('');
const choice = <T extends readonly [string, ...string[]]>(values: T) =>
	z.enum(values, { message: 'roadmap_error_choose' });
const unique = <T>(values: T[]): T[] => [...new Set(values)];

export const weakAreaRef = z.object({
	roundId: z.uuid({ message: 'roadmap_error_weak_area' }),
	dimensionId: z.string().trim().min(1).max(80)
});
export type WeakAreaRef = z.infer<typeof weakAreaRef>;

/** A pilot action's scope and links, as created or edited (the territory is in the address). */
export const pilotFields = z.object({
	title: text({ max: pilotLimits.title }),
	summary: optionalText(pilotLimits.summary),
	areaLevel: choice(areaLevels),
	areaName: optionalText(pilotLimits.name),
	sectorLevel: choice(sectorLevels),
	sectorName: optionalText(pilotLimits.name),
	amplitude: choice(amplitudes),
	lever: choice(levers),
	tool: optionalText(pilotLimits.name),
	dataSteps: z
		.array(z.enum(dataSteps, { message: 'roadmap_error_data_step' }))
		.max(dataSteps.length)
		.default([])
		.transform(unique),
	targetUsers: optionalText(pilotLimits.longText),
	obstacles: optionalText(pilotLimits.longText),
	scalingConditions: optionalText(pilotLimits.longText),
	stakeholderIds: z
		.array(z.uuid({ message: 'roadmap_error_stakeholder' }))
		.max(pilotLimits.links)
		.default([])
		.transform(unique),
	/** Catalogue practices by id (ticked boxes) … */
	practiceIds: z
		.array(z.uuid({ message: 'roadmap_error_practice' }))
		.max(pilotLimits.links)
		.default([])
		.transform(unique),
	/** … or by slug (typed, for a catalogue too large to tick). */
	practiceSlugs: z.array(slug.max(120)).max(pilotLimits.links).default([]).transform(unique),
	weakAreas: z.array(weakAreaRef).max(pilotLimits.links).default([])
});
export type PilotFieldsInput = z.input<typeof pilotFields>;
export type PilotFields = z.output<typeof pilotFields>;

/** Form fields whose values repeat (ticked boxes). */
export const pilotArrayFields = [
	'dataSteps',
	'stakeholderIds',
	'practiceIds',
	'weakAreas'
] as const;

/** "roundId:dimensionId", the value of a weak area's checkbox. */
export const weakAreaKey = (ref: WeakAreaRef): string => `${ref.roundId}:${ref.dimensionId}`;

const weakAreaFromKey = z.string().transform((value, context) => {
	const [roundId = '', dimensionId = ''] = value.split(':');
	const parsed = weakAreaRef.safeParse({ roundId, dimensionId });
	if (!parsed.success) {
		context.addIssue({ code: 'custom', message: 'roadmap_error_weak_area' });
		return z.NEVER;
	}
	return parsed.data;
});

/** Practice slugs typed in one field, separated by commas, spaces or new lines. */
const slugList = z
	.string()
	.max(4_000)
	.default('')
	.transform((value) =>
		value
			.split(/[\s,;]+/)
			.map((part) => part.trim().toLowerCase())
			.filter(Boolean)
	)
	.pipe(z.array(slug.max(120)).max(pilotLimits.links));

/**
 * A district or neighbourhood, a service or procedure needs its name (field → message id).
 * The use cases check it; the forms too, so that the message comes with the others.
 */
export function missingNames(fields: {
	areaLevel: string;
	areaName: string;
	sectorLevel: string;
	sectorName: string;
}): Record<string, string> {
	const errors: Record<string, string> = {};
	if (fields.areaLevel !== 'city' && fields.areaName === '') {
		errors.areaName = 'roadmap_error_area_name';
	}
	if (fields.sectorLevel !== 'administration' && fields.sectorName === '') {
		errors.sectorName = 'roadmap_error_sector_name';
	}
	return errors;
}

const formFields = pilotFields.extend({
	weakAreas: z.array(weakAreaFromKey).max(pilotLimits.links).default([]),
	practiceSlugs: slugList.transform(unique)
});

/** Reports the missing names with the other fields' problems, not after them. */
const withNames = <S extends typeof formFields>(schema: S) =>
	schema.superRefine((fields, context) => {
		for (const [field, message] of Object.entries(missingNames(fields))) {
			context.addIssue({ code: 'custom', path: [field], message });
		}
	});

/** The scoping form: the same fields, with weak areas as keys and slugs as one text. */
export const pilotForm = withNames(formFields);

/** The edit form also sends the version it started from. */
export const versionField = z.coerce.number().int().min(1);
export const pilotEditForm = withNames(formFields.extend({ version: versionField }));
