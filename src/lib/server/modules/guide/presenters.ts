import { localizeHref } from '$lib/paraglide/runtime';
import type { ContentLocale } from './content-schema';
import type { Method } from './load-content';
import { markdownToText, renderMarkdown } from './render-markdown';
import { linkResolver, stepPath } from './step-view';

export interface StepSummary {
	id: string;
	number: number;
	title: string;
	href: string;
}

export interface TrackSummary {
	id: string;
	title: string;
	summary: string;
	unit: 'step' | 'pillar' | 'stage';
	steps: StepSummary[];
}

export interface PartSummary {
	id: string | null;
	title: string | null;
	summary: string | null;
	tracks: TrackSummary[];
}

export interface MethodSummary {
	id: string;
	title: string;
	summary: string;
	source: string;
	notice: string | null;
	hasHelp: boolean;
	href: string;
	parts: PartSummary[];
	audiences: { id: string; title: string; summary: string; steps: StepSummary[] }[];
	quizzes: { id: string; title: string; href: string }[];
}

/** A method's table of contents in one language: parts, their tracks, their steps. */
export function presentMethod(method: Method, locale: ContentLocale): MethodSummary {
	const stepSummary = (id: string): StepSummary[] => {
		const step = method.steps.find((candidate) => candidate.id === id);
		return step
			? [
					{
						id: step.id,
						number: step.order,
						title: step.title[locale],
						href: localizeHref(stepPath(method.id, step.id), { locale })
					}
				]
			: [];
	};
	const tracks = method.tracks.map((track) => ({
		part: track.part ?? null,
		summary: {
			id: track.id,
			title: track.title[locale],
			summary: track.summary[locale],
			unit: track.unit,
			steps: track.steps.flatMap((step) => stepSummary(step.id))
		}
	}));
	const partIds = [...new Set(tracks.map((track) => track.part))];
	return {
		id: method.id,
		title: method.title[locale],
		summary: method.summary[locale],
		source: method.source[locale],
		notice: method.notice ? markdownToText(method.notice[locale]) : null,
		hasHelp: method.help !== undefined,
		href: localizeHref(`/guide/${method.id}`, { locale }),
		parts: partIds.map((partId) => {
			const part = method.parts.find((candidate) => candidate.id === partId);
			return {
				id: partId,
				title: part?.title[locale] ?? null,
				summary: part?.summary[locale] ?? null,
				tracks: tracks.filter((track) => track.part === partId).map((track) => track.summary)
			};
		}),
		audiences: method.audiences.map((audience) => ({
			id: audience.id,
			title: audience.title[locale],
			summary: audience.summary[locale],
			steps: audience.steps.flatMap(stepSummary)
		})),
		quizzes: method.quizzes.map((quiz) => ({
			id: quiz.id,
			title: quiz.title[locale],
			href: localizeHref(`/guide/${method.id}/quizzes/${quiz.id}`, { locale })
		}))
	};
}

/** The method's page on where to get help, rendered. */
export function helpHtml(method: Method, locale: ContentLocale): string | null {
	return method.help ? renderMarkdown(method.help[locale], linkResolver(method, locale)) : null;
}
