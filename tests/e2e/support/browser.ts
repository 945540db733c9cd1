import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Debian's Chromium, headless, with no network beyond the loopback server. */
export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run'
		]
	});
}

/** Contexts opened with JavaScript off: axe-core cannot run in them (its timers never fire). */
const withoutJavaScript = new WeakSet<BrowserContext>();

export async function newContext(
	browser: Browser,
	baseUrl: string,
	options: { javaScript: boolean; ip?: string }
): Promise<BrowserContext> {
	const context = await browser.newContext({
		baseURL: baseUrl,
		javaScriptEnabled: options.javaScript,
		// Rate limits are per client address: each test plays its own.
		extraHTTPHeaders: options.ip ? { 'x-forwarded-for': options.ip } : {},
		viewport: { width: 1280, height: 800 }
	});
	if (!options.javaScript) {
		withoutJavaScript.add(context);
	}
	return context;
}

export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string[] }[];
}

/**
 * Runs axe-core (WCAG 2.1 A and AA rules) on the page as it is now. The script is
 * evaluated through the DevTools protocol, so the page's CSP is not loosened for it.
 * Pages opened with JavaScript off are checked by reopening their URL with it on.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
	if (withoutJavaScript.has(page.context())) {
		return axeViolationsOfStaticCopy(page);
	}
	return runAxe(page);
}

/**
 * A page seen with JavaScript off is checked as a copy: the same HTML, scripts removed,
 * served at the same URL (so its stylesheets load) in a page where axe-core can run.
 */
async function axeViolationsOfStaticCopy(page: Page): Promise<AxeViolation[]> {
	const browser = page.context().browser();
	if (!browser) {
		throw new Error('axeViolations: the page has no browser');
	}
	const html = (await page.content()).replace(/<script[\s\S]*?<\/script>/g, '');
	const checker = await browser.newContext();
	try {
		const copy = await checker.newPage();
		const url = page.url();
		await copy.route(url, (route) => route.fulfill({ body: html, contentType: 'text/html' }));
		await copy.goto(url);
		return await runAxe(copy);
	} finally {
		await checker.close();
	}
}

async function runAxe(page: Page): Promise<AxeViolation[]> {
	await page.evaluate(`${axeSource}\n;0`);
	const result = await page.evaluate(async () => {
		const axe = (
			window as unknown as {
				axe: {
					run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }>;
				};
			}
		).axe;
		return axe.run(document, {
			runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }
		});
	});
	return result.violations;
}

/** A readable summary for assertion messages. */
export function describeViolations(violations: AxeViolation[]): string {
	return violations
		.map(
			(v) =>
				`${v.id} (${v.impact ?? 'n/a'}): ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
		)
		.join('\n');
}
