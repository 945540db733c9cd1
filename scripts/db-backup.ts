// npm run db:backup [-- <output directory>]   (default: ./backups)
import { backupDatabase } from '../src/lib/server/platform/backup/backup';
import { parseConfig } from '../src/lib/server/platform/config';

try {
	const config = parseConfig(process.env);
	const file = await backupDatabase(
		{ databaseUrl: config.DATABASE_URL, dataDir: config.TERRITORIA_DATA_DIR },
		process.argv[2] ?? 'backups'
	);
	console.log(`Backup written: ${file}`);
} catch (error) {
	// A command-line user needs the reason, not a stack trace.
	console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
}
