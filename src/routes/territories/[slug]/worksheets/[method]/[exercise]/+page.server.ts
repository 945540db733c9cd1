import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { localizeHref } from '$lib/paraglide/runtime';
import type { Exercise } from '$lib/server/modules/guide/content-schema';
import { contentLocale } from '$lib/server/modules/guide/locale';
import { exerciseOrNotFound } from '$lib/server/modules/guide/step-view';
import { validateAnswers } from '$lib/server/modules/worksheets/answers';
import { compareAnswers } from '$lib/server/modules/worksheets/display';
import {
	answersToFormValues,
	formValuesToRawAnswers,
	inputName,
	presentFields
} from '$lib/server/modules/worksheets/form-values';
import { getWorksheet, type WorksheetView } from '$lib/server/modules/worksheets/get-worksheet';
import {
	importWorksheet,
	maxUploadBytes,
	WorksheetFileError
} from '$lib/server/modules/worksheets/import-worksheet';
import { saveWorksheet } from '$lib/server/modules/worksheets/save-worksheet';
import { useCaseContext } from '$lib/server/platform/http/context';
import { failFromError, formValues } from '$lib/server/platform/http/form';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import { translate } from '$lib/server/platform/i18n/messages';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const baseVersionField = z.coerce.number().int().min(0).max(1_000_000);
const notices = ['saved', 'unchanged', 'imported'] as const;

const address = (event: RequestEvent | Parameters<PageServerLoad>[0]) => ({
	slug: event.params.slug,
	methodId: event.params.method,
	exerciseId: event.params.exercise
});

