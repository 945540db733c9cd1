import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { assessmentContent } from '$lib/server/modules/diagnose/content';
import { listRounds } from '$lib/server/modules/diagnose/get-round';
import { openRound, openRoundFields } from '$lib/server/modules/diagnose/open-round';
import { formatDay } from '$lib/server/modules/diagnose/round-view';
import { getScoreSharing } from '$lib/server/modules/diagnose/get-score-sharing';
import {
	scoreSharingFields,
	setScoreSharing
} from '$lib/server/modules/diagnose/set-score-sharing';
import { contentLocale } from '$lib/server/modules/guide/locale';
import { getTerritory } from '$lib/server/modules/territories/get-territory';
import { useCaseContext } from '$lib/server/platform/http/context';
import { failFromError, parseForm } from '$lib/server/platform/http/form';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	signInRequired(event);
	const ctx = useCaseContext(event);
	try {
		const locale = contentLocale();
		const { territory, parent, children } = await getTerritory(ctx, { slug: event.params.slug });
		const { rounds, canManage } = await listRounds(ctx, event.params.slug);
		const sharing = await getScoreSharing(ctx, event.params.slug);
		const titles = new Map(assessmentContent().map((a) => [a.id, a.title[locale]]));
		const closedRounds = rounds
			.filter(({ round }) => round.status === 'closed')
			.map(({ round }) => ({
				value: round.id,
				label: `${titles.get(round.assessmentId) ?? round.assessmentId} · ${formatDay(round.periodStart, locale)} – ${formatDay(round.periodEnd, locale)}`
			}));
		return {
			territory: { slug: territory.slug, name: territory.name },
			parentName: parent?.name ?? null,
			hasMembers: children.length > 0,
			sharing,
			notice: event.url.searchParams.get('notice') === 'shared' ? 'shared' : null,
			closedRounds,
			canManage,
			assessments: assessmentContent().map((a) => ({ value: a.id, label: a.title[locale] })),
			rounds: rounds.map(({ round, responses }) => ({
				id: round.id,
				title: titles.get(round.assessmentId) ?? round.assessmentId,
				periodStart: formatDay(round.periodStart, locale),
				periodEnd: formatDay(round.periodEnd, locale),
				status: round.status,
				responses,
				overall: round.results?.overall ?? null,
				level: round.results?.level ?? null
			}))
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	share: async (event) => {
		signInRequired(event);
		const parsed = await parseForm(event.request, scoreSharingFields);
		if (!parsed.ok) {
			return parsed.failure;
		}
		try {
			await setScoreSharing(useCaseContext(event), { ...parsed.data, slug: event.params.slug });
		} catch (error) {
			return failFromError(error, parsed.values);
		}
		redirect(
			303,
			localizeHref(`/territories/${event.params.slug}/assessments?notice=shared#sharing`)
		);
	},
	open: async (event) => {
		signInRequired(event);
		const parsed = await parseForm(event.request, openRoundFields);
		if (!parsed.ok) {
			return parsed.failure;
		}
		let roundId: string;
		try {
			const round = await openRound(useCaseContext(event), {
				...parsed.data,
				slug: event.params.slug
			});
			roundId = round.id;
		} catch (error) {
			return failFromError(error, parsed.values);
		}
		redirect(303, localizeHref(`/territories/${event.params.slug}/assessments/${roundId}`));
	}
};
