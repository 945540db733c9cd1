import {
	compareWithPeers,
	minimumPeers,
	peerGroups
} from '$lib/server/modules/diagnose/compare-with-peers';
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
	const group = event.url.searchParams.get('group') ?? 'kind';
	try {
		const { territory } = await getTerritory(ctx, { slug: event.params.slug });
		const base = {
			territory: { slug: territory.slug, name: territory.name },
			roundId: event.params.roundId,
			group,
			groups: [...peerGroups],
			minimumPeers
		};
		try {
			const comparison = await compareWithPeers(ctx, {
				slug: event.params.slug,
				roundId: event.params.roundId,
				group
			});
			const { assessment } = comparison;
			const titleOf = (id: string) =>
				assessment.dimensions.find((d) => d.id === id)?.title[locale] ?? id;
			return {
				...base,
				problem: null,
				comparison: {
					title: assessment.title[locale],
					period: {
						start: formatDay(comparison.round.periodStart, locale),
						end: formatDay(comparison.round.periodEnd, locale)
					},
					peerCount: comparison.peerCount,
					reason: comparison.reason,
					own: comparison.round.results?.overall ?? null,
					overall: comparison.overall,
					dimensions:
						comparison.dimensions?.map((d) => ({ ...d, title: titleOf(d.dimensionId) })) ?? null,
					dimensionTitles: assessment.dimensions.map((d) => ({ id: d.id, title: d.title[locale] })),
					named: comparison.named.map((peer) => ({
						name: peer.name,
						periodEnd: formatDay(peer.periodEnd, locale),
						overall: peer.results.overall,
						scores: Object.fromEntries(peer.results.dimensions.map((d) => [d.dimensionId, d.score]))
					}))
				}
			};
		} catch (caught) {
			// A comparison that cannot be made is explained on the page, by the field.
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
