import { dateFormatter } from '$lib/dates';
import { m } from '$lib/paraglide/messages';
import { indicatorAuditLabels } from '$lib/indicators/audit-labels';
import { riskAuditLabels } from '$lib/risks/audit-labels';
import { planAuditLabels } from '$lib/roadmap/plan-audit-labels';

/** The audit trail shows dates with their time. */
export const dateTimeFormat = (locale: string): Intl.DateTimeFormat =>
	dateFormatter(locale, 'date-time');

const actionMessages: Record<string, () => string> = {
	'territories.create-territory': m.audit_action_create_territory,
	'territories.update-territory': m.audit_action_update_territory,
	'territories.invite-member': m.audit_action_invite_member,
	'territories.accept-invitation': m.audit_action_accept_invitation,
	'territories.revoke-invitation': m.audit_action_revoke_invitation,
	'territories.change-member-role': m.audit_action_change_member_role,
	'territories.remove-member': m.audit_action_remove_member,
	'territories.leave-territory': m.audit_action_leave_territory,
	'demo.add-member': m.audit_action_demo_add_member,
	'worksheets.save-worksheet': m.audit_action_save_worksheet,
	'catalogue.create-contribution': m.audit_action_create_contribution,
	'catalogue.update-contribution': m.audit_action_update_contribution,
	'catalogue.start-review': m.audit_action_start_review,
	'catalogue.review-contribution': m.audit_action_review_contribution,
	'roadmap.create-pilot-action': m.roadmap_audit_create,
	'roadmap.update-pilot-action': m.roadmap_audit_update,
	'roadmap.delete-pilot-action': m.roadmap_audit_delete,
	'roadmap.change-pilot-status': m.roadmap_audit_status,
	'indicators.set-progress-publication': m.accountability_audit_set_publication,
	...planAuditLabels,
	...riskAuditLabels,
	...indicatorAuditLabels
};

/** A readable name for an action; unknown actions (from newer modules) show their code. */
export function actionLabel(action: string): string {
	return actionMessages[action]?.() ?? action;
}

export function actorLabel(label: string, erased: boolean): string {
	if (erased) {
		return m.audit_actor_erased();
	}
	if (label === 'system') {
		return m.audit_actor_system();
	}
	return label === 'anonymous' ? m.audit_actor_anonymous() : label;
}

const show = (value: unknown): string =>
	value === null || value === undefined
		? '—'
		: typeof value === 'string'
			? value
			: JSON.stringify(value);

/** `{ name: ['Lille', 'Lille (59)'] }` → "name: Lille → Lille (59)"; other values as they are. */
export function describeChanges(summary: Record<string, unknown>): string[] {
	return Object.entries(summary).map(([field, value]) =>
		Array.isArray(value) && value.length === 2
			? `${field}: ${show(value[0])} → ${show(value[1])}`
			: `${field}: ${show(value)}`
	);
}
