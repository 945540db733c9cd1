import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { axeViolations, describeViolations, newContext } from './browser';
import { clientAddress } from './session';

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

/** Submits and checks the page the server answered with. */
export async function send(page: Page, button: string | RegExp): Promise<void> {
	await submit(page, button);
	await expectAccessible(page);
}

/** A new browser context, JavaScript on or off, signed in as `person` through the form. */
export async function signedInPage(
	browser: Browser,
	baseUrl: string,
	javaScript: boolean,
	person: { user: { email: string }; password: string }
): Promise<Page> {
	const context = await newContext(browser, baseUrl, { javaScript, ip: clientAddress() });
	const page = await context.newPage();
	await visit(page, '/sign-in');
	await page.getByLabel('Email address', { exact: false }).fill(person.user.email);
	await page.getByLabel(/^Password/).fill(person.password);
	await submit(page, 'Sign in');
	return page;
}
