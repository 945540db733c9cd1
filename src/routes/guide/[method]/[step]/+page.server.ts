import { listStepPractices } from '$lib/server/modules/catalogue/list-step-practices';
import { contentLocale } from '$lib/server/modules/guide/locale';
import { presentMethod } from '$lib/server/modules/guide/presenters';
import { methodOrNotFound, stepView } from '$lib/server/modules/guide/step-view';
import { listMyTerritories } from '$lib/server/modules/territories/list-my-territories';
import { useCaseContext } from '$lib/server/platform/http/context';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		const locale = contentLocale();
		const method = methodOrNotFound(event.params.method);
		const step = stepView(method, event.params.step, locale);
		const summary = presentMethod(method, locale);
		return {
			method: {
				id: summary.id,
				title: summary.title,
				notice: summary.notice,
				hasHelp: summary.hasHelp
			},
			track: summary.parts
				.flatMap((part) => part.tracks)
				.find((track) => track.id === step.trackId),
			step,
			// Where the signed-in person may open this step's worksheets.
			territories: await listMyTerritories(useCaseContext(event)),
			practices: await listStepPractices(useCaseContext(event), {
				methodId: method.id,
				stepId: step.id,
				lang: locale
			})
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
