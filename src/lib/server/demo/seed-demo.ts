import type { Db } from '../platform/db/client';

/** Demo data is written in a later step of the foundation issue. */
export async function seedDemoIfEmpty(_db: Db): Promise<void> {
	await Promise.resolve();
}
