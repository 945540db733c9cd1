import {
	pilotAmplitude,
	pilotAreaLevel,
	pilotLever,
	pilotSectorLevel,
	pilotStatus
} from './schema';

/**
 * The closed lists a pilot action is scoped with (the guide's step 4). Ids are stable
 * (database enums, the API, forms); labels and help texts live in `roadmap_*` messages.
 */
export const areaLevels = pilotAreaLevel.enumValues;
export const sectorLevels = pilotSectorLevel.enumValues;
export const amplitudes = pilotAmplitude.enumValues;
export const levers = pilotLever.enumValues;
export const pilotStatuses = pilotStatus.enumValues;

/** What the action does with data, from its production to its sharing. */
export const dataSteps = ['produce', 'collect', 'store', 'process', 'analyse', 'share'] as const;

export type AreaLevel = (typeof areaLevels)[number];
export type SectorLevel = (typeof sectorLevels)[number];
export type Amplitude = (typeof amplitudes)[number];
export type Lever = (typeof levers)[number];
export type PilotStatus = (typeof pilotStatuses)[number];
export type DataStep = (typeof dataSteps)[number];

/**
 * Test and learn (guide step 4): a scoped action is tested, refined, then extended to
 * more places or scaled up, or stopped. A stopped action may be taken up again; a
 * scaled-up one has become the normal way of working (a roadmap solution, later).
 */
export const statusTransitions: Record<PilotStatus, readonly PilotStatus[]> = {
	scoped: ['testing', 'stopped'],
	testing: ['refining', 'extending', 'scaled-up', 'stopped'],
	refining: ['testing', 'extending', 'stopped'],
	extending: ['refining', 'scaled-up', 'stopped'],
	'scaled-up': [],
	stopped: ['scoped']
};

/** Moving to these statuses needs the lessons learnt written down. */
export const statusesNeedingLessons: readonly PilotStatus[] = ['stopped', 'scaled-up'];
