import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';

// drizzle-kit wants a path relative to the project (it prefixes absolute ones with './').
const copy = `node_modules/.cache/territoria/drift-${process.pid}`;

afterAll(() => {
	rmSync(copy, { recursive: true, force: true });
});

describe('migrations', () => {
	it('match the schema: generating from it against a copy of drizzle/ adds nothing', () => {
		mkdirSync(copy, { recursive: true });
		cpSync('drizzle', copy, { recursive: true });
		const before = readdirSync(copy).sort();
		const output = execFileSync('npx', ['drizzle-kit', 'generate', '--name', 'drift'], {
			env: { ...process.env, DRIZZLE_OUT: copy },
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'pipe']
		});
		const added = readdirSync(copy)
			.sort()
			.filter((file) => !before.includes(file));
		expect(added, `schema changes without a migration; run npm run db:generate\n${output}`).toEqual(
			[]
		);
	}, 60_000);
});
