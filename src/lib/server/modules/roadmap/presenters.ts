import type { z } from 'zod';
import type { pilotDetailsSchema, pilotSummarySchema } from './api-contracts';
import type { PilotView } from './get-pilot-action';
import type { PilotRow } from './pilot-target';
import { dataSteps, type DataStep } from './vocabulary';

export function presentPilotSummary(pilot: PilotRow): z.input<typeof pilotSummarySchema> {
	return {
		id: pilot.id,
		title: pilot.title,
		summary: pilot.summary,
		status: pilot.status,
		areaLevel: pilot.areaLevel,
		areaName: pilot.areaName,
		sectorLevel: pilot.sectorLevel,
		sectorName: pilot.sectorName,
		amplitude: pilot.amplitude,
		lever: pilot.lever,
		tool: pilot.tool,
		version: pilot.version,
		updatedAt: pilot.updatedAt.toISOString()
	};
}

const isDataStep = (value: string): value is DataStep =>
	(dataSteps as readonly string[]).includes(value);

export function presentPilotDetails(view: PilotView): z.input<typeof pilotDetailsSchema> {
	const { pilot } = view;
	return {
		...presentPilotSummary(pilot),
		dataSteps: pilot.dataSteps.filter(isDataStep),
		targetUsers: pilot.targetUsers,
		obstacles: pilot.obstacles,
		scalingConditions: pilot.scalingConditions,
		lessons: pilot.lessons,
		createdAt: pilot.createdAt.toISOString(),
		stakeholders: view.stakeholders,
		practices: view.practices.map(({ slug, title }) => ({ slug, title })),
		weakAreas: view.weakAreas.map((area) => ({
			roundId: area.roundId,
			assessmentId: area.assessmentId,
			periodStart: area.periodStart,
			periodEnd: area.periodEnd,
			dimensionId: area.dimensionId,
			dimensionTitle: area.dimensionTitle,
			level: area.level
		}))
	};
}
