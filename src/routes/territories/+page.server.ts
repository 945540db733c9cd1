import {
	listTerritories,
	listTerritoriesInput
} from '$lib/server/modules/territories/list-territories';
import { useCaseContext } from '$lib/server/platform/http/context';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const parsed = listTerritoriesInput.safeParse(Object.fromEntries(event.url.searchParams));
	// A malformed page number or query is ignored rather than refused: this is a list.
	const input = parsed.success ? parsed.data : {};
	const list = await listTerritories(useCaseContext(event), input);
	const row = (t: (typeof list.territories)[number]) => ({
		slug: t.slug,
		name: t.name,
		kind: t.kind,
		country: t.country
	});
	return {
		q: parsed.success ? (parsed.data.q ?? '') : '',
		page: list.page,
		hasMore: list.hasMore,
		territories: list.territories.map(row),
		mine: list.mine.map((entry) => ({ ...row(entry.territory), role: entry.role })),
		signedIn: event.locals.actor.kind === 'user'
	};
};
