import { eq, sql } from 'drizzle-orm';
import { system, type UseCaseContext } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Db } from '../../platform/db/client';
import type { PracticeFile } from './content-schema';
import { reindexPractices } from './index-practices';
import type { ShippedPractice } from './load-practices';
import { practicesTable } from './schema';

/** The columns a shipped practice sets; everything else keeps its default or history. */
export function contentColumns(practice: PracticeFile) {
	return {
		originalLanguage: practice.originalLanguage,
		texts: practice.texts,
		source: practice.source,
		countries: practice.countries,
		region: practice.region,
		populationBand: practice.populationBand,
		domains: practice.domains,
		toolTypes: practice.toolTypes,
		layers: practice.layers,
		costBand: practice.costBand ?? null,
		maturityNeeded: practice.maturityNeeded,
		risks: practice.risks,
		stakeholders: practice.stakeholders,
		periodFrom: practice.period?.from ?? null,
		periodTo: practice.period?.to ?? null,
		links: practice.links,
		contact: practice.contact ?? null,
		guideSteps: practice.guideSteps,
		evidenceLevel: practice.evidenceLevel
	};
}

/** Any number that several server processes agree on, to serialise their loads. */
const loadLock = 774_202;

export interface SyncResult {
	created: string[];
	updated: string[];
}

/**
 * Loads the shipped practices into the catalogue at start. Idempotent: a file whose hash
 * matches what was loaded writes nothing; an edited file updates its practice (texts and
 * facts; replications and contributed edits' history stay). A practice whose file was
 * removed stays published: replication reports may point at it.
 */
export async function syncContentPractices(
	db: Db,
	shipped: readonly ShippedPractice[]
): Promise<SyncResult> {
	const result: SyncResult = { created: [], updated: [] };
	await db.transaction(async (tx) => {
		await tx.execute(sql`SELECT pg_advisory_xact_lock(${loadLock})`);
		const ctx: UseCaseContext = { db: tx, actor: system };
		const changed: string[] = [];
		for (const { practice, hash } of shipped) {
			const [existing] = await tx
				.select({ id: practicesTable.id, hash: practicesTable.contentHash })
				.from(practicesTable)
				.where(eq(practicesTable.slug, practice.id));
			if (existing && existing.hash === hash) {
				continue;
			}
			const columns = { ...contentColumns(practice), contentHash: hash };
			let id: string;
			if (existing) {
				// The file is the editorial source: it replaces any reviewed community edit,
				// so that edit's review no longer describes what is shown.
				await tx
					.update(practicesTable)
					.set({ ...columns, reviewId: null, updatedAt: new Date() })
					.where(eq(practicesTable.id, existing.id));
				id = existing.id;
				result.updated.push(practice.id);
			} else {
				const [row] = await tx
					.insert(practicesTable)
					.values({ ...columns, slug: practice.id, origin: 'content' })
					.returning({ id: practicesTable.id });
				if (!row) {
					throw new Error(`inserting practice ${practice.id} returned nothing`);
				}
				id = row.id;
				result.created.push(practice.id);
			}
			changed.push(id);
			await recordAudit(ctx, {
				action: existing ? 'catalogue.update-practice' : 'catalogue.create-practice',
				targetType: 'practice',
				targetId: id,
				summary: { slug: practice.id, origin: 'content' }
			});
		}
		await reindexPractices(tx, changed);
	});
	return result;
}
