import { m } from '$lib/paraglide/messages';
import type {
	Amplitude,
	AreaLevel,
	DataStep,
	Lever,
	PilotStatus,
	SectorLevel
} from '$lib/server/modules/roadmap/vocabulary';

type Label = () => string;

export const statusLabels: Record<PilotStatus, Label> = {
	scoped: m.roadmap_status_scoped,
	testing: m.roadmap_status_testing,
	refining: m.roadmap_status_refining,
	extending: m.roadmap_status_extending,
	'scaled-up': m.roadmap_status_scaled_up,
	stopped: m.roadmap_status_stopped
};

export const areaLabels: Record<AreaLevel, [Label, Label]> = {
	city: [m.roadmap_area_city, m.roadmap_area_city_help],
	district: [m.roadmap_area_district, m.roadmap_area_district_help],
	neighbourhood: [m.roadmap_area_neighbourhood, m.roadmap_area_neighbourhood_help]
};

export const sectorLabels: Record<SectorLevel, [Label, Label]> = {
	administration: [m.roadmap_sector_administration, m.roadmap_sector_administration_help],
	service: [m.roadmap_sector_service, m.roadmap_sector_service_help],
	procedure: [m.roadmap_sector_procedure, m.roadmap_sector_procedure_help]
};

export const amplitudeLabels: Record<Amplitude, [Label, Label]> = {
	'specific-problem': [
		m.roadmap_amplitude_specific_problem,
		m.roadmap_amplitude_specific_problem_help
	],
	'sector-niche': [m.roadmap_amplitude_sector_niche, m.roadmap_amplitude_sector_niche_help],
	'pilot-project': [m.roadmap_amplitude_pilot_project, m.roadmap_amplitude_pilot_project_help],
	'integrated-zone': [m.roadmap_amplitude_integrated_zone, m.roadmap_amplitude_integrated_zone_help]
};

export const leverLabels: Record<Lever, [Label, Label]> = {
	communication: [m.roadmap_lever_communication, m.roadmap_lever_communication_help],
	'service-app': [m.roadmap_lever_service_app, m.roadmap_lever_service_app_help],
	sensors: [m.roadmap_lever_sensors, m.roadmap_lever_sensors_help],
	dematerialisation: [m.roadmap_lever_dematerialisation, m.roadmap_lever_dematerialisation_help],
	other: [m.roadmap_lever_other, m.roadmap_lever_other_help]
};

export const dataStepLabels: Record<DataStep, Label> = {
	produce: m.roadmap_data_produce,
	collect: m.roadmap_data_collect,
	store: m.roadmap_data_store,
	process: m.roadmap_data_process,
	analyse: m.roadmap_data_analyse,
	share: m.roadmap_data_share
};

/** Radio options with their help text, in the vocabulary's order. */
export function scaleOptions<K extends string>(
	labels: Record<K, [Label, Label]>
): { value: K; label: string; help: string }[] {
	return (Object.entries(labels) as [K, [Label, Label]][]).map(([value, [label, help]]) => ({
		value,
		label: label(),
		help: help()
	}));
}

/** "The whole city", or "A district: Fives". */
export function placeLabel(level: AreaLevel, name: string): string {
	const [label] = areaLabels[level];
	return level === 'city' || name === '' ? label() : m.roadmap_view_named({ level: label(), name });
}

export function sectorLabel(level: SectorLevel, name: string): string {
	const [label] = sectorLabels[level];
	return name === '' ? label() : m.roadmap_view_named({ level: label(), name });
}
