import { m } from '$lib/paraglide/messages';

/** Readable names of the roadmap's vocabularies, in the reader's language. */
export const stageLabels: Record<string, () => string> = {
	preparation: m.plan_stage_preparation,
	ambition: m.plan_stage_ambition,
	implementation: m.plan_stage_implementation,
	review: m.plan_stage_review
};

export const solutionStatusLabels: Record<string, () => string> = {
	planned: m.plan_status_planned,
	'in-progress': m.plan_status_in_progress,
	'on-hold': m.plan_status_on_hold,
	done: m.plan_status_done,
	cancelled: m.plan_status_cancelled
};

export const milestoneStatusLabels: Record<string, () => string> = {
	'not-started': m.plan_milestone_not_started,
	'in-progress': m.plan_milestone_in_progress,
	done: m.plan_milestone_done,
	cancelled: m.plan_milestone_cancelled
};

export const options = (labels: Record<string, () => string>) =>
	Object.entries(labels).map(([value, label]) => ({ value, label: label() }));

export const progressText = (value: number | null): string =>
	value === null ? m.plan_progress_none() : m.plan_progress_value({ value });

/** An ISO day ("2026-03-31") in the reader's locale. */
export const formatDay = (format: Intl.DateTimeFormat, iso: string | null): string =>
	iso ? format.format(new Date(`${iso}T00:00:00Z`)) : '';
