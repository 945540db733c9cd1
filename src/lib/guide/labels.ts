import { m } from '$lib/paraglide/messages';

export type Unit = 'step' | 'pillar' | 'stage';

/** "Step 3", "Pillar 2", "Stage 1". */
export function unitLabel(unit: Unit, number: number): string {
	switch (unit) {
		case 'step':
			return m.guide_unit_step({ number });
		case 'pillar':
			return m.guide_unit_pillar({ number });
		case 'stage':
			return m.guide_unit_stage({ number });
	}
}
