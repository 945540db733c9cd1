import { count, eq, like, or } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client';
import { firstFreeSlug, slugify } from '../territories/slug';
import { territoriesTable } from '../territories/schema';
import type { ReplicationReportData } from './contribution-input';
import type { ContributionRow, PracticeRow } from './contribution-queries';
import { reindexPractices } from './index-practices';
import type { PracticeDraft } from './practice-record';
import { practicesTable, replicationReportsTable } from './schema';
import { populationBandOf, type EvidenceLevel } from './vocabulary';

function draftColumns(draft: PracticeDraft) {
	return {
		originalLanguage: draft.originalLanguage,
		texts: draft.texts,
		countries: draft.countries,
		region: draft.region,
		populationBand: draft.populationBand,
		domains: draft.domains,
		toolTypes: draft.toolTypes,
		layers: draft.layers,
		costBand: draft.costBand ?? null,
		maturityNeeded: draft.maturityNeeded,
		risks: draft.risks,
		stakeholders: draft.stakeholders,
		periodFrom: draft.period?.from ?? null,
		periodTo: draft.period?.to ?? null,
		links: draft.links,
		contact: draft.contact ?? null
	};
}

async function freePracticeSlug(tx: Tx, title: string): Promise<string> {
	// slugify cuts at 70 characters; end on a whole word rather than mid-word.
	const cut = slugify(title).replace(/^territory$/, 'practice');
	const base = cut.length >= 70 && cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
	const rows = await tx
		.select({ slug: practicesTable.slug })
		.from(practicesTable)
		.where(or(eq(practicesTable.slug, base), like(practicesTable.slug, `${base}-%`)));
	return firstFreeSlug(base, new Set(rows.map((row) => row.slug)));
}

/** Who the catalogue credits: the organisation or territory spoken for, else the author. */
async function contributorName(tx: Tx, contribution: ContributionRow): Promise<string> {
	if (contribution.organisationName) {
		return contribution.organisationName;
	}
	if (contribution.territoryId) {
		const [territory] = await tx
			.select({ name: territoriesTable.name })
			.from(territoriesTable)
			.where(eq(territoriesTable.id, contribution.territoryId));
		if (territory) {
			return territory.name;
		}
	}
	return contribution.authorName;
}

/**
 * Applies an accepted practice contribution: a new practice, or the new version of the
 * one it edits (same slug and replications; its evidence level is the reviewer's).
 */
export async function publishPractice(
	tx: Tx,
	contribution: ContributionRow,
	draft: PracticeDraft,
	review: { id: string; evidenceLevel: EvidenceLevel }
): Promise<PracticeRow> {
	const columns = {
		...draftColumns(draft),
		evidenceLevel: review.evidenceLevel,
		reviewId: review.id,
		updatedAt: new Date()
	};
	// An edit keeps the practice's original contributor: credit for corrections and
	// translations stays in the contribution's history.
	const credit = {
		territoryId: contribution.territoryId,
		contributorName: await contributorName(tx, contribution)
	};
	const [practice] = contribution.practiceId
		? await tx
				.update(practicesTable)
				.set(columns)
				.where(eq(practicesTable.id, contribution.practiceId))
				.returning()
		: await tx
				.insert(practicesTable)
				.values({
					...columns,
					...credit,
					slug: await freePracticeSlug(
						tx,
						draft.texts[draft.originalLanguage]?.title ?? 'practice'
					),
					origin: 'contribution',
					guideSteps: []
				})
				.returning();
	if (!practice) {
		throw new Error('publishing a practice wrote nothing');
	}
	await reindexPractices(tx, [practice.id]);
	return practice;
}

/** Applies an accepted replication report: shown on the practice, counted in its sort. */
export async function publishReplication(
	tx: Tx,
	contribution: ContributionRow,
	report: ReplicationReportData,
	reviewId: string
): Promise<void> {
	const practiceId = contribution.practiceId;
	const territoryId = contribution.territoryId;
	if (!practiceId || !territoryId) {
		throw new Error('a replication contribution names its practice and territory');
	}
	const [territory] = await tx
		.select({ name: territoriesTable.name })
		.from(territoriesTable)
		.where(eq(territoriesTable.id, territoryId));
	const { language, population, region, country, recommend, ...details } = report;
	await tx.insert(replicationReportsTable).values({
		practiceId,
		territoryId,
		contributionId: contribution.id,
		reviewId,
		territoryName: territory?.name ?? contribution.authorName,
		region,
		country,
		population,
		populationBand: populationBandOf(population),
		language,
		report: details,
		recommend
	});
	const [{ total } = { total: 0 }] = await tx
		.select({ total: count() })
		.from(replicationReportsTable)
		.where(eq(replicationReportsTable.practiceId, practiceId));
	await tx
		.update(practicesTable)
		.set({ replicationCount: total })
		.where(eq(practicesTable.id, practiceId));
	await reindexPractices(tx, [practiceId]);
}
