import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { system, type Actor, type UseCaseContext } from '../platform/actor';
import { recordAudit } from '../platform/audit/record-audit';
import type { Db } from '../platform/db/client';
import { logger } from '../platform/logger';
import { hashPassword } from '../modules/accounts/password-hashing';
import { usersTable } from '../modules/accounts/schema';
import { createTerritory } from '../modules/territories/create-territory';
import { membershipsTable, territoriesTable } from '../modules/territories/schema';
import { demoAccounts, demoTerritories } from './demo-data';
import { seedDemoRounds } from './demo-rounds';
import { seedDemoEcosystem } from './demo-ecosystem';
import { seedDemoPilots } from './demo-pilots';
import { seedDemoIndicators } from './demo-indicators';
import { seedDemoPlan } from './demo-plan';
import { seedDemoPublication } from './demo-publication';
import { seedDemoRisks } from './demo-risks';

/** A readable random password: 4 groups of 5 letters and digits, about 100 bits. */
function demoPassword(): string {
	const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789';
	const bytes = randomBytes(20);
	const chars = [...bytes].map((b) => alphabet[b % alphabet.length] ?? 'x');
	return [0, 5, 10, 15].map((i) => chars.slice(i, i + 5).join('')).join('-');
}

async function isEmpty(db: Db): Promise<boolean> {
	const [row] = await db
		.select({
			users: sql<number>`(select count(*)::int from ${usersTable})`,
			territories: sql<number>`(select count(*)::int from ${territoriesTable})`
		})
		.from(sql`(select 1) as one`);
	return row?.users === 0 && row.territories === 0;
}

/**
 * On an empty database, creates the demo territories (the Métropole Européenne de Lille
 * with Lille, Roubaix and Tourcoing, and the small town of Bergues), demo accounts, and
 * two years of the cybersecurity diagnostic in the three municipalities (demo-rounds.ts),
 * and prints the accounts' passwords once. Territories go through the use cases; accounts and
 * memberships are demo-only direct writes, each recorded in the audit trail.
 */
export async function seedDemoIfEmpty(db: Db): Promise<void> {
	if (!(await isEmpty(db))) {
		return;
	}
	const credentials: { email: string; password: string; note: string }[] = [];
	await db.transaction(async (tx) => {
		const ctx: UseCaseContext = { db: tx, actor: system, requestId: 'demo-seed' };
		const territoryIds = new Map<string, string>();
		const actors = new Map<string, Actor>();
		for (const territory of demoTerritories) {
			const created = await createTerritory(ctx, territory);
			territoryIds.set(created.slug, created.id);
		}
		const metropolis = territoryIds.get('metropole-europeenne-de-lille');
		if (metropolis) {
			await seedDemoEcosystem(ctx, metropolis);
		}
		for (const account of demoAccounts) {
			const password = demoPassword();
			const [user] = await tx
				.insert(usersTable)
				.values({
					email: account.email,
					displayName: account.displayName,
					passwordHash: await hashPassword(password),
					locale: account.locale,
					platformRole: account.platformRole ?? null
				})
				.returning({ id: usersTable.id });
			if (!user) {
				throw new Error('seedDemo: the user insert returned nothing');
			}
			await recordAudit(ctx, {
				action: 'demo.create-account',
				targetType: 'user',
				targetId: user.id
			});
			for (const [slug, role] of Object.entries(account.memberships)) {
				const territoryId = territoryIds.get(slug);
				if (!territoryId) {
					throw new Error(`seedDemo: no demo territory ${slug}`);
				}
				await tx.insert(membershipsTable).values({ territoryId, userId: user.id, role });
				await recordAudit(ctx, {
					action: 'demo.add-member',
					territoryId,
					targetType: 'member',
					targetId: user.id,
					summary: { role }
				});
			}
			credentials.push({ email: account.email, password, note: account.note });
			actors.set(account.email, {
				kind: 'user',
				userId: user.id,
				displayName: account.displayName,
				email: account.email,
				platformRole: account.platformRole ?? null
			});
		}
		await seedDemoRounds(tx, actors, system);
		if (metropolis) {
			await seedDemoPilots(ctx, metropolis);
			await seedDemoPlan(ctx, metropolis, actors);
			// Risks and indicators need the roadmap's four solutions (seedDemoPlan) before them.
			await seedDemoRisks(ctx, metropolis);
			await seedDemoIndicators(ctx, metropolis);
			await seedDemoPublication(ctx, 'metropole-europeenne-de-lille');
		}
	});
	logger.info({ accounts: credentials.length }, 'demo data created');
	// Printed once, on stdout, for the person who started the server; never logged.
	const lines = credentials.map((c) => `  ${c.email.padEnd(32)} ${c.password}   ${c.note}`);
	console.log(
		[
			'',
			'================ Territoria demo accounts (DEMO ONLY, shown once) ================',
			...lines,
			'  These accounts are for trying Territoria out. Never keep them on a public server.',
			'=================================================================================',
			''
		].join('\n')
	);
}
