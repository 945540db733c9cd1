import { contentLocale } from '$lib/server/modules/guide/locale';
import { getWorksheet } from '$lib/server/modules/worksheets/get-worksheet';
import {
	compareWorksheetVersions,
	listWorksheetVersions
} from '$lib/server/modules/worksheets/list-worksheet-versions';
import { useCaseContext } from '$lib/server/platform/http/context';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import type { PageServerLoad } from './$types';

const versionParam = (value: string | null): number | null =>
	value !== null && /^\d{1,6}$/.test(value) ? Number(value) : null;

/** The versions of a worksheet, and what changed between two of them (`?from=&to=`). */
export const load: PageServerLoad = async (event) => {
	signInRequired(event);
	const address = {
		slug: event.params.slug,
		methodId: event.params.method,
		exerciseId: event.params.exercise
	};
	try {
		const locale = contentLocale();
		const ctx = useCaseContext(event);
		const worksheet = await getWorksheet(ctx, address);
		const versions = await listWorksheetVersions(ctx, address);
		const latest = versions[0]?.version ?? 0;
		const to = versionParam(event.url.searchParams.get('to')) ?? latest;
		const from = versionParam(event.url.searchParams.get('from')) ?? Math.max(0, to - 1);
		const known = (version: number) => version === 0 || versions.some((v) => v.version === version);
		const changes =
			latest > 0 && known(from) && known(to) && to > 0
				? await compareWorksheetVersions(ctx, { ...address, from, to }, locale)
				: null;
		return {
			territory: { slug: worksheet.territory.slug, name: worksheet.territory.name },
			methodId: worksheet.method.id,
			exercise: { id: worksheet.exercise.id, title: worksheet.exercise.title[locale] },
			versions: versions.map((version) => ({ ...version, at: version.at.toISOString() })),
			from,
			to,
			changes
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
