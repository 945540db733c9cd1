import { m } from '$lib/paraglide/messages';

/** Readable names of this module's audit actions, for the territory's audit trail. */
export const riskAuditLabels: Record<string, () => string> = {
	'risks.create-risk': () => m.risks_audit_create_risk(),
	'risks.update-risk': () => m.risks_audit_update_risk(),
	'risks.delete-risk': () => m.risks_audit_delete_risk(),
	'risks.accept-risk': () => m.risks_audit_accept_risk(),
	'risks.revoke-acceptance': () => m.risks_audit_revoke_acceptance(),
	'risks.close-risk': () => m.risks_audit_close_risk(),
	'risks.reopen-risk': () => m.risks_audit_reopen_risk(),
	'risks.add-risk-action': () => m.risks_audit_add_risk_action(),
	'risks.complete-risk-action': () => m.risks_audit_complete_risk_action(),
	'risks.delete-risk-action': () => m.risks_audit_delete_risk_action()
};
