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
	'/territories/metropole-europeenne-de-lille',
	'/guide',
	'/guide/afd-iddri',
	'/guide/afd-iddri/a1',
	'/guide/afd-iddri/tracks/b1/print',
	'/guide/afd-iddri/quizzes/knowledge',
	'/practices',
	'/practices/lagos-wecyclers',
	'/practices/rubric'
];
const pages = process.argv.length > 2 ? process.argv.slice(2) : defaultPages;

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

const staticImport = /(?:\bfrom\s*|\bimport\s*)"(\.{1,2}\/[^"]+\.js)"/g;

/**
 * What the browser downloads to hydrate the page: the two entry modules, the route nodes
 * the page starts with (`node_ids`), and their static imports, recursively. Other
 * routes' nodes are dynamic imports, loaded only when the visitor goes there.
 */
async function javascriptOf(
	pageUrl: URL,
	html: string
): Promise<{ files: number; raw: number; gzip: number }> {
	const entries = [...html.matchAll(/import\("([^"]+\.js)"\)/g)].map(
		(match) => new URL(match[1] ?? '', pageUrl).href
	);
	const nodeIds = (/node_ids: \[([\d, ]*)\]/.exec(html)?.[1] ?? '')
		.split(',')
		.map((id) => id.trim())
		.filter(Boolean);
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
		const source = body.toString('utf8');
		for (const match of source.matchAll(staticImport)) {
			queue.push(new URL(match[1] ?? '', url).href);
		}
		for (const id of url.includes('/entry/app.') ? nodeIds : []) {
			const node = new RegExp(`"(\\.\\./nodes/${id}\\.[^"]+\\.js)"`).exec(source)?.[1];
			if (node) {
				queue.push(new URL(node, url).href);
			}
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
