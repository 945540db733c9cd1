import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { localizeHref } from '$lib/paraglide/runtime';
import { correctMeasurement } from '$lib/server/modules/indicators/correct-measurement';
import { getIndicator } from '$lib/server/modules/indicators/get-indicator';
import { statusView } from '$lib/server/modules/indicators/indicator-view';
import { recordMeasurements } from '$lib/server/modules/indicators/record-measurements';
import { tolerance } from '$lib/server/modules/indicators/status';
import { isoDay } from '$lib/server/modules/indicators/values';
import { useCaseContext } from '$lib/server/platform/http/context';
import { failFromError, parseForm } from '$lib/server/platform/http/form';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import type { Actions, PageServerLoad } from './$types';

const notices = [
	'created',
	'created-above-advice',
	'saved',
	'recorded',
	'corrected',
	'imported'
] as const;

export const load: PageServerLoad = async (event) => {
	signInRequired(event);
	try {
		const details = await getIndicator(useCaseContext(event), {
			slug: event.params.slug,
			indicatorId: event.params.indicatorId
		});
		const { indicator } = details;
		return {
			territory: { slug: details.territory.slug, name: details.territory.name },
			subject: details.subject,
			indicator: {
				id: indicator.id,
				title: indicator.title,
				family: indicator.family,
				unit: indicator.unit,
				valueKind: indicator.valueKind,
				direction: indicator.direction,
				method: indicator.method,
				frequency: indicator.frequency,
				source: indicator.source,
				published: indicator.published,
				libraryIndicatorId: indicator.libraryIndicatorId,
				baseline:
					indicator.baselineValue !== null && indicator.baselineOn
						? { value: indicator.baselineValue, on: indicator.baselineOn }
						: null,
				target:
					indicator.targetValue !== null && indicator.targetOn
						? { value: indicator.targetValue, on: indicator.targetOn }
						: null
			},
			series: details.series.map((row) => ({
				id: row.id,
				measuredOn: row.measuredOn,
				value: row.value
			})),
			history: details.history.map((row) => ({
				id: row.id,
				value: row.value,
				measuredOn: row.measuredOn,
				source: row.source,
				channel: row.channel,
				enteredByName: row.enteredByName,
				enteredAt: row.enteredAt.toISOString(),
				correctsId: row.correctsId,
				correctionNote: row.correctionNote,
				superseded: row.supersededAt !== null
			})),
			status: statusView(details.status),
			expected: details.status.status === 'none' ? null : details.status.expected,
			tolerancePercent: tolerance * 100,
			today: isoDay(new Date()),
			canEdit: details.canEdit,
			canDelete: details.canDelete,
			notice: notices.find((n) => n === event.url.searchParams.get('notice')) ?? null
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

const entryFields = z.object({
	value: z.string().default(''),
	measuredOn: z.string().default(''),
	source: z.string().default(''),
	correctsId: z.string().default(''),
	note: z.string().default('')
});

export const actions: Actions = {
	default: async (event) => {
		signInRequired(event);
		const parsed = await parseForm(event.request, entryFields);
		if (!parsed.ok) {
			return parsed.failure;
		}
		const address = { slug: event.params.slug, indicatorId: event.params.indicatorId };
		const { value, measuredOn, source, correctsId, note } = parsed.data;
		const ctx = useCaseContext(event);
		try {
			if (correctsId) {
				await correctMeasurement(ctx, {
					...address,
					measurementId: correctsId,
					value,
					measuredOn,
					source,
					note
				});
			} else {
				await recordMeasurements(ctx, {
					...address,
					measurements: [{ value, measuredOn, source }],
					channel: 'form',
					mode: 'add'
				});
			}
		} catch (error) {
			return failFromError(error, parsed.values);
		}
		const here = `/territories/${address.slug}/indicators/${address.indicatorId}`;
		redirect(303, localizeHref(`${here}?notice=${correctsId ? 'corrected' : 'recorded'}#history`));
	}
};
