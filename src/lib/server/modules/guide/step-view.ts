import { localizeHref } from '$lib/paraglide/runtime';
import { notFound } from '../../platform/errors';
import type { Block, ContentLocale, Exercise, Localized } from './content-schema';
import { guideContent } from './content';
import { linkTerms, termLinks, type TermLink } from './glossary-links';
import type { Method, Step, Term, Track } from './load-content';
import { markdownToText, renderMarkdown, type ResolveLink } from './render-markdown';

export type BlockView =
	| { type: 'text'; title: string | null; html: string }
	| { type: 'key-questions'; title: string; intro: string | null; questions: string[] }
	| { type: 'suggestion'; title: string; html: string }
	| {
			type: 'initiative';
			title: string;
			place: string;
			html: string;
			lessons: string | null;
			links: string[];
	  }
	| { type: 'exercise'; id: string; title: string; instructions: string | null; fields: string[] };

export interface StepLink {
	id: string;
	title: string;
	href: string;
}

export interface StepView {
	methodId: string;
	id: string;
	trackId: string;
	unit: Track['unit'];
	number: number;
	title: string;
	goal: string;
	duration: string | null;
	blocks: BlockView[];
	previous: StepLink | null;
	next: StepLink | null;
}

export const stepPath = (methodId: string, stepId: string): string =>
	`/guide/${methodId}/${stepId}`;

export const glossaryPath = (locale: ContentLocale, termId: string): string =>
	`${localizeHref('/guide/glossary', { locale })}#term-${termId}`;

export function methodOrNotFound(methodId: string): Method {
	const method = guideContent().methods.find((candidate) => candidate.id === methodId);
	if (!method) {
		throw notFound();
	}
	return method;
}

export function exerciseOrNotFound(methodId: string, exerciseId: string): Exercise {
	const found = methodOrNotFound(methodId).exercises.get(exerciseId);
	if (!found) {
		throw notFound();
	}
	return found.exercise;
}

export function stepOrNotFound(method: Method, stepId: string): { step: Step; track: Track } {
	for (const track of method.tracks) {
		const step = track.steps.find((candidate) => candidate.id === stepId);
		if (step) {
			return { step, track };
		}
	}
	throw notFound();
}

export function allTerms(): Term[] {
	return guideContent().methods.flatMap((method) => method.terms);
}

const linkCache = new Map<ContentLocale, TermLink[]>();

function glossaryLinks(locale: ContentLocale): TermLink[] {
	let links = linkCache.get(locale);
	if (!links) {
		links = termLinks(
			allTerms(),
			locale,
			(term) => glossaryPath(locale, term.id),
			(term) => markdownToText(term.definition[locale])
		);
		linkCache.set(locale, links);
	}
	return links;
}

export function linkResolver(method: Method, locale: ContentLocale): ResolveLink {
	return (kind, target) => {
		if (kind === 'term') {
			return glossaryPath(locale, target);
		}
		const [methodId, stepId] = target.includes('/') ? target.split('/') : [method.id, target];
		return localizeHref(stepPath(methodId ?? method.id, stepId ?? ''), { locale });
	};
}

/** Renders the Markdown of one text, linking glossary terms not yet linked on the page. */
function htmlOf(method: Method, locale: ContentLocale, linked: Set<string>) {
	const resolve = linkResolver(method, locale);
	return (text: Localized): string =>
		linkTerms(renderMarkdown(text[locale], resolve), glossaryLinks(locale), linked);
}

export function exerciseFieldLabels(exercise: Exercise, locale: ContentLocale): string[] {
	return exercise.fields.map((field) => field.label[locale]);
}

function blockView(
	block: Block,
	locale: ContentLocale,
	html: (text: Localized) => string
): BlockView {
	switch (block.type) {
		case 'text':
			return { type: 'text', title: block.title?.[locale] ?? null, html: html(block.body) };
		case 'key-questions':
			return {
				type: 'key-questions',
				title: block.title[locale],
				intro: block.intro ? html(block.intro) : null,
				questions: block.questions.map(html)
			};
		case 'suggestion':
			return { type: 'suggestion', title: block.title[locale], html: html(block.body) };
		case 'initiative':
			return {
				type: 'initiative',
				title: block.title[locale],
				place: block.place[locale],
				html: html(block.body),
				lessons: block.lessons ? html(block.lessons) : null,
				links: block.links
			};
		case 'exercise':
			return {
				type: 'exercise',
				id: block.id,
				title: block.title[locale],
				instructions: block.instructions ? html(block.instructions) : null,
				fields: exerciseFieldLabels(block, locale)
			};
	}
}

const viewCache = new Map<string, StepView>();

/** A step ready to render; content never changes while the server runs, so views are cached. */
export function stepView(method: Method, stepId: string, locale: ContentLocale): StepView {
	const key = `${method.id}/${stepId}/${locale}`;
	const cached = viewCache.get(key);
	if (cached) {
		return cached;
	}
	const { step, track } = stepOrNotFound(method, stepId);
	const linked = new Set<string>();
	const html = htmlOf(method, locale, linked);
	const index = method.steps.indexOf(step);
	const link = (other: Step | undefined): StepLink | null =>
		other
			? {
					id: other.id,
					title: other.title[locale],
					href: localizeHref(stepPath(method.id, other.id), { locale })
				}
			: null;
	const view: StepView = {
		methodId: method.id,
		id: step.id,
		trackId: track.id,
		unit: track.unit,
		number: step.order,
		title: step.title[locale],
		goal: html(step.goal),
		duration: step.duration?.[locale] ?? null,
		blocks: step.blocks.map((block) => blockView(block, locale, html)),
		previous: link(method.steps[index - 1]),
		next: link(method.steps[index + 1])
	};
	viewCache.set(key, view);
	return view;
}
