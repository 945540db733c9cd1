import type { Actor, UseCaseContext } from '../platform/actor';
import type { DbOrTx } from '../platform/db/client';
import type { AssessmentFile } from '../modules/diagnose/assessment-schema';
import { closeRound } from '../modules/diagnose/close-round';
import { assessmentOrNotFound } from '../modules/diagnose/content';
import { openMemberRounds } from '../modules/diagnose/open-member-rounds';
import { saveResponse } from '../modules/diagnose/save-response';
import { setScoreSharing } from '../modules/diagnose/set-score-sharing';
import type { PeerSharing } from '../modules/diagnose/sharing';

/**
 * The demo's diagnostic: the Métropole Européenne de Lille runs the municipal
 * cybersecurity self-assessment in its three member municipalities, two years running,
 * each answered by two people. The answers are made up for the demonstration, on a
 * simple pattern (a starting level per municipality, a year of progress on some
 * dimensions, and two respondents who do not quite agree); they describe no real city.
 */
export interface DemoMunicipality {
	slug: string;
	/** Demo account emails: the first closes the round (an editor), both answer. */
	respondents: [string, string];
	/** The option most questions get in the first year (0: weakest). */
	start: number;
	peers: PeerSharing;
}

export const demoDiagnostic = {
	parent: 'metropole-europeenne-de-lille',
	parentOwner: 'owner@demo.territoria.test',
	assessmentId: 'cybersecurity',
	years: [
		{ periodStart: '2025-01-01', periodEnd: '2025-03-31', closedOn: '2025-04-02' },
		{ periodStart: '2026-01-01', periodEnd: '2026-03-31', closedOn: '2026-04-02' }
	],
	municipalities: [
		{
			slug: 'lille',
			respondents: ['editor@demo.territoria.test', 'cyber.lille@demo.territoria.test'],
			start: 2,
			peers: 'named'
		},
		{
			slug: 'roubaix',
			respondents: ['it.roubaix@demo.territoria.test', 'cyber.roubaix@demo.territoria.test'],
			start: 1,
			peers: 'anonymous'
		},
		{
			slug: 'tourcoing',
			respondents: ['it.tourcoing@demo.territoria.test', 'cyber.tourcoing@demo.territoria.test'],
			start: 0,
			peers: 'anonymous'
		}
	] satisfies DemoMunicipality[]
} as const;

/**
 * One respondent's answers: the municipality's starting option, shifted per dimension;
 * in the second year even-numbered dimensions gain a step; the second respondent rates
 * odd-numbered questions a step lower and does not know the last one.
 */
export function demoAnswers(
	assessment: AssessmentFile,
	start: number,
	year: number,
	respondent: number
): Record<string, string> {
	const answers: Record<string, string> = {};
	assessment.dimensions.forEach((dimension, d) => {
		dimension.questions.forEach((question, q) => {
			const step =
				start +
				((d % 3) - 1) +
				(year > 0 && d % 2 === 0 ? 1 : 0) -
				(respondent > 0 && q % 2 === 1 ? 1 : 0);
			const option = question.options[Math.max(0, Math.min(question.options.length - 1, step))];
			answers[question.id] = option?.id ?? '';
		});
	});
	const lastQuestion = assessment.dimensions.at(-1)?.questions.at(-1);
	if (respondent > 0 && lastQuestion) {
		answers[lastQuestion.id] = 'dont-know';
	}
	return answers;
}

/** Runs the demo diagnostic through the use cases, as the demo's people would. */
export async function seedDemoRounds(
	db: DbOrTx,
	actors: ReadonlyMap<string, Actor>,
	system: Actor
): Promise<void> {
	const actorOf = (email: string): Actor => {
		const actor = actors.get(email);
		if (!actor) {
			throw new Error(`seedDemoRounds: no demo account ${email}`);
		}
		return actor;
	};
	const assessment = assessmentOrNotFound(demoDiagnostic.assessmentId);
	for (const municipality of demoDiagnostic.municipalities) {
		// The municipalities' choice; the demo has no owner of theirs to make it.
		await setScoreSharing(
			{ db, actor: system },
			{ slug: municipality.slug, peers: municipality.peers, withParent: true }
		);
	}
	for (const [year, period] of demoDiagnostic.years.entries()) {
		const at = (): Date => new Date(`${period.closedOn}T09:00:00Z`);
		const opened = await openMemberRounds(
			{
				db,
				actor: actorOf(demoDiagnostic.parentOwner),
				now: () => new Date(`${period.periodStart}T09:00:00Z`)
			},
			{ slug: demoDiagnostic.parent, assessmentId: assessment.id, ...period }
		);
		for (const municipality of demoDiagnostic.municipalities) {
			const round = opened.rounds.find((entry) => entry.territorySlug === municipality.slug);
			if (!round) {
				throw new Error(`seedDemoRounds: no round opened in ${municipality.slug}`);
			}
			const address = { slug: municipality.slug, roundId: round.roundId };
			for (const [index, email] of municipality.respondents.entries()) {
				const ctx: UseCaseContext = { db, actor: actorOf(email), now: at };
				await saveResponse(ctx, {
					...address,
					answers: demoAnswers(assessment, municipality.start, year, index)
				});
			}
			await closeRound({ db, actor: actorOf(municipality.respondents[0]), now: at }, address);
		}
	}
}
