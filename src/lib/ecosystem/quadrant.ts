/**
 * Where a stakeholder sits on the influence/interest map. A score of 3 or more counts as
 * high, so the map's dividing lines run between cells 2 and 3.
 */
export type Quadrant = 'manage_closely' | 'keep_satisfied' | 'keep_informed' | 'monitor';

export const highFrom = 3;

export function quadrantOf(influence: number, interest: number): Quadrant {
	const influential = influence >= highFrom;
	const interested = interest >= highFrom;
	if (influential) {
		return interested ? 'manage_closely' : 'keep_satisfied';
	}
	return interested ? 'keep_informed' : 'monitor';
}
