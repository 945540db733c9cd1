import { contentLocale } from '$lib/server/modules/guide/locale';
import { listWorksheets } from '$lib/server/modules/worksheets/list-worksheets';
import { getTerritory } from '$lib/server/modules/territories/get-territory';
import { useCaseContext } from '$lib/server/platform/http/context';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	signInRequired(event);
	try {
		const ctx = useCaseContext(event);
		const { territory } = await getTerritory(ctx, { slug: event.params.slug });
		const { canSave, methods } = await listWorksheets(ctx, {
			slug: event.params.slug,
			locale: contentLocale()
		});
		return {
			territory: { slug: territory.slug, name: territory.name },
			canSave,
			methods: methods.map((method) => ({
				...method,
				tracks: method.tracks.map((track) => ({
					...track,
					exercises: track.exercises.map((exercise) => ({
						...exercise,
						updatedAt: exercise.updatedAt?.toISOString() ?? null
					}))
				}))
			}))
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
