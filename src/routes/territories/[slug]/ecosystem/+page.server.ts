import { quadrantOf } from '$lib/ecosystem/quadrant';
import { listStakeholders } from '$lib/server/modules/ecosystem/list-stakeholders';
import {
	categoryLabel,
	categoryOptions,
	labelsOf
} from '$lib/server/modules/ecosystem/stakeholder-view';
import { useCaseContext } from '$lib/server/platform/http/context';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import type { PageServerLoad } from './$types';

const notices = ['deleted', 'imported', 'category_created'] as const;
const count = (value: string | null): number => Math.max(0, Number.parseInt(value ?? '', 10) || 0);

export const load: PageServerLoad = async (event) => {
	signInRequired(event);
	try {
		const params = event.url.searchParams;
		const category = params.get('category') ?? '';
		const list = await listStakeholders(useCaseContext(event), {
			slug: event.params.slug,
			category
		});
		const custom = list.customCategories;
		return {
			territory: { slug: list.territory.slug, name: list.territory.name },
			category,
			categories: categoryOptions(custom),
			canEdit: list.canEdit,
			canManage: list.canManage,
			notice: notices.find((notice) => notice === params.get('notice')) ?? null,
			imported: {
				created: count(params.get('created')),
				updated: count(params.get('updated')),
				unchanged: count(params.get('unchanged'))
			},
			stakeholders: list.stakeholders.map((row, index) => ({
				id: row.id,
				number: index + 1,
				name: row.name,
				category: categoryLabel(row.category, custom),
				influence: row.influence,
				interest: row.interest,
				gains: labelsOf('gain', row.gains),
				resources: labelsOf('resource', row.resources),
				quadrant: quadrantOf(row.influence, row.interest)
			}))
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
