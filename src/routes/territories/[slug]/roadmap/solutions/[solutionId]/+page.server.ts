import { contentLocale } from '$lib/server/modules/guide/locale';
import { summaryView } from '$lib/server/modules/indicators/indicator-view';
import { listIndicators } from '$lib/server/modules/indicators/list-indicators';
import { getSolution } from '$lib/server/modules/roadmap/get-solution';
import { heatMatrix } from '$lib/server/modules/risks/heat-matrix';
import { listRisks } from '$lib/server/modules/risks/list-risks';
import { riskItemView } from '$lib/server/modules/risks/risk-page-view';
import { useCaseContext } from '$lib/server/platform/http/context';
import { rethrowAsHttpError } from '$lib/server/platform/http/load-error';
import { signInRequired } from '$lib/server/platform/http/sign-in-required';
import type { PageServerLoad } from './$types';

const notices = ['created', 'saved', 'frozen', 'milestone'] as const;

export const load: PageServerLoad = async (event) => {
	signInRequired(event);
	try {
		const ctx = useCaseContext(event);
		const view = await getSolution(ctx, { ...event.params, locale: contentLocale() });
		// Its risk register, as the risks module shows it (closed risks stay off the matrix).
		const [risks, indicators] = await Promise.all([
			listRisks(ctx, {
				slug: event.params.slug,
				solutionId: view.sheet.id,
				locale: contentLocale()
			}),
			listIndicators(ctx, { slug: event.params.slug, solutionId: view.sheet.id })
		]);
		const { sheet } = view;
		const titles = view.milestoneTitles;
		return {
			territory: { slug: view.territory.slug, name: view.territory.name },
			solution: {
				id: sheet.id,
				title: sheet.title,
				visionLink: sheet.visionLink,
				description: sheet.description,
				coreTeam: sheet.coreTeam,
				contributors: sheet.contributors,
				supportNeeded: sheet.supportNeeded,
				timelineNote: sheet.timelineNote,
				budgetAmount: sheet.budgetAmount,
				budgetCurrency: sheet.budgetCurrency,
				fundingSources: sheet.fundingSources,
				stage: sheet.stage,
				status: sheet.status,
				startsOn: sheet.startsOn,
				endsOn: sheet.endsOn,
				published: sheet.published,
				progress: sheet.progress,
				baselineFrozenAt: sheet.baselineFrozenAt?.toISOString() ?? null
			},
			milestones: sheet.milestones.map((m) => ({
				id: m.id,
				title: m.title,
				plannedStart: m.plannedStart,
				plannedEnd: m.plannedEnd,
				baselineStart: m.baselineStart,
				baselineEnd: m.baselineEnd,
				actualStart: m.actualStart,
				actualEnd: m.actualEnd,
				status: m.status,
				weight: m.weight,
				responsibleName: m.responsibleName,
				dependsOn: m.dependsOn.map((id) => titles.get(id) ?? '…')
			})),
			ambitions: view.ambitions,
			area: view.area,
			pilot: view.pilot,
			practice: view.practice,
			canEdit: view.canEdit,
			canDelete: view.canDelete,
			indicators: {
				items: indicators.indicators.map(summaryView),
				canEdit: indicators.canEdit
			},
			risks: {
				items: risks.risks.map(riskItemView),
				matrix: heatMatrix(
					risks.risks.filter((item) => item.risk.state !== 'closed').map((item) => item.risk),
					'inherent'
				),
				canEdit: risks.canEdit
			},
			canGovern: view.canGovern,
			// Closing the loop: a solution based on a practice, at its review stage.
			canReportReplication: view.canEdit && sheet.stage === 'review' && view.practice !== null,
			notice: notices.find((n) => n === event.url.searchParams.get('notice')) ?? null
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
