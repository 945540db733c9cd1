import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { BuiltUser } from '../../../src/lib/server/modules/accounts/testing/factories';
import { newContext } from './browser';
import { clientAddress } from './session';
import { expectAccessible, submit, visit } from './visit';

/** The rubric's criteria, as the review form names them (`scores.<criterion>.score`). */
export const criteria = [
	'relevance',
	'impact-evidence',
	'transferability',
	'participation-inclusion',
	'completeness'
] as const;

/** A made-up word, so that a search finds only the practice a test published. */
export const uniqueWord = (): string =>
	`quarz${[...randomBytes(6)].map((byte) => 'bcdfghjklmnpqrstvwxz'[byte % 20]).join('')}`;

/** A page of its own (own context, own client address) signed in as `person`. */
export async function signedInPage(
	browser: Browser,
	baseUrl: string,
	javaScript: boolean,
	person: BuiltUser
): Promise<Page> {
	const context = await newContext(browser, baseUrl, { javaScript, ip: clientAddress() });
	const page = await context.newPage();
	await visit(page, '/sign-in');
	await page.getByLabel('Email address', { exact: false }).fill(person.user.email);
	await page.getByLabel(/^Password/).fill(person.password);
	await submit(page, 'Sign in');
	return page;
}

/**
 * Submits the form that holds `button` (a plain POST with JavaScript on or off), checks
 * the page answered with axe-core and returns the status of the POST itself.
 */
export async function send(page: Page, button: string | RegExp): Promise<number> {
	const [response] = await Promise.all([
		page.waitForResponse((r) => r.request().method() === 'POST'),
		submit(page, button)
	]);
	await expectAccessible(page);
	return response.status();
}

/** Follows a link (client-side with JavaScript on) and checks the page it leads to. */
export async function follow(page: Page, name: string | RegExp, url: RegExp): Promise<void> {
	await Promise.all([page.waitForURL(url), page.getByRole('link', { name }).first().click()]);
	await page.waitForLoadState('networkidle');
	await expectAccessible(page);
}

export const field = (page: Page, name: string) => page.locator(`[name="${name}"]`);
export const choice = (page: Page, name: string, value: string) =>
	page.locator(`input[name="${name}"][value="${value}"]`);
export const text = async (page: Page, selector = 'main'): Promise<string> =>
	(await page.locator(selector).first().textContent()) ?? '';
/** The contribution's status, as its page shows it. */
export const status = (page: Page): Promise<string> => text(page, 'dl.meta-list dd strong');

/** Fills "Share your experience" with a complete practice whose title and link are given. */
export async function fillPractice(page: Page, title: string, link: string): Promise<void> {
	await page.getByLabel('Language of the texts').selectOption('en');
	await page.getByLabel(/^Title/).fill(title);
	await field(page, 'summary').fill('Neighbourhood councils vote on the budget by SMS.');
	await field(page, 'place').fill('Guédiawaye, Senegal');
	await field(page, 'body').fill('Residents **vote** by SMS on projects chosen in assemblies.');
	await field(page, 'facts').fill('Started in 2019.\n12 neighbourhoods took part.');
	await field(page, 'lessons').fill('- Radio announcements brought the most voters.');
	await page.locator('#field-countries').selectOption(['SN']);
	await page.locator('#field-region').selectOption('sub-saharan-africa');
	await page.locator('#field-populationBand').selectOption('100k-500k');
	await field(page, 'periodFrom').fill('2019');
	await choice(page, 'domains', 'b4').check();
	await choice(page, 'toolTypes', 'sms').check();
	await page.locator('#field-costBand').selectOption('under-50k');
	await page.locator('#field-maturityNeeded').selectOption('starting');
	await field(page, 'links').fill(link);
}

/** Fills the whole rubric with one score (a comment each) and the decision. */
export async function fillRubric(
	page: Page,
	options: { score: number; decision: string; evidence?: string }
): Promise<void> {
	for (const criterion of criteria) {
		await choice(page, `scores.${criterion}.score`, String(options.score)).check();
		await field(page, `scores.${criterion}.comment`).fill(`Clear enough on ${criterion}.`);
	}
	if (options.evidence) {
		await page.locator('#field-evidenceLevel').selectOption(options.evidence);
	}
	await choice(page, 'decision', options.decision).check();
	await field(page, 'comment').fill('Thank you: published as it stands.');
}

/** Starts the review of a submitted contribution and publishes it with 3 out of 4 everywhere. */
export async function publish(page: Page, contributionUrl: string, evidence?: string) {
	await visit(page, contributionUrl);
	expect(await send(page, 'I am reviewing it')).toBe(303);
	expect(await status(page)).toBe('In review');
	await fillRubric(page, { score: 3, decision: 'publish', evidence });
	expect(await send(page, 'Record the decision')).toBe(303);
	expect(new URL(page.url()).search).toBe('?notice=reviewed');
	expect(await status(page)).toBe('Published');
}
