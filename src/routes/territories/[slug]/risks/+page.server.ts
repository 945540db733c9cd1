import { contentLocale } from '$lib/server/modules/guide/locale';
import { heatMatrix } from '$lib/server/modules/risks/heat-matrix';
import { listRisks } from '$lib/server/modules/risks/list-risks';
import {
	countsByMacroChallenge,
	isOpen,
	riskItemView
} from '$lib/server/modules/risks/risk-page-view';
import { useCaseContext } from '$lib/server/platform/http/context';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import type { PageServerLoad } from './$types';

const notices = ['deleted'] as const;

export const load: PageServerLoad = async (event) => {
	signInRequired(event);
	const query = event.url.searchParams;
	const locale = contentLocale();
	// A malformed id is not found, like an unknown one: the use case answers 404.
	const solutionId = query.get('solution') ?? undefined;
	const pilotActionId = query.get('pilot') ?? undefined;
	const scores = query.get('scores') === 'residual' ? 'residual' : 'inherent';
	try {
		const list = await listRisks(useCaseContext(event), {
			slug: event.params.slug,
			solutionId,
			pilotActionId,
			locale
		});
		const items = list.risks.map(riskItemView);
		// A subject's register shows every risk still of concern; the territory-wide view
		// places only the open ones on its matrix.
		const onMatrix = list.risks.filter((item) =>
			list.subject ? item.risk.state !== 'closed' : isOpen(item.risk.state)
		);
		return {
			territory: { slug: list.territory.slug, name: list.territory.name },
			subject: list.subject,
			items: list.subject ? items : items.filter((item) => isOpen(item.state)),
			byMacro: list.subject ? [] : countsByMacroChallenge(items, locale),
			matrix: heatMatrix(
				onMatrix.map((item) => item.risk),
				scores
			),
			canEdit: list.canEdit,
			notice: notices.find((n) => n === query.get('notice')) ?? null
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
