import { contentLocale } from '$lib/server/modules/guide/locale';
import { getTerritory } from '$lib/server/modules/territories/get-territory';
import { listWorksheets } from '$lib/server/modules/worksheets/list-worksheets';
import { canWorksheet } from '$lib/server/modules/worksheets/policy';
import { canRound } from '$lib/server/modules/diagnose/policy';
import { canPlan } from '$lib/server/modules/roadmap/plan-policy';
import { useCaseContext } from '$lib/server/platform/http/context';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import type { PageServerLoad } from './$types';

const notices = ['created', 'updated', 'left', 'joined'] as const;
type Notice = (typeof notices)[number];
const asNotice = (value: string | null): Notice | null =>
	notices.find((notice) => notice === value) ?? null;

export const load: PageServerLoad = async (event) => {
	try {
		const ctx = useCaseContext(event);
		const details = await getTerritory(ctx, { slug: event.params.slug });
		const { territory } = details;
		// Worksheet progress is private to the territory's members, like the worksheets.
		const progress = canWorksheet(ctx.actor, 'worksheet.view', details.standing)
			? (await listWorksheets(ctx, { slug: territory.slug, locale: contentLocale() })).methods.map(
					(method) => ({
						methodId: method.methodId,
						title: method.title,
						tracks: method.tracks.map(({ trackId, title, answered, total }) => ({
							trackId,
							title,
							answered,
							total
						}))
					})
				)
			: null;
		return {
			territory: {
				slug: territory.slug,
				name: territory.name,
				kind: territory.kind,
				country: territory.country,
				population: territory.population,
				languages: territory.languages
			},
			parent: details.parent,
			children: details.children,
			role: details.standing.role,
			allowed: details.allowed,
			notice: asNotice(event.url.searchParams.get('notice')),
			progress,
			// Rounds are for the territory's own members: its parents see only shared scores.
			canViewRounds: canRound(ctx.actor, 'round.view', details.standing),
			canViewRisks: canPlan(ctx.actor, 'plan.view', details.standing),
			canViewIndicators: canPlan(ctx.actor, 'plan.view', details.standing)
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
