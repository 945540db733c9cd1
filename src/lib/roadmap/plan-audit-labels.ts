import { ganttAuditLabels } from './gantt/audit-labels';

/** Readable names of this module's audit actions, for the territory's audit trail. */
export const planAuditLabels: Record<string, () => string> = { ...ganttAuditLabels };
