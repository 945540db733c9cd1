import { m } from '$lib/paraglide/messages';

/** Readable names of this module's audit actions, for the territory's audit trail. */
export const planAuditLabels: Record<string, () => string> = {
	'roadmap.create-solution': m.plan_audit_create_solution,
	'roadmap.update-solution': m.plan_audit_update_solution,
	'roadmap.delete-solution': m.plan_audit_delete_solution,
	'roadmap.create-milestone': m.plan_audit_create_milestone,
	'roadmap.update-milestone': m.plan_audit_update_milestone,
	'roadmap.delete-milestone': m.plan_audit_delete_milestone,
	'roadmap.freeze-baseline': m.plan_audit_freeze_baseline,
	'roadmap.refreeze-baseline': m.plan_audit_refreeze_baseline,
	'roadmap.save-vision': m.plan_audit_save_vision,
	'roadmap.create-ambition': m.plan_audit_create_ambition,
	'roadmap.update-ambition': m.plan_audit_update_ambition,
	'roadmap.delete-ambition': m.plan_audit_delete_ambition,
	'roadmap.create-governance-area': m.plan_audit_create_area,
	'roadmap.update-governance-area': m.plan_audit_update_area,
	'roadmap.delete-governance-area': m.plan_audit_delete_area,
	'roadmap.add-committee-seat': m.plan_audit_add_seat,
	'roadmap.remove-committee-seat': m.plan_audit_remove_seat,
	'roadmap.create-committee-meeting': m.plan_audit_create_meeting,
	'roadmap.update-committee-meeting': m.plan_audit_update_meeting,
	'roadmap.delete-committee-meeting': m.plan_audit_delete_meeting,
	'roadmap.start-replication-report': m.plan_audit_replication
};
