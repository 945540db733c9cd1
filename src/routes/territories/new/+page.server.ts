import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { countryCodes } from '$lib/server/modules/territories/country-codes';
import {
	createTerritory,
	createTerritoryInput
} from '$lib/server/modules/territories/create-territory';
import { listTerritories } from '$lib/server/modules/territories/list-territories';
import type { TerritoryRow } from '$lib/server/modules/territories/queries';
import { useCaseContext } from '$lib/server/platform/http/context';
import { failFromError, parseForm } from '$lib/server/platform/http/form';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	signInRequired(event);
	const { mine } = await listTerritories(useCaseContext(event));
	return {
		countryCodes,
		parents: mine
			.filter((entry) => entry.role === 'owner' || entry.role === 'editor')
			.map((entry) => ({ slug: entry.territory.slug, name: entry.territory.name }))
	};
};

export const actions: Actions = {
	default: async (event) => {
		signInRequired(event);
		const parsed = await parseForm(event.request, createTerritoryInput);
		if (!parsed.ok) {
			return parsed.failure;
		}
		let territory: TerritoryRow;
		try {
			territory = await createTerritory(useCaseContext(event), parsed.data);
		} catch (error) {
			return failFromError(error, parsed.values);
		}
		redirect(303, localizeHref(`/territories/${territory.slug}?notice=created`));
	}
};
