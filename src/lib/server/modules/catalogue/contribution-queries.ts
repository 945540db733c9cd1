import { eq } from 'drizzle-orm';
import { AppError, invalid, notFound } from '../../platform/errors';
import type { Actor } from '../../platform/actor';
import type { DbOrTx } from '../../platform/db/client';
import { atLeast, standingIn } from '../territories/policy';
import { findTerritoryBySlug, type TerritoryRow } from '../territories/queries';
import { contributionData, type ContributorInput } from './contribution-input';
import { contributionsTable, practicesTable } from './schema';
import { parseInput } from '../../platform/validation';

export type ContributionRow = typeof contributionsTable.$inferSelect;
export type PracticeRow = typeof practicesTable.$inferSelect;

/** `lock` takes the row lock, for writes that check the status or version first. */
export async function findContribution(
	db: DbOrTx,
	id: string,
	lock = false
): Promise<ContributionRow | undefined> {
	if (!/^[0-9a-f-]{36}$/i.test(id)) {
		return undefined;
	}
	const query = db.select().from(contributionsTable).where(eq(contributionsTable.id, id));
	const [row] = lock ? await query.for('update') : await query;
	return row;
}

export async function practiceBySlugOrNotFound(db: DbOrTx, slug: string): Promise<PracticeRow> {
	const [row] = await db.select().from(practicesTable).where(eq(practicesTable.slug, slug));
	if (!row) {
		throw notFound();
	}
	return row;
}

/**
 * The territory a person speaks for: they must contribute to it (contributor or above),
 * as for any other write in a territory.
 */
export async function territoryToSpeakFor(
	db: DbOrTx,
	actor: Actor,
	slug: string | undefined
): Promise<TerritoryRow> {
	const territory = slug ? await findTerritoryBySlug(db, slug) : null;
	if (!territory) {
		throw invalid({ territory: 'catalogue_error_territory' });
	}
	const standing = await standingIn(db, actor, territory.id);
	if (!atLeast(standing.role, 'contributor')) {
		throw new AppError('forbidden', 'catalogue_error_territory_role', {
			territory: 'catalogue_error_territory_role'
		});
	}
	return territory;
}

/** Columns of a contribution that say who speaks through it. */
export async function contributorColumns(
	db: DbOrTx,
	actor: Actor,
	contributor: ContributorInput
): Promise<{
	speakingFor: ContributorInput['speakingFor'];
	territoryId: string | null;
	organisationName: string | null;
	territory: TerritoryRow | null;
}> {
	const territory =
		contributor.speakingFor === 'territory'
			? await territoryToSpeakFor(db, actor, contributor.territory)
			: null;
	return {
		speakingFor: contributor.speakingFor,
		territoryId: territory?.id ?? null,
		organisationName:
			contributor.speakingFor === 'company' || contributor.speakingFor === 'community-group'
				? (contributor.organisationName ?? null)
				: null,
		territory
	};
}

/** Validates the proposed fields for the contribution's kind; 400 naming each bad field. */
export function parseContributionData(kind: ContributionRow['kind'], data: unknown) {
	return kind === 'practice'
		? parseInput(contributionData.practice, data)
		: parseInput(contributionData.replication, data);
}

/** The title a practice contribution gives itself, in its original language. */
export function contributionTitle(
	contribution: Pick<ContributionRow, 'kind' | 'data'>
): string | null {
	if (contribution.kind !== 'practice') {
		return null;
	}
	const { texts, originalLanguage } = contribution.data as {
		texts?: Record<string, { title?: string } | undefined>;
		originalLanguage?: string;
	};
	return (originalLanguage && texts?.[originalLanguage]?.title) || null;
}
