import { and, asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { UseCaseContext } from '../../platform/actor';
import type { DbOrTx } from '../../platform/db/client';
import { invalid } from '../../platform/errors';
import { parseInput, slug } from '../../platform/validation';
import { territoriesTable } from '../territories/schema';
import type { TerritoryRow } from '../territories/queries';
import type { AssessmentFile } from './assessment-schema';
import { assessmentContent } from './content';
import { canRound } from './policy';
import { latestMemberRounds } from './peer-rounds';
import { territoryFor } from './round-target';
import type { ConsolidatedScore } from './score-answers';
import { assessmentRoundsTable, assessmentSharingTable } from './schema';

export const listMemberScoresInput = z.object({ slug, assessmentId: z.string() });
export type ListMemberScoresInput = z.input<typeof listMemberScoresInput>;

export interface MemberScores {
	name: string;
	slug: string;
	/** Whether the member shares its scores with this territory. */
	shared: boolean;
	/** Whether a round of the assessment is open there (said only when shared). */
	roundOpen: boolean;
	/** Its latest closed round (only when shared). */
	latest: { periodEnd: string; results: ConsolidatedScore } | null;
}

export interface MemberScoresView {
	territory: TerritoryRow;
	assessment: AssessmentFile;
	members: MemberScores[];
	/** Whether the viewer may open a round for all members at once. */
	canOpenForMembers: boolean;
}

export interface MemberTerritory {
	id: string;
	name: string;
	slug: string;
	withParent: boolean;
}

/** The territories directly under `parentId`, by name, with whether each shares with it. */
export async function memberTerritories(db: DbOrTx, parentId: string): Promise<MemberTerritory[]> {
	const rows = await db
		.select({
			id: territoriesTable.id,
			name: territoriesTable.name,
			slug: territoriesTable.slug,
			withParent: assessmentSharingTable.withParent
		})
		.from(territoriesTable)
		.leftJoin(assessmentSharingTable, eq(assessmentSharingTable.territoryId, territoriesTable.id))
		.where(eq(territoriesTable.parentId, parentId))
		.orderBy(asc(territoriesTable.name));
	return rows.map((row) => ({ ...row, withParent: row.withParent ?? false }));
}

async function openRoundTerritories(
	db: DbOrTx,
	assessmentId: string,
	territoryIds: string[]
): Promise<Set<string>> {
	if (territoryIds.length === 0) {
		return new Set();
	}
	const rows = await db
		.selectDistinct({ territoryId: assessmentRoundsTable.territoryId })
		.from(assessmentRoundsTable)
		.where(
			and(
				eq(assessmentRoundsTable.assessmentId, assessmentId),
				eq(assessmentRoundsTable.status, 'open'),
				inArray(assessmentRoundsTable.territoryId, territoryIds)
			)
		);
	return new Set(rows.map((row) => row.territoryId));
}

/**
 * The intermunicipal view: for a territory's member territories, the latest closed scores
 * of one assessment, side by side. A member that does not share its scores with its
 * parent shows as such, and nothing else about it (not even whether it ran a round).
 */
export async function listMemberScores(
	ctx: UseCaseContext,
	input: ListMemberScoresInput
): Promise<MemberScoresView> {
	const options = parseInput(listMemberScoresInput, input);
	const { territory, standing } = await territoryFor(ctx, options.slug, 'round.view');
	const assessment = assessmentContent().find((entry) => entry.id === options.assessmentId);
	if (!assessment) {
		throw invalid({ assessmentId: 'diagnose_error_unknown_assessment' });
	}
	const members = await memberTerritories(ctx.db, territory.id);
	const sharing = members.filter((member) => member.withParent).map((member) => member.id);
	const [latest, open] = await Promise.all([
		latestMemberRounds(ctx.db, assessment.id, sharing),
		openRoundTerritories(ctx.db, assessment.id, sharing)
	]);
	const latestById = new Map(latest.map((round) => [round.territoryId, round]));
	return {
		territory,
		assessment,
		members: members.map((member) => {
			const round = member.withParent ? latestById.get(member.id) : undefined;
			return {
				name: member.name,
				slug: member.slug,
				shared: member.withParent,
				roundOpen: open.has(member.id),
				latest: round ? { periodEnd: round.periodEnd, results: round.results } : null
			};
		}),
		canOpenForMembers: canRound(ctx.actor, 'round.manage', standing) && members.length > 0
	};
}
