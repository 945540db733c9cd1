// Quick check of practice files against their schema, for content writers. `npm run
// content:check` runs the full check (cross-references included) on the whole directory.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { practiceFile } from '../src/lib/server/modules/catalogue/content-schema';

for (const file of process.argv.slice(2)) {
	const result = practiceFile.safeParse(parse(readFileSync(file, 'utf8')));
	console.log(
		file,
		result.success
			? 'ok'
			: result.error.issues.map((i) => `\n  ${i.path.join('.')}: ${i.message}`).join('')
	);
}
