import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { countryCodes } from '$lib/server/modules/territories/country-codes';
import { getTerritory } from '$lib/server/modules/territories/get-territory';
import { listTerritories } from '$lib/server/modules/territories/list-territories';
import { assertCan } from '$lib/server/modules/territories/policy';
import {
	updateTerritory,
	updateTerritoryInput
} from '$lib/server/modules/territories/update-territory';
import { useCaseContext } from '$lib/server/platform/http/context';
import { failFromError, parseForm } from '$lib/server/platform/http/form';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	signInRequired(event);
	const ctx = useCaseContext(event);
	try {
		const details = await getTerritory(ctx, { slug: event.params.slug });
		assertCan(ctx.actor, 'territory.update', details.standing);
		const { territory } = details;
		const { mine } = await listTerritories(ctx);
		const parents = mine
			.filter((entry) => entry.role === 'owner' || entry.role === 'editor')
			.filter((entry) => entry.territory.id !== territory.id)
			.map((entry) => ({ slug: entry.territory.slug, name: entry.territory.name }));
		if (details.parent && !parents.some((p) => p.slug === details.parent?.slug)) {
			parents.unshift(details.parent);
		}
		return {
			slug: territory.slug,
			name: territory.name,
			countryCodes,
			parents,
			initial: {
				name: territory.name,
				kind: territory.kind,
				country: territory.country,
				population: territory.population === null ? '' : String(territory.population),
				languages: territory.languages.join(', '),
				parent: details.parent?.slug ?? ''
			}
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	default: async (event) => {
		signInRequired(event);
		const parsed = await parseForm(event.request, updateTerritoryInput);
		if (!parsed.ok) {
			return parsed.failure;
		}
		try {
			await updateTerritory(useCaseContext(event), { ...parsed.data, slug: event.params.slug });
		} catch (error) {
			return failFromError(error, parsed.values);
		}
		redirect(303, localizeHref(`/territories/${event.params.slug}?notice=updated`));
	}
};
