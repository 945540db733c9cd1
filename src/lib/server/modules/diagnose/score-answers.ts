import type { AssessmentFile, MaturityLevel } from './assessment-schema';

/** Answers offered by every question besides its options; neither counts, not even as 0. */
export const unscoredAnswers = ['dont-know', 'not-applicable'] as const;
export type UnscoredAnswer = (typeof unscoredAnswers)[number];

/** One respondent's answers: question id → option id, or "dont-know" / "not-applicable". */
export type Answers = Readonly<Record<string, string>>;

export interface DimensionScore {
	dimensionId: string;
	/** 0–100, or null when no question of the dimension got a scored answer. */
	score: number | null;
	level: number | null;
	/** Questions answered with an option (not "don't know", not "not applicable"). */
	scored: number;
	questions: number;
}

export interface AssessmentScore {
	dimensions: DimensionScore[];
	overall: number | null;
	level: number | null;
}

/** The level a score reaches: the last one whose `from` it is at or above. */
export function levelOf(levels: readonly MaturityLevel[], score: number | null): number | null {
	if (score === null) {
		return null;
	}
	return levels.reduce<number | null>(
		(reached, level) => (score >= level.from ? level.level : reached),
		null
	);
}

/** The weighted mean of the entries that have a value; null when none has. */
function weightedMean(entries: readonly { value: number | null; weight: number }[]): number | null {
	let total = 0;
	let weights = 0;
	for (const { value, weight } of entries) {
		if (value !== null) {
			total += value * weight;
			weights += weight;
		}
	}
	return weights === 0 ? null : total / weights;
}

/**
 * One respondent's scores. A question scores its chosen option's score (0–100); a
 * dimension scores the weighted mean of its scored questions; the overall score is the
 * weighted mean of the dimensions that have a score. "Don't know", "not applicable" and
 * unanswered questions are left out of both means, so that they lower nothing.
 */
export function scoreAnswers(assessment: AssessmentFile, answers: Answers): AssessmentScore {
	const dimensions = assessment.dimensions.map((dimension): DimensionScore => {
		const questions = dimension.questions.map((question) => {
			const chosen = question.options.find((option) => option.id === answers[question.id]);
			return { value: chosen ? chosen.score : null, weight: question.weight };
		});
		const score = weightedMean(questions);
		return {
			dimensionId: dimension.id,
			score,
			level: levelOf(assessment.levels, score),
			scored: questions.filter((q) => q.value !== null).length,
			questions: questions.length
		};
	});
	const overall = weightedMean(
		dimensions.map((entry, index) => ({
			value: entry.score,
			weight: assessment.dimensions[index]?.weight ?? 1
		}))
	);
	return { dimensions, overall, level: levelOf(assessment.levels, overall) };
}

export interface ConsolidatedDimension {
	dimensionId: string;
	/** The median of the respondents' scores, or null when none scored the dimension. */
	score: number | null;
	level: number | null;
	/** Respondents who scored this dimension. */
	respondents: number;
	/** Highest minus lowest respondent score: how much the team disagrees. */
	spread: number | null;
}

export interface ConsolidatedScore {
	dimensions: ConsolidatedDimension[];
	overall: number | null;
	level: number | null;
	/** Respondents with at least one scored answer: "don't know" throughout counts nobody. */
	respondents: number;
}

export function median(values: readonly number[]): number | null {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	if (sorted.length === 0) {
		return null;
	}
	return sorted.length % 2 === 1
		? (sorted[middle] ?? 0)
		: ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * A team's scores from its respondents' answers. Per dimension, the median of the
 * respondents who scored it: one respondent much higher or lower than the others does
 * not drag the team's score, and the spread shows that they disagree. The overall score
 * is the weighted mean of the consolidated dimensions, as for one respondent.
 */
export function consolidateScores(
	assessment: AssessmentFile,
	responses: readonly Answers[]
): ConsolidatedScore {
	const scored = responses
		.map((answers) => scoreAnswers(assessment, answers))
		.filter((score) => score.overall !== null);
	const dimensions = assessment.dimensions.map((dimension, index): ConsolidatedDimension => {
		const values = scored.flatMap((entry) => {
			const score = entry.dimensions[index]?.score;
			return score === null || score === undefined ? [] : [score];
		});
		const score = median(values);
		return {
			dimensionId: dimension.id,
			score,
			level: levelOf(assessment.levels, score),
			respondents: values.length,
			spread: values.length === 0 ? null : Math.max(...values) - Math.min(...values)
		};
	});
	const overall = weightedMean(
		dimensions.map((entry, index) => ({
			value: entry.score,
			weight: assessment.dimensions[index]?.weight ?? 1
		}))
	);
	return {
		dimensions,
		overall,
		level: levelOf(assessment.levels, overall),
		respondents: scored.length
	};
}
