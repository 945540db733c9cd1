import { fail, redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import {
	importStakeholders,
	StakeholderFileError
} from '$lib/server/modules/ecosystem/import-stakeholders';
import { listStakeholders } from '$lib/server/modules/ecosystem/list-stakeholders';
import { csvColumns, maxImportBytes } from '$lib/server/modules/ecosystem/stakeholder-csv';
import {
	commitmentIds,
	gainIds,
	resourceIds,
	standardCategories
} from '$lib/server/modules/ecosystem/vocabulary';
import { forbidden } from '$lib/server/platform/errors';
import { useCaseContext } from '$lib/server/platform/http/context';
import { failFromError } from '$lib/server/platform/http/form';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import { translate } from '$lib/server/platform/i18n/messages';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import type { Actions, PageServerLoad } from './$types';

const lists: Record<string, readonly string[]> = {
	gains: gainIds,
	resources: resourceIds,
	commitments: commitmentIds
};

/** What each column of the file holds, in words, with the keys it accepts. */
function describeColumn(column: string, categoryKeys: readonly string[]): string {
	if (column === 'name') {
		return translate('ecosystem_import_col_name');
	}
	if (column === 'category') {
		return translate('ecosystem_import_col_category', { keys: categoryKeys.join(', ') });
	}
	const list = lists[column];
	if (list) {
		return translate('ecosystem_import_col_list', { keys: list.join(', ') });
	}
	return column === 'influence' || column === 'interest'
		? translate('ecosystem_import_col_scale')
		: translate('ecosystem_import_col_text');
}

export const load: PageServerLoad = async (event) => {
	signInRequired(event);
	try {
		const list = await listStakeholders(useCaseContext(event), { slug: event.params.slug });
		if (!list.canManage) {
			throw forbidden();
		}
		const keys = [...standardCategories, ...list.customCategories.map((c) => c.key)];
		return {
			territory: { slug: list.territory.slug, name: list.territory.name },
			columns: csvColumns.map(([column]) => ({
				column,
				content: describeColumn(column, keys)
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
				errors: { file: translate('ecosystem_import_choose') },
				message: translate('error_validation')
			});
		}
		let counts: { created: number; updated: number; unchanged: number };
		try {
			counts = await importStakeholders(useCaseContext(event), {
				slug: event.params.slug,
				bytes: new Uint8Array(await file.arrayBuffer())
			});
		} catch (error) {
			if (error instanceof StakeholderFileError) {
				return fail(400, {
					values: {},
					errors: { file: translate('ecosystem_import_invalid') },
					message: translate('ecosystem_import_invalid'),
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
		redirect(303, localizeHref(`/territories/${event.params.slug}/ecosystem?${query}`));
	}
};
