import { m } from '$lib/paraglide/messages';

/** Readable names of the Gantt part's audit actions. */
export const ganttAuditLabels: Record<string, () => string> = {
	'roadmap.import-milestones': () => m.roadmap_gantt_audit_import()
};
