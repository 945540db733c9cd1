// npm run db:restore -- <backup file>   (stop the server first in embedded mode)
import { restoreDatabase } from '../src/lib/server/platform/backup/backup';
import { parseConfig } from '../src/lib/server/platform/config';

const file = process.argv[2];
if (!file) {
	console.error('Usage: npm run db:restore -- <backup file>');
	process.exit(2);
}
try {
	const config = parseConfig(process.env);
	await restoreDatabase(
		{ databaseUrl: config.DATABASE_URL, dataDir: config.TERRITORIA_DATA_DIR },
		file
	);
	console.log(`Restored from ${file}`);
} catch (error) {
	// A command-line user needs the reason, not a stack trace.
	console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
}
