import { compareRounds } from '$lib/server/modules/diagnose/compare-rounds';
import { formatDay } from '$lib/server/modules/diagnose/round-view';
import { contentLocale } from '$lib/server/modules/guide/locale';
import { getTerritory } from '$lib/server/modules/territories/get-territory';
import { AppError } from '$lib/server/platform/errors';
import { useCaseContext } from '$lib/server/platform/http/context';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import { translate } from '$lib/server/platform/i18n/messages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	signInRequired(event);
	const ctx = useCaseContext(event);
	const locale = contentLocale();
	try {
		const { territory } = await getTerritory(ctx, { slug: event.params.slug });
		const base = { territory: { slug: territory.slug, name: territory.name } };
		try {
			const comparison = await compareRounds(ctx, {
				slug: event.params.slug,
				from: event.url.searchParams.get('from') ?? '',
				to: event.url.searchParams.get('to') ?? ''
			});
			const { assessment } = comparison;
			const periodOf = (round: { periodStart: string; periodEnd: string }) => ({
				start: formatDay(round.periodStart, locale),
				end: formatDay(round.periodEnd, locale)
			});
			return {
				...base,
				problem: null,
				comparison: {
					title: assessment.title[locale],
					from: periodOf(comparison.from),
					to: periodOf(comparison.to),
					overall: comparison.overall,
					dimensions: comparison.dimensions.map((change) => ({
						...change,
						title:
							assessment.dimensions.find((d) => d.id === change.dimensionId)?.title[locale] ??
							change.dimensionId
					}))
				}
			};
		} catch (caught) {
			// A pair that cannot be compared is explained on the page, not as an error page.
			if (caught instanceof AppError && caught.status === 400) {
				const [field] = Object.values(caught.fields ?? {});
				return { ...base, problem: translate(field ?? caught.messageKey), comparison: null };
			}
			throw caught;
		}
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
