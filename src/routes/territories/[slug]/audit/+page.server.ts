import { listAuditTrail } from '$lib/server/modules/territories/list-audit-trail';
import { auditFiltersInput } from '$lib/server/platform/audit/list-audit-entries';
import { useCaseContext } from '$lib/server/platform/http/context';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import { translate, translateIssue } from '$lib/server/platform/i18n/messages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	signInRequired(event);
	const raw = Object.fromEntries(
		[...event.url.searchParams].filter(([, value]) => value.trim() !== '')
	);
	const parsed = auditFiltersInput.safeParse(raw);
	// Bad filters are shown next to their field; the trail is then shown unfiltered.
	const filters = parsed.success ? parsed.data : auditFiltersInput.parse({});
	const errors: Record<string, string> = {};
	for (const issue of parsed.error?.issues ?? []) {
		errors[issue.path.map(String).join('.')] ??= translateIssue(issue);
	}
	try {
		const trail = await listAuditTrail(useCaseContext(event), { slug: event.params.slug, filters });
		return {
			trail: {
				...trail,
				entries: trail.entries.map((entry) => ({
					id: entry.id,
					at: entry.at.toISOString(),
					actorLabel: entry.actorLabel,
					erased: entry.actorId === null && entry.actorLabel === 'erased account',
					action: entry.action,
					targetType: entry.targetType,
					targetId: entry.targetId,
					summary: entry.summary
				}))
			},
			values: raw,
			errors,
			message: parsed.success ? undefined : translate('error_validation')
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
