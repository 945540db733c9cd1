import { and, eq, inArray } from 'drizzle-orm';
import type { UseCaseContext } from '../../platform/actor';
import type { DbOrTx } from '../../platform/db/client';
import { practiceSearchTable } from '../catalogue/schema';
import { stakeholdersTable } from '../ecosystem/schema';
import type { ContentLocale } from '../guide/content-schema';
import type { TerritoryRow } from '../territories/queries';
import { pilotTarget, type PilotAddress, type PilotRow } from './pilot-target';
import {
	pilotActionPracticesTable,
	pilotActionStakeholdersTable,
	pilotActionWeakAreasTable
} from './schema';
import { closedRounds, weakAreaView, type WeakAreaView } from './weak-area-view';

export interface LinkedPractice {
	id: string;
	slug: string;
	title: string;
}

export interface PilotView {
	territory: TerritoryRow;
	pilot: PilotRow;
	stakeholders: { id: string; name: string; category: string }[];
	practices: LinkedPractice[];
	weakAreas: WeakAreaView[];
	canEdit: boolean;
	canDelete: boolean;
}

/** A pilot action with its links, for its territory's members. */
export async function getPilotAction(
	ctx: UseCaseContext,
	input: PilotAddress & { locale?: ContentLocale }
): Promise<PilotView> {
	// A malformed address is not found (404), like any other address nobody may see.
	const target = await pilotTarget(ctx, input, 'pilot.view');
	const locale = input.locale === 'fr' ? 'fr' : 'en';
	const { pilot } = target;
	const stakeholders = await ctx.db
		.select({
			id: stakeholdersTable.id,
			name: stakeholdersTable.name,
			category: stakeholdersTable.category
		})
		.from(pilotActionStakeholdersTable)
		.innerJoin(
			stakeholdersTable,
			eq(stakeholdersTable.id, pilotActionStakeholdersTable.stakeholderId)
		)
		.where(eq(pilotActionStakeholdersTable.pilotActionId, pilot.id))
		.orderBy(stakeholdersTable.name);
	const refs = await ctx.db
		.select({
			roundId: pilotActionWeakAreasTable.roundId,
			dimensionId: pilotActionWeakAreasTable.dimensionId
		})
		.from(pilotActionWeakAreasTable)
		.where(eq(pilotActionWeakAreasTable.pilotActionId, pilot.id));
	const rounds = await closedRounds(ctx.db, target.territory.id, [
		...new Set(refs.map((ref) => ref.roundId))
	]);
	const weakAreas = rounds.flatMap((round) =>
		refs
			.filter((ref) => ref.roundId === round.id)
			.map((ref) => weakAreaView(round, ref.dimensionId, locale))
	);
	return {
		territory: target.territory,
		pilot,
		stakeholders,
		practices: await linkedPractices(ctx.db, [pilot.id], locale).then((all) =>
			all.map(({ practice }) => practice)
		),
		weakAreas,
		canEdit: target.canEdit,
		canDelete: target.canDelete
	};
}

/** The catalogue practices linked to some pilot actions, titled in the reader's language. */
export async function linkedPractices(
	db: DbOrTx,
	pilotIds: string[],
	locale: ContentLocale
): Promise<{ pilotId: string; practice: LinkedPractice }[]> {
	if (pilotIds.length === 0) {
		return [];
	}
	const rows = await db
		.select({
			pilotId: pilotActionPracticesTable.pilotActionId,
			id: practiceSearchTable.practiceId,
			slug: practiceSearchTable.slug,
			title: practiceSearchTable.title
		})
		.from(pilotActionPracticesTable)
		.innerJoin(
			practiceSearchTable,
			and(
				eq(practiceSearchTable.practiceId, pilotActionPracticesTable.practiceId),
				eq(practiceSearchTable.readerLanguage, locale)
			)
		)
		.where(inArray(pilotActionPracticesTable.pilotActionId, pilotIds))
		.orderBy(practiceSearchTable.title);
	return rows.map(({ pilotId, ...practice }) => ({ pilotId, practice }));
}
