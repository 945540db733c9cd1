// npm run bench:page-weight [-- /path …] — starts the built server on a throwaway
// embedded database with demo data and prints, for each page, the HTML and JavaScript
// it costs a visitor, raw and gzip-compressed. Target: under 60 KB of gzip JS per page.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureBuilt, startServer } from '../tests/e2e/support/server-process';

const defaultPages = [
	'/',
	'/fr',
	'/sign-in',
	'/sign-up',
	'/territories',
	'/territories/metropole-europeenne-de-lille'
];
const pages = process.argv.length > 2 ? process.argv.slice(2) : defaultPages;

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** Every module the page loads: its entry imports and, recursively, their imports. */
async function javascriptOf(
	pageUrl: URL,
	html: string
): Promise<{ files: number; raw: number; gzip: number }> {
	const entries = [...html.matchAll(/(?:href|src)="([^"]+\.js)"|import\("([^"]+\.js)"\)/g)].map(
		(match) => new URL(match[1] ?? match[2] ?? '', pageUrl).href
	);
	const seen = new Set<string>();
	const queue = [...entries];
	let raw = 0;
	let gzip = 0;
	while (queue.length > 0) {
		const url = queue.shift() ?? '';
		if (seen.has(url)) {
			continue;
		}
		seen.add(url);
		const body = Buffer.from(await (await fetch(url)).arrayBuffer());
		raw += body.length;
		gzip += gzipSync(body, { level: 6 }).length;
		for (const match of body
			.toString('utf8')
			.matchAll(/(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+\.js)"/g)) {
			queue.push(new URL(match[1] ?? '', url).href);
		}
	}
	return { files: seen.size, raw, gzip };
}

ensureBuilt();
const dataDir = mkdtempSync(path.join(tmpdir(), 'territoria-bench-'));
const server = await startServer({ TERRITORIA_DATA_DIR: dataDir, TERRITORIA_DEMO: '1' });
try {
	console.log('page | status | HTML gzip | JS files | JS raw | JS gzip');
	for (const page of pages) {
		const pageUrl = new URL(page, server.baseUrl);
		const response = await fetch(pageUrl);
		const html = await response.text();
		const js = await javascriptOf(pageUrl, html);
		console.log(
			`${page} | ${response.status} | ${kb(gzipSync(html).length)} | ${js.files} | ${kb(js.raw)} | ${kb(js.gzip)}`
		);
	}
} finally {
	await server.stop();
	rmSync(dataDir, { recursive: true, force: true });
}
