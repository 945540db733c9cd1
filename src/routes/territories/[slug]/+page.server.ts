import { getTerritory } from '$lib/server/modules/territories/get-territory';
import { useCaseContext } from '$lib/server/platform/http/context';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import type { PageServerLoad } from './$types';

const notices = ['created', 'updated', 'left', 'joined'] as const;
type Notice = (typeof notices)[number];
const asNotice = (value: string | null): Notice | null =>
	notices.find((notice) => notice === value) ?? null;

export const load: PageServerLoad = async (event) => {
	try {
		const details = await getTerritory(useCaseContext(event), { slug: event.params.slug });
		const { territory } = details;
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
			notice: asNotice(event.url.searchParams.get('notice'))
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
