import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, describeViolations, launchBrowser, newContext } from './support/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser.close();
});

describe('the page shell', () => {
	it('has a skip link that moves focus to the main content, in both languages', async () => {
		const context = await newContext(browser, baseUrl, { javaScript: true });
		const page = await context.newPage();
		for (const [path, text] of [
			['/', 'Skip to main content'],
			['/fr', 'Aller au contenu principal']
		] as const) {
			await page.goto(path);
			await page.keyboard.press('Tab');
			const focused = page.locator(':focus');
			await expect.poll(() => focused.textContent()).toBe(text);
			await page.keyboard.press('Enter');
			expect(await page.evaluate(() => location.hash)).toBe('#main');
		}
		await context.close();
	});

	it('reports no axe-core violation on the home page, in English and French', async () => {
		const context = await newContext(browser, baseUrl, { javaScript: true });
		const page = await context.newPage();
		for (const path of ['/', '/fr']) {
			await page.goto(path);
			const violations = await axeViolations(page);
			expect(violations, describeViolations(violations)).toEqual([]);
		}
		await context.close();
	});

	it('switches language with JavaScript off and keeps the page', async () => {
		const context = await newContext(browser, baseUrl, { javaScript: false });
		const page = await context.newPage();
		await page.goto('/');
		await page.getByRole('link', { name: 'Français' }).click();
		await page.waitForURL(`${baseUrl}/fr`);
		expect(await page.getAttribute('html', 'lang')).toBe('fr');
		await page.getByRole('link', { name: 'English' }).click();
		await page.waitForURL(`${baseUrl}/`);
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		await context.close();
	});

	it('stays usable at 320 px wide: nothing overflows sideways', async () => {
		const context = await browser.newContext({
			baseURL: baseUrl,
			viewport: { width: 320, height: 640 }
		});
		const page = await context.newPage();
		await page.goto('/');
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		await context.close();
	});
});
