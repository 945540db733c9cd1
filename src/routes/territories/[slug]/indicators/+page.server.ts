import { summaryView } from '$lib/server/modules/indicators/indicator-view';
import { listIndicators } from '$lib/server/modules/indicators/list-indicators';
import { useCaseContext } from '$lib/server/platform/http/context';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import type { PageServerLoad } from './$types';

const notices = ['deleted'] as const;

export const load: PageServerLoad = async (event) => {
	signInRequired(event);
	try {
		const query = event.url.searchParams;
		const list = await listIndicators(useCaseContext(event), {
			slug: event.params.slug,
			solutionId: query.get('solution') ?? undefined,
			pilotActionId: query.get('pilot') ?? undefined
		});
		return {
			territory: { slug: list.territory.slug, name: list.territory.name },
			subject: list.subject,
			indicators: list.indicators.map(summaryView),
			aboveAdvice: list.aboveAdvice,
			canEdit: list.canEdit,
			notice: notices.find((n) => n === query.get('notice')) ?? null
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
