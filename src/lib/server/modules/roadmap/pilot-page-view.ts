import { fail, type ActionFailure } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';
import type { FormFailure, FormValues } from '../../platform/http/form';
import { formatDay } from '../diagnose/round-view';
import type { ContentLocale } from '../guide/content-schema';
import type { LinkedPractice, PilotView } from './get-pilot-action';
import { weakAreaKey, type WeakAreaRef } from './pilot-input';
import type { PilotFormOptions } from './pilot-form-options';
import { dataSteps, type DataStep } from './vocabulary';

const isDataStep = (value: string): value is DataStep =>
	(dataSteps as readonly string[]).includes(value);

type Choice = { value: string; label: string };

/** What the scoping form offers, ready for the page (plain, serialisable values). */
export interface PilotChoices {
	stakeholders: Choice[];
	rounds: { roundId: string; legend: string; areas: Choice[] }[];
	recommended: (Choice & { summary: string; answers: string; forFocus: boolean; href: string })[];
	/** Other practices to tick: the whole catalogue while small, else those already linked. */
	others: (Choice & { href: string })[];
	catalogueListed: boolean;
}

const practiceHref = (slug: string) => localizeHref(`/practices/${slug}`);

export function pilotChoices(
	options: PilotFormOptions,
	locale: ContentLocale,
	linked: LinkedPractice[] = []
): PilotChoices {
	const recommendedIds = new Set(options.recommended.map((p) => p.id));
	const others = (options.catalogue ?? linked).filter((p) => !recommendedIds.has(p.id));
	return {
		stakeholders: options.stakeholders.map((s) => ({ value: s.id, label: s.name })),
		rounds: options.rounds.map((round) => ({
			roundId: round.roundId,
			legend: m.roadmap_round_label(
				{
					assessment: round.assessmentTitle,
					start: formatDay(round.periodStart, locale),
					end: formatDay(round.periodEnd, locale)
				},
				{ locale }
			),
			areas: round.weakAreas.map((area) => ({
				value: weakAreaKey(area),
				label: m.roadmap_weak_area_label(
					{ dimension: area.dimensionTitle, level: area.level ?? '—' },
					{ locale }
				)
			}))
		})),
		recommended: options.recommended.map((p) => ({
			value: p.id,
			label: p.title,
			summary: p.summary,
			answers: m.roadmap_recommended_answers({ areas: p.answers.join(', ') }, { locale }),
			forFocus: p.forFocus,
			href: practiceHref(p.slug)
		})),
		others: others.map((p) => ({ value: p.id, label: p.title, href: practiceHref(p.slug) })),
		catalogueListed: options.catalogue !== null
	};
}

/** The form's values for an existing pilot action. */
export function initialValues(view: PilotView): FormValues {
	const { pilot } = view;
	return {
		title: pilot.title,
		summary: pilot.summary,
		areaLevel: pilot.areaLevel,
		areaName: pilot.areaName,
		sectorLevel: pilot.sectorLevel,
		sectorName: pilot.sectorName,
		amplitude: pilot.amplitude,
		lever: pilot.lever,
		tool: pilot.tool,
		dataSteps: pilot.dataSteps,
		targetUsers: pilot.targetUsers,
		obstacles: pilot.obstacles,
		scalingConditions: pilot.scalingConditions,
		stakeholderIds: view.stakeholders.map((s) => s.id),
		practiceIds: view.practices.map((p) => p.id),
		practiceSlugs: '',
		weakAreas: view.weakAreas.map(weakAreaKey)
	};
}

/** A new pilot action opened from a weak area starts with that weak area ticked. */
export function prefillValues(focus: WeakAreaRef | null): FormValues {
	return focus ? { weakAreas: [weakAreaKey(focus)] } : {};
}

/** `?round=…&dimension=…` of the address, when both are there. */
export function focusFrom(url: URL): WeakAreaRef | null {
	const roundId = url.searchParams.get('round');
	const dimensionId = url.searchParams.get('dimension');
	return roundId && dimensionId ? { roundId, dimensionId } : null;
}

/**
 * A failure with each message on its field: zod names a ticked box's error after its
 * position (`dataSteps.1`), the form shows it on the group.
 */
export function onFields(failure: ActionFailure<FormFailure>): ActionFailure<FormFailure> {
	const errors: Record<string, string> = {};
	for (const [field, text] of Object.entries(failure.data.errors)) {
		errors[field.split('.')[0] ?? field] ??= text;
	}
	return fail(failure.status, { ...failure.data, errors });
}

/** What the pilot action's page and the edit conflict show, as plain values. */
export function pilotPageView(view: PilotView, locale: ContentLocale) {
	const { pilot, territory } = view;
	return {
		pilot: {
			id: pilot.id,
			title: pilot.title,
			summary: pilot.summary,
			status: pilot.status,
			lessons: pilot.lessons,
			version: pilot.version,
			updatedAt: pilot.updatedAt.toISOString(),
			scope: {
				areaLevel: pilot.areaLevel,
				areaName: pilot.areaName,
				sectorLevel: pilot.sectorLevel,
				sectorName: pilot.sectorName,
				amplitude: pilot.amplitude,
				lever: pilot.lever,
				tool: pilot.tool,
				dataSteps: pilot.dataSteps.filter(isDataStep),
				targetUsers: pilot.targetUsers,
				obstacles: pilot.obstacles,
				scalingConditions: pilot.scalingConditions
			}
		},
		stakeholders: view.stakeholders.map((s) => s.name),
		practices: view.practices.map((p) => ({ title: p.title, href: practiceHref(p.slug) })),
		weakAreas: view.weakAreas.map((area) => ({
			key: weakAreaKey(area),
			label: `${m.roadmap_weak_area_label(
				{ dimension: area.dimensionTitle, level: area.level ?? '—' },
				{ locale }
			)} — ${m.roadmap_round_label(
				{
					assessment: area.assessmentTitle,
					start: formatDay(area.periodStart, locale),
					end: formatDay(area.periodEnd, locale)
				},
				{ locale }
			)}`,
			href: localizeHref(`/territories/${territory.slug}/assessments/${area.roundId}`)
		}))
	};
}

/** What the edit page shows when someone saved in between. */
export type PilotConflict = ReturnType<typeof pilotPageView>;
