import { m } from '$lib/paraglide/messages';

/** Readable names of this module's audit actions, for the territory's audit trail. */
export const indicatorAuditLabels: Record<string, () => string> = {
	'indicators.create-indicator': m.indicators_audit_create_indicator,
	'indicators.update-indicator': m.indicators_audit_update_indicator,
	'indicators.delete-indicator': m.indicators_audit_delete_indicator,
	'indicators.record-measurements': m.indicators_audit_record_measurements,
	'indicators.correct-measurement': m.indicators_audit_correct_measurement,
	'indicators.import-measurements': m.indicators_audit_import_measurements
};
