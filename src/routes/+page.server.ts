import { listTerritories } from '$lib/server/modules/territories/list-territories';
import { useCaseContext } from '$lib/server/platform/http/context';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { territories } = await listTerritories(useCaseContext(event));
	return { territories: territories.slice(0, 12).map(({ slug, name }) => ({ slug, name })) };
};
