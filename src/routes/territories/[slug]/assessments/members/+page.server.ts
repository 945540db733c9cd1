import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { assessmentContent } from '$lib/server/modules/diagnose/content';
import { listMemberScores } from '$lib/server/modules/diagnose/list-member-scores';
import { openMemberRounds } from '$lib/server/modules/diagnose/open-member-rounds';
import { openRoundFields } from '$lib/server/modules/diagnose/open-round';
import { formatDay } from '$lib/server/modules/diagnose/round-view';
import { contentLocale } from '$lib/server/modules/guide/locale';
import { useCaseContext } from '$lib/server/platform/http/context';
import { failFromError, parseForm } from '$lib/server/platform/http/form';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import type { Actions, PageServerLoad } from './$types';

/** The assessment asked for, or the first one (an unknown id shows the first, with the picker). */
function chosenAssessment(url: URL): string {
	const asked = url.searchParams.get('assessment');
	const all = assessmentContent();
	return all.find((assessment) => assessment.id === asked)?.id ?? all[0]?.id ?? '';
}

export const load: PageServerLoad = async (event) => {
	signInRequired(event);
	const locale = contentLocale();
	try {
		const view = await listMemberScores(useCaseContext(event), {
			slug: event.params.slug,
			assessmentId: chosenAssessment(event.url)
		});
		const opened = Number(event.url.searchParams.get('opened'));
		return {
			territory: { slug: view.territory.slug, name: view.territory.name },
			assessmentId: view.assessment.id,
			assessmentTitle: view.assessment.title[locale],
			assessments: assessmentContent().map((a) => ({ value: a.id, label: a.title[locale] })),
			dimensions: view.assessment.dimensions.map((d) => ({ id: d.id, title: d.title[locale] })),
			levels: view.assessment.levels.map((l) => ({ level: l.level, title: l.title[locale] })),
			members: view.members.map((member) => ({
				name: member.name,
				slug: member.slug,
				shared: member.shared,
				roundOpen: member.roundOpen,
				latest: member.latest && {
					periodEnd: formatDay(member.latest.periodEnd, locale),
					overall: member.latest.results.overall,
					level: member.latest.results.level,
					dimensions: member.latest.results.dimensions.map((d) => ({
						score: d.score,
						level: d.level
					}))
				}
			})),
			canOpenForMembers: view.canOpenForMembers,
			opened: Number.isInteger(opened) && opened > 0 ? opened : null
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	default: async (event) => {
		signInRequired(event);
		const parsed = await parseForm(event.request, openRoundFields);
		if (!parsed.ok) {
			return parsed.failure;
		}
		let opened: number;
		try {
			const result = await openMemberRounds(useCaseContext(event), {
				...parsed.data,
				slug: event.params.slug
			});
			opened = result.rounds.length;
		} catch (error) {
			return failFromError(error, parsed.values);
		}
		redirect(
			303,
			localizeHref(
				`/territories/${event.params.slug}/assessments/members?assessment=${parsed.data.assessmentId}&opened=${opened}`
			)
		);
	}
};
