import { labelled } from '$lib/server/modules/catalogue/labels';
import { translate } from '$lib/server/platform/i18n/messages';
import { rubricCriteria } from '$lib/server/modules/catalogue/types';
import { evidenceLevels } from '$lib/server/modules/catalogue/vocabulary';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	criteria: labelled('criterion', rubricCriteria).map((criterion) => ({
		...criterion,
		help: translate(`catalogue_criterion_${criterion.value.replace(/-/g, '_')}_help`)
	})),
	evidenceLevels: labelled('evidence', evidenceLevels).map((level) => ({
		...level,
		help: translate(`catalogue_evidence_${level.value.replace(/-/g, '_')}_help`)
	}))
});
