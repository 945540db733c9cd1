/**
 * The titles of the Métropole Européenne de Lille's four ICC solutions (seed 000), in the
 * roadmap's order. The demo's risks and indicators find their solution by these titles.
 */
export const demoSolutionTitles = {
	eAdministration:
		'Creation of a dedicated technical network for e-administration and digital public services',
	inclusiveDialogue: 'Pushing towards an inclusive dialogue in link with citizen participation',
	energyData: 'Creation of a global energy data tool',
	cybersecurity:
		'Mutualise, raise awareness and support a variety of actors in the development of cybersecurity'
} as const;
