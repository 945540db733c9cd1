/** Readable names of this module's audit actions, for the territory's audit trail. */
export const riskAuditLabels: Record<string, () => string> = {};
