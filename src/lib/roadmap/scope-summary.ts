import { m } from '$lib/paraglide/messages';
import type {
	Amplitude,
	AreaLevel,
	DataStep,
	Lever,
	SectorLevel
} from '$lib/server/modules/roadmap/vocabulary';
import { amplitudeLabels, dataStepLabels, leverLabels, placeLabel, sectorLabel } from './labels';

/** A pilot action's scope as plain values, for pages (the view and the edit conflict). */
export interface PilotScope {
	areaLevel: AreaLevel;
	areaName: string;
	sectorLevel: SectorLevel;
	sectorName: string;
	amplitude: Amplitude;
	lever: Lever;
	tool: string;
	dataSteps: DataStep[];
	targetUsers: string;
	obstacles: string;
	scalingConditions: string;
}

/** The scope as label–value pairs a person reads, in the guide's order. */
export function scopeSummary(scope: PilotScope): { label: string; value: string }[] {
	const given = (value: string) => (value === '' ? m.roadmap_view_not_given() : value);
	return [
		{ label: m.roadmap_view_area(), value: placeLabel(scope.areaLevel, scope.areaName) },
		{ label: m.roadmap_view_sector(), value: sectorLabel(scope.sectorLevel, scope.sectorName) },
		{ label: m.roadmap_view_amplitude(), value: amplitudeLabels[scope.amplitude][0]() },
		{ label: m.roadmap_view_lever(), value: leverLabels[scope.lever][0]() },
		{ label: m.roadmap_view_tool(), value: given(scope.tool) },
		{
			label: m.roadmap_view_data_steps(),
			value: given(scope.dataSteps.map((step) => dataStepLabels[step]()).join(', '))
		},
		{ label: m.roadmap_field_target_users(), value: given(scope.targetUsers) },
		{ label: m.roadmap_field_obstacles(), value: given(scope.obstacles) },
		{ label: m.roadmap_field_scaling_conditions(), value: given(scope.scalingConditions) }
	];
}
