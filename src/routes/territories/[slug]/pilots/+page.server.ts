import { listPilotActions } from '$lib/server/modules/roadmap/list-pilot-actions';
import { useCaseContext } from '$lib/server/platform/http/context';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	signInRequired(event);
	try {
		const { territory, pilots, canCreate } = await listPilotActions(useCaseContext(event), {
			slug: event.params.slug
		});
		return {
			territory: { slug: territory.slug, name: territory.name },
			canCreate,
			deleted: event.url.searchParams.get('notice') === 'deleted',
			pilots: pilots.map((pilot) => ({
				id: pilot.id,
				title: pilot.title,
				status: pilot.status,
				areaLevel: pilot.areaLevel,
				areaName: pilot.areaName,
				updatedAt: pilot.updatedAt.toISOString()
			}))
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
