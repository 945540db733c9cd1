import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { localizeHref } from '$lib/paraglide/runtime';
import { getGovernance } from '$lib/server/modules/roadmap/get-governance';
import {
	addCommitteeSeat,
	deleteCommitteeMeeting,
	removeCommitteeSeat,
	saveCommitteeMeeting
} from '$lib/server/modules/roadmap/save-committee';
import {
	deleteGovernanceArea,
	saveGovernanceArea
} from '$lib/server/modules/roadmap/save-governance-area';
import { useCaseContext } from '$lib/server/platform/http/context';
import { failFromError, formValues, type FormValues } from '$lib/server/platform/http/form';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
	signInRequired(event);
	try {
		const view = await getGovernance(useCaseContext(event), event.params);
		const editArea = view.areas.find((a) => a.id === event.url.searchParams.get('area')) ?? null;
		const editMeeting =
			view.meetings.find((x) => x.id === event.url.searchParams.get('meeting')) ?? null;
		return {
			territory: { slug: view.territory.slug, name: view.territory.name },
			areas: view.areas,
			seats: view.seats,
			meetings: view.meetings,
			members: view.members,
			editArea,
			editMeeting,
			canGovern: view.canGovern
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

const text = (values: FormValues, name: string): string => {
	const value = values[name];
	return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
};
const idOrNull = (value: string): string | null => (value === '' ? null : value);
const optionalId = (value: string): string | undefined =>
	z.uuid().safeParse(value).success ? value : undefined;

/** Runs one governance change; a refusal comes back with the input and the form's name. */
async function run(
	event: RequestEvent,
	formName: string,
	change: (values: FormValues) => Promise<unknown>
) {
	signInRequired(event);
	const values = formValues(await event.request.formData());
	try {
		await change(values);
	} catch (error) {
		return failFromError(error, { ...values, form: formName });
	}
	redirect(303, localizeHref(`/territories/${event.params.slug}/roadmap/governance`));
}

export const actions: Actions = {
	area: (event) =>
		run(event, 'area', (values) =>
			saveGovernanceArea(useCaseContext(event), {
				slug: event.params.slug,
				areaId: optionalId(text(values, 'areaId')),
				title: text(values, 'title'),
				responsibleId: idOrNull(text(values, 'responsibleId'))
			})
		),
	deleteArea: (event) =>
		run(event, 'area', (values) =>
			deleteGovernanceArea(useCaseContext(event), {
				slug: event.params.slug,
				areaId: text(values, 'areaId')
			})
		),
	seat: (event) =>
		run(event, 'seat', (values) =>
			addCommitteeSeat(useCaseContext(event), {
				slug: event.params.slug,
				userId: idOrNull(text(values, 'userId')),
				externalName: text(values, 'externalName'),
				organisation: text(values, 'organisation'),
				represents: text(values, 'represents')
			})
		),
	removeSeat: (event) =>
		run(event, 'seat', (values) =>
			removeCommitteeSeat(useCaseContext(event), {
				slug: event.params.slug,
				seatId: text(values, 'seatId')
			})
		),
	meeting: (event) =>
		run(event, 'meeting', (values) =>
			saveCommitteeMeeting(useCaseContext(event), {
				slug: event.params.slug,
				meetingId: optionalId(text(values, 'meetingId')),
				meetsOn: text(values, 'meetsOn'),
				agenda: text(values, 'agenda'),
				minutes: text(values, 'minutes')
			})
		),
	deleteMeeting: (event) =>
		run(event, 'meeting', (values) =>
			deleteCommitteeMeeting(useCaseContext(event), {
				slug: event.params.slug,
				meetingId: text(values, 'meetingId')
			})
		)
};
