import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { axeViolations, describeViolations } from './browser';

/**
 * Checks the page now on screen with axe-core: every test calls it on every page it
 * reaches (after a navigation or a form submission), with JavaScript on and off.
 */
export async function expectAccessible(page: Page): Promise<void> {
	const violations = await axeViolations(page);
	expect(violations, `${page.url()}\n${describeViolations(violations)}`).toEqual([]);
}

/** Goes to a path and checks it: status below 400 and no axe violation. */
export async function visit(page: Page, path: string): Promise<void> {
	const response = await page.goto(path);
	expect(response?.status(), path).toBeLessThan(400);
	await expectAccessible(page);
}

/** Submits the form that holds `button` and waits for the next page (JS on or off). */
export async function submit(page: Page, buttonName: string | RegExp): Promise<void> {
	await Promise.all([
		page.waitForLoadState('load'),
		page.getByRole('button', { name: buttonName }).click()
	]);
	await page.waitForLoadState('networkidle');
}
