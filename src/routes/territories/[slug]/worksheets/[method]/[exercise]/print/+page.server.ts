import { contentLocale } from '$lib/server/modules/guide/locale';
import { displayAnswer, displayCell } from '$lib/server/modules/worksheets/display';
import { getWorksheet } from '$lib/server/modules/worksheets/get-worksheet';
import { useCaseContext } from '$lib/server/platform/http/context';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import type { PageServerLoad } from './$types';

/** A printable worksheet: the questions and the answers, or blank lines with `?blank=1`. */
export const load: PageServerLoad = async (event) => {
	signInRequired(event);
	try {
		const locale = contentLocale();
		const worksheet = await getWorksheet(useCaseContext(event), {
			slug: event.params.slug,
			methodId: event.params.method,
			exerciseId: event.params.exercise
		});
		const blank = event.url.searchParams.get('blank') === '1';
		return {
			territory: { slug: worksheet.territory.slug, name: worksheet.territory.name },
			method: { id: worksheet.method.id, title: worksheet.method.title[locale] },
			step: worksheet.step.title[locale],
			title: worksheet.exercise.title[locale],
			blank,
			version: worksheet.version,
			updatedAt: worksheet.updatedAt?.toISOString() ?? null,
			fields: worksheet.exercise.fields.map((field) => ({
				id: field.id,
				label: field.label[locale],
				options: 'options' in field ? field.options.map((option) => option.label[locale]) : [],
				columns: field.type === 'rows' ? field.columns.map((column) => column.label[locale]) : [],
				rows:
					field.type === 'rows' && !blank
						? (
								(worksheet.answers[field.id] as Record<string, string | number>[] | undefined) ?? []
							).map((row) =>
								field.columns.map((column) => displayCell(column, row[column.id], locale))
							)
						: [],
				answer:
					blank || field.type === 'rows'
						? ''
						: displayAnswer(field, worksheet.answers[field.id], locale)
			}))
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
