import { localizeHref } from '$lib/paraglide/runtime';
import { dateFormatter } from '$lib/dates';
import type { Actor } from '../../platform/actor';
import { renderMarkdown } from '../guide/render-markdown';
import { contributionTitle } from './contribution-queries';
import { vocabularyLabel } from './labels';
import type { ContributionView } from './list-contributions';
import { canContribution } from './policy';
import { rubricCriteria, type ReviewScores } from './types';

const noContentLinks = () => null;

/** A contribution's page: its state, what it proposes, its reviews, what the viewer may do. */
export function contributionPageView(view: ContributionView, actor: Actor, locale: 'en' | 'fr') {
	const { contribution, practice } = view;
	const date = dateFormatter(locale, 'date-time');
	const data = contribution.data as Record<string, unknown> & {
		originalLanguage?: string;
		texts?: Record<string, { summary?: string; body?: string }>;
		adapted?: string;
		results?: string;
	};
	const texts = data.originalLanguage ? data.texts?.[data.originalLanguage] : undefined;
	return {
		id: contribution.id,
		kind: contribution.kind,
		kindLabel: vocabularyLabel('kind', contribution.kind),
		status: contribution.status,
		statusLabel: vocabularyLabel('status', contribution.status),
		version: contribution.version,
		title:
			contributionTitle(contribution) ??
			(practice?.texts[locale] ?? practice?.texts.en)?.title ??
			vocabularyLabel('kind', contribution.kind),
		author: contribution.authorName,
		speakingFor: vocabularyLabel('speaking_for', contribution.speakingFor),
		organisation: contribution.organisationName,
		territory: view.territory?.name ?? null,
		updated: date.format(contribution.updatedAt),
		submitted: contribution.submittedAt ? date.format(contribution.submittedAt) : null,
		practice: practice
			? {
					href: localizeHref(`/practices/${practice.slug}`),
					title: (practice.texts[locale] ?? practice.texts.en)?.title ?? practice.slug
				}
			: null,
		languages: Object.keys(data.texts ?? {}),
		preview: {
			summary: texts?.summary ?? null,
			bodyHtml: texts?.body
				? renderMarkdown(texts.body, noContentLinks, { contributed: true })
				: null,
			adaptedHtml: data.adapted
				? renderMarkdown(data.adapted, noContentLinks, { contributed: true })
				: null,
			resultsHtml: data.results
				? renderMarkdown(data.results, noContentLinks, { contributed: true })
				: null
		},
		reviews: view.reviews.map((review) => ({
			id: review.id,
			reviewer: review.reviewerName,
			decision: vocabularyLabel('decision', review.decision),
			comment: review.comment,
			date: date.format(review.createdAt),
			evidence: review.evidenceLevel ? vocabularyLabel('evidence', review.evidenceLevel) : null,
			scores: rubricCriteria.flatMap((criterion) => {
				const entry = (review.scores as Partial<ReviewScores>)[criterion];
				return entry ? [{ label: vocabularyLabel('criterion', criterion), ...entry }] : [];
			})
		})),
		can: {
			edit: canContribution(actor, contribution, 'edit'),
			review: canContribution(actor, contribution, 'review'),
			startReview:
				canContribution(actor, contribution, 'review') && contribution.status === 'submitted'
		}
	};
}
