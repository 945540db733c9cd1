import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => ({
	viewer:
		locals.actor.kind === 'user'
			? {
					displayName: locals.actor.displayName,
					platformRole: locals.actor.platformRole
				}
			: null
});
