import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pgliteExtensions } from '../db/client';

/**
 * Backups for both database modes. PGlite: a gzip tarball of the data directory, made
 * through PGlite itself (consistent). PostgreSQL: `pg_dump --format=custom`. The
 * embedded database allows one process at a time, so stop the server before a PGlite
 * backup or restore.
 */
export interface BackupTarget {
	databaseUrl?: string;
	dataDir: string;
}

export function timestampedName(now: Date, extension: string): string {
	return `territoria-${now.toISOString().replace(/[:.]/g, '-')}.${extension}`;
}

export async function backupDatabase(
	target: BackupTarget,
	outDir: string,
	now = new Date()
): Promise<string> {
	mkdirSync(outDir, { recursive: true });
	if (target.databaseUrl) {
		const file = path.join(outDir, timestampedName(now, 'dump'));
		execFileSync(
			'pg_dump',
			['--format=custom', '--no-owner', `--file=${file}`, target.databaseUrl],
			{
				stdio: ['ignore', 'inherit', 'inherit']
			}
		);
		return file;
	}
	if (!existsSync(path.join(target.dataDir, 'PG_VERSION'))) {
		throw new Error(`No embedded database in ${target.dataDir}: nothing to back up.`);
	}
	const client = await PGlite.create(target.dataDir, { extensions: pgliteExtensions });
	try {
		const dump = await client.dumpDataDir('gzip');
		const file = path.join(outDir, timestampedName(now, 'tar.gz'));
		writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
		return file;
	} finally {
		await client.close();
	}
}

/**
 * Restores a backup made by backupDatabase. PGlite: the current data directory is kept
 * beside the new one as `<dir>.before-restore-<time>` so nothing is lost by mistake.
 */
export async function restoreDatabase(
	target: BackupTarget,
	file: string,
	now = new Date()
): Promise<void> {
	if (!existsSync(file)) {
		throw new Error(`Backup file not found: ${file}`);
	}
	if (target.databaseUrl) {
		execFileSync(
			'pg_restore',
			['--clean', '--if-exists', '--no-owner', `--dbname=${target.databaseUrl}`, file],
			{
				stdio: ['ignore', 'inherit', 'inherit']
			}
		);
		return;
	}
	if (existsSync(target.dataDir)) {
		const aside = `${target.dataDir.replace(/\/$/, '')}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
		renameSync(target.dataDir, aside);
	}
	mkdirSync(target.dataDir, { recursive: true });
	try {
		const client = await PGlite.create(target.dataDir, {
			extensions: pgliteExtensions,
			loadDataDir: new Blob([readFileSync(file)])
		});
		await client.query('select 1');
		await client.close();
	} catch (error) {
		rmSync(target.dataDir, { recursive: true, force: true });
		throw error;
	}
}
