import { fail, redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { getIndicator } from '$lib/server/modules/indicators/get-indicator';
import {
	importMeasurements,
	MeasurementFileError
} from '$lib/server/modules/indicators/import-measurements';
import { maxMeasurementFileBytes } from '$lib/server/modules/indicators/measurement-csv';
import { forbidden } from '$lib/server/platform/errors';
import { useCaseContext } from '$lib/server/platform/http/context';
import { failFromError } from '$lib/server/platform/http/form';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import { translate } from '$lib/server/platform/i18n/messages';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	signInRequired(event);
	try {
		const details = await getIndicator(useCaseContext(event), {
			slug: event.params.slug,
			indicatorId: event.params.indicatorId
		});
		if (!details.canEdit) {
			throw forbidden();
		}
		return {
			territory: { slug: details.territory.slug, name: details.territory.name },
			indicator: {
				id: details.indicator.id,
				title: details.indicator.title,
				unit: details.indicator.unit,
				valueKind: details.indicator.valueKind
			},
			maxKb: maxMeasurementFileBytes / 1024
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	default: async (event) => {
		signInRequired(event);
		const formData = await event.request.formData();
		const file = formData.get('file');
		if (!(file instanceof File) || file.size === 0) {
			return fail(400, {
				values: {},
				errors: { file: translate('indicators_import_choose') },
				message: translate('error_validation')
			});
		}
		let counts: { added: number; corrected: number; unchanged: number };
		try {
			counts = await importMeasurements(useCaseContext(event), {
				slug: event.params.slug,
				indicatorId: event.params.indicatorId,
				bytes: new Uint8Array(await file.arrayBuffer())
			});
		} catch (error) {
			if (error instanceof MeasurementFileError) {
				return fail(400, {
					values: {},
					errors: { file: translate('indicators_import_invalid') },
					message: translate('indicators_import_invalid'),
					problems: error.problems.map((problem) => ({
						row: problem.row,
						column: problem.column,
						text: translate(problem.code)
					}))
				});
			}
			return failFromError(error, {});
		}
		const query = new URLSearchParams({
			notice: 'imported',
			added: String(counts.added),
			corrected: String(counts.corrected),
			unchanged: String(counts.unchanged)
		});
		redirect(
			303,
			localizeHref(
				`/territories/${event.params.slug}/indicators/${event.params.indicatorId}?${query}#history`
			)
		);
	}
};
