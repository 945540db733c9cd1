// Runs before `npm start`: builds the app when there is no build or when the sources
// are newer than it, so `npm ci && npm start` works on a fresh clone.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const marker = 'build/handler.js';
const sources = [
	'src',
	'messages',
	'static',
	'drizzle',
	'project.inlang/settings.json',
	'svelte.config.js',
	'vite.config.ts',
	'package-lock.json'
];

function newest(entry) {
	if (!existsSync(entry)) {
		return 0;
	}
	const stat = statSync(entry);
	if (!stat.isDirectory()) {
		return stat.mtimeMs;
	}
	let latest = stat.mtimeMs;
	for (const child of readdirSync(entry)) {
		if (child === 'paraglide') {
			continue; // generated during the build itself
		}
		latest = Math.max(latest, newest(path.join(entry, child)));
	}
	return latest;
}

const built = existsSync(marker) ? statSync(marker).mtimeMs : 0;
if (built === 0 || Math.max(...sources.map(newest)) > built) {
	console.log('Building Territoria (first start or sources changed)…');
	execSync('npm run build', { stdio: 'inherit' });
}