export const load: PageServerLoad = async (event) => {
	signInRequired(event);
	try {
		const locale = contentLocale();
		const worksheet = await getWorksheet(useCaseContext(event), address(event));
		const values = answersToFormValues(worksheet.exercise, worksheet.answers);
		return {
			territory: { slug: worksheet.territory.slug, name: worksheet.territory.name },
			method: { id: worksheet.method.id, title: worksheet.method.title[locale] },
			step: { id: worksheet.step.id, title: worksheet.step.title[locale] },
			exercise: {
				id: worksheet.exercise.id,
				title: worksheet.exercise.title[locale],
				fields: presentFields(worksheet.exercise, locale)
			},
			canSave: worksheet.canSave,
			version: worksheet.version,
			updatedAt: worksheet.updatedAt?.toISOString() ?? null,
			values,
			offered: offeredFor(worksheet, locale),
			maxUploadKb: Math.floor(maxUploadBytes / 1024),
			notice: notices.find((notice) => notice === event.url.searchParams.get('notice')) ?? null
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

function offeredFor(worksheet: WorksheetView, locale: 'en' | 'fr') {
	return worksheet.offered.map((offer) => {
		const field = worksheet.exercise.fields.find((candidate) => candidate.id === offer.fieldId);
		const source = worksheet.method.exercises.get(offer.sourceExerciseId);
		return {
			fieldId: offer.fieldId,
			fieldLabel: field?.label[locale] ?? offer.fieldId,
			sourceTitle: source ? `${source.step.title[locale]} — ${source.exercise.title[locale]}` : '',
			rows: offer.rows.map((row) => Object.values(row).join(' · '))
		};
	});
}

/** Errors from the use case are keyed by answer path; the form's inputs are `f.<path>`. */
const byInput = (errors: Record<string, string>): Record<string, string> =>
	Object.fromEntries(Object.entries(errors).map(([path, text]) => [inputName(path), text]));

async function submitted(event: RequestEvent) {
	const formData = await event.request.formData();
	return { formData, values: formValues(formData) };
}

export const actions: Actions = {
	save: async (event) => {
		signInRequired(event);
		const { values } = await submitted(event);
		const ctx = useCaseContext(event);
		const base = baseVersionField.safeParse(values.baseVersion);
		if (!base.success) {
			return fail(400, {
				values,
				errors: {},
				message: translate('error_validation')
			});
		}
		const baseVersion = base.data;
		// The exercise's definition comes from the content; the use case checks access.
		let exercise: Exercise;
		try {
			exercise = exerciseOrNotFound(event.params.method, event.params.exercise);
		} catch (error) {
			return failFromError(error, values);
		}
		const raw = formValuesToRawAnswers(exercise, values);
		let changed: boolean;
		try {
			({ changed } = await saveWorksheet(ctx, { ...address(event), baseVersion, answers: raw }));
		} catch (error) {
			const failure = failFromError(error, values);
			if (failure.status === 409) {
				const locale = contentLocale();
				const latest = await getWorksheet(ctx, address(event));
				const mine = validateAnswers(latest.exercise, raw).answers;
				return fail(409, {
					...failure.data,
					conflict: {
						version: latest.version,
						updatedAt: latest.updatedAt?.toISOString() ?? null,
						changes: compareAnswers(latest.exercise, latest.answers, mine, locale)
					}
				});
			}
			return fail(failure.status, { ...failure.data, errors: byInput(failure.data.errors) });
		}
		redirect(303, localizeHref(`${event.url.pathname}?notice=${changed ? 'saved' : 'unchanged'}`));
	},
	/** Shows more blank rows in one list, keeping what was typed; saves nothing. */
	addRows: async (event) => {
		signInRequired(event);
		const { values } = await submitted(event);
		const field = typeof values.addTo === 'string' ? values.addTo : '';
		return { kept: true as const, values, extra: { [field]: 5 } };
	},
	/** Copies the rows an earlier exercise offers into a list, keeping what was typed; saves nothing. */
	useOffered: async (event) => {
		signInRequired(event);
		const { values } = await submitted(event);
		try {
			const worksheet = await getWorksheet(useCaseContext(event), address(event));
			const offer = worksheet.offered.find((candidate) => candidate.fieldId === values.offer);
			if (!offer) {
				return { kept: true as const, values, extra: {} };
			}
			const raw = formValuesToRawAnswers(worksheet.exercise, values);
			const existing = Array.isArray(raw[offer.fieldId])
				? (raw[offer.fieldId] as Record<string, string>[])
				: [];
			const kept = existing.filter((row) =>
				Object.values(row).some((value) => value.trim() !== '')
			);
			const merged = answersToFormValues(worksheet.exercise, {
				[offer.fieldId]: [...kept, ...offer.rows]
			});
			const others = Object.fromEntries(
				Object.entries(values).filter(([key]) => !key.startsWith(`${inputName(offer.fieldId)}.`))
			);
			return { kept: true as const, values: { ...others, ...merged }, extra: {} };
		} catch (error) {
			return failFromError(error, values);
		}
	},
	import: async (event) => {
		signInRequired(event);
		const formData = await event.request.formData();
		const file = formData.get('file');
		const ctx = useCaseContext(event);
		if (!(file instanceof File) || file.size === 0) {
			return fail(400, {
				values: {},
				errors: { file: translate('worksheets_file_choose') },
				message: translate('error_validation')
			});
		}
		let changed: boolean;
		try {
			({ changed } = await importWorksheet(ctx, {
				...address(event),
				fileName: file.name,
				bytes: new Uint8Array(await file.arrayBuffer())
			}));
		} catch (error) {
			if (error instanceof WorksheetFileError) {
				return fail(400, {
					values: {},
					errors: { file: translate('worksheets_file_invalid') },
					message: translate('worksheets_file_invalid'),
					fileProblems: error.problems.map((problem) => ({
						...problem,
						text: translate(problem.code, problem.params ?? {})
					}))
				});
			}
			return failFromError(error, {});
		}
		redirect(
			303,
			localizeHref(`${event.url.pathname}?notice=${changed ? 'imported' : 'unchanged'}`)
		);
	}
};
