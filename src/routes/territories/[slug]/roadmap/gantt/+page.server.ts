import { ganttScales, type GanttScale } from '$lib/server/modules/roadmap/gantt/gantt-layout';
import { loadGantt } from '$lib/server/modules/roadmap/gantt/load-gantt';
import { useCaseContext } from '$lib/server/platform/http/context';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import type { PageServerLoad } from './$types';

const asScale = (value: string | null): GanttScale =>
	ganttScales.find((scale) => scale === value) ?? 'quarter';

export const load: PageServerLoad = async (event) => {
	signInRequired(event);
	const query = event.url.searchParams;
	const scale = asScale(query.get('scale'));
	const solution = query.get('solution') || undefined;
	try {
		const view = await loadGantt(useCaseContext(event), {
			slug: event.params.slug,
			scale,
			solution
		});
		return {
			...view,
			scale,
			solution: solution ?? '',
			paper: query.get('paper') === 'a3' ? ('a3' as const) : ('a4' as const),
			imported:
				query.get('notice') === 'imported'
					? {
							created: Number(query.get('created')) || 0,
							updated: Number(query.get('updated')) || 0,
							unchanged: Number(query.get('unchanged')) || 0
						}
					: null
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
