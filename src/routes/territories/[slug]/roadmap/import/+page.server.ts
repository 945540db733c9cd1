import { fail, redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { maxImportBytes } from '$lib/server/modules/roadmap/gantt/csv-file';
import { planTerritory } from '$lib/server/modules/roadmap/solution-target';
import {
	importMilestones,
	MilestoneFileError,
	type ImportCounts
} from '$lib/server/modules/roadmap/gantt/import-milestones';
import { milestoneColumns } from '$lib/server/modules/roadmap/gantt/milestones-csv';
import { useCaseContext } from '$lib/server/platform/http/context';
import { failFromError } from '$lib/server/platform/http/form';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import { translate } from '$lib/server/platform/i18n/messages';
import type { Actions, PageServerLoad } from './$types';

const columnHelp: Record<string, string> = {
	solution: 'roadmap_gantt_import_col_solution',
	milestone: 'roadmap_gantt_import_col_milestone',
	planned_start: 'roadmap_gantt_import_col_date',
	planned_end: 'roadmap_gantt_import_col_date',
	actual_start: 'roadmap_gantt_import_col_actual',
	actual_end: 'roadmap_gantt_import_col_actual',
	status: 'roadmap_gantt_import_col_status',
	weight: 'roadmap_gantt_import_col_weight',
	responsible: 'roadmap_gantt_import_col_responsible',
	depends_on: 'roadmap_gantt_import_col_depends'
};

export const load: PageServerLoad = async (event) => {
	signInRequired(event);
	try {
		const { territory } = await planTerritory(
			useCaseContext(event),
			event.params.slug,
			'plan.edit'
		);
		return {
			territory: { slug: territory.slug, name: territory.name },
			columns: milestoneColumns.map((column) => ({
				column,
				content: translate(columnHelp[column] ?? column)
			})),
			maxKb: maxImportBytes / 1024
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
				errors: { file: translate('roadmap_gantt_import_choose') },
				message: translate('error_validation')
			});
		}
		let counts: ImportCounts;
		try {
			counts = await importMilestones(useCaseContext(event), {
				slug: event.params.slug,
				bytes: new Uint8Array(await file.arrayBuffer())
			});
		} catch (error) {
			if (error instanceof MilestoneFileError) {
				return fail(400, {
					values: {},
					errors: { file: translate('roadmap_gantt_import_invalid') },
					message: translate('roadmap_gantt_import_invalid'),
					problems: error.problems.map((problem) => ({
						row: problem.row,
						column: problem.column,
						text: translate(problem.code, problem.params ?? {})
					}))
				});
			}
			return failFromError(error, {});
		}
		const query = new URLSearchParams({
			notice: 'imported',
			created: String(counts.created),
			updated: String(counts.updated),
			unchanged: String(counts.unchanged)
		});
		redirect(303, localizeHref(`/territories/${event.params.slug}/roadmap/gantt?${query}`));
	}
};
