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

export function newContext(
	browser: Browser,
	baseUrl: string,
	options: { javaScript: boolean; ip?: string }
): Promise<BrowserContext> {
	return browser.newContext({
		baseURL: baseUrl,
		javaScriptEnabled: options.javaScript,
		// Rate limits are per client address: each test plays its own.
		extraHTTPHeaders: options.ip ? { 'x-forwarded-for': options.ip } : {},
		viewport: { width: 1280, height: 800 }
	});
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
