import { getStakeholder } from '$lib/server/modules/ecosystem/get-stakeholder';
import { categoryLabel, labelsOf } from '$lib/server/modules/ecosystem/stakeholder-view';
import { useCaseContext } from '$lib/server/platform/http/context';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import type { PageServerLoad } from './$types';

const notices = ['created', 'updated'] as const;

export const load: PageServerLoad = async (event) => {
	signInRequired(event);
	try {
		const view = await getStakeholder(useCaseContext(event), {
			slug: event.params.slug,
			stakeholderId: event.params.stakeholderId
		});
		const { stakeholder: row } = view;
		return {
			territory: { slug: view.territory.slug, name: view.territory.name },
			stakeholder: {
				id: row.id,
				name: row.name,
				category: categoryLabel(row.category, view.customCategories),
				gains: labelsOf('gain', row.gains),
				gainNote: row.gainNote,
				resources: labelsOf('resource', row.resources),
				resourceNote: row.resourceNote,
				commitments: labelsOf('commitment', row.commitments),
				commitmentNote: row.commitmentNote,
				influence: row.influence,
				interest: row.interest,
				contact: row.contact,
				notes: row.notes
			},
			pilotActions: view.pilotActions,
			canEdit: view.canEdit,
			canManage: view.canManage,
			notice: notices.find((notice) => notice === event.url.searchParams.get('notice')) ?? null
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
