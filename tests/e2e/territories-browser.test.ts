import { randomBytes } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildUser } from '../../src/lib/server/modules/accounts/testing/factories';
import type { Database } from '../../src/lib/server/platform/db/client';
import { outboxMessagesTable } from '../../src/lib/server/platform/mail/schema';
import { launchBrowser, newContext } from './support/browser';
import { clientAddress, openE2eDatabase } from './support/session';
import { expectAccessible, submit, visit } from './support/visit';

const baseUrl = inject('baseUrl');
let browser: Browser;
let database: Database;

beforeAll(async () => {
	browser = await launchBrowser();
	database = openE2eDatabase(inject('e2eDatabaseUrl'));
});

afterAll(async () => {
	await browser.close();
	await database.close();
});

async function signInAs(page: Page, email: string, password: string): Promise<void> {
	await visit(page, '/sign-in');
	await page.getByLabel('Email address', { exact: false }).fill(email);
	await page.getByLabel(/^Password/).fill(password);
	await submit(page, 'Sign in');
}

async function invitationLinkFor(email: string): Promise<string> {
	const [message] = await database.db
		.select()
		.from(outboxMessagesTable)
		.where(eq(outboxMessagesTable.to, email))
		.orderBy(desc(outboxMessagesTable.createdAt))
		.limit(1);
	const link = /https?:\/\/\S+\/invitations\/\S+/.exec(message?.text ?? '')?.[0];
	if (!link) {
		throw new Error(`no invitation mailed to ${email}`);
	}
	return new URL(link).pathname;
}

for (const javaScript of [true, false]) {
	describe(`territories in the browser, JavaScript ${javaScript ? 'on' : 'off'}`, () => {
		it('creates a territory, invites a colleague who accepts, and shows the audit trail', async () => {
			const suffix = randomBytes(3).toString('hex');
			const owner = await buildUser(database.db);
			const colleague = await buildUser(database.db);
			const name = `Wattrelos ${suffix}`;

			const ownerContext = await newContext(browser, baseUrl, { javaScript, ip: clientAddress() });
			const page = await ownerContext.newPage();
			await signInAs(page, owner.user.email, owner.password);
			await visit(page, '/territories/new');
			await submit(page, 'Create the territory');
			expect(await page.getByRole('alert').textContent()).toContain('There is a problem');
			await expectAccessible(page);

			await page.getByLabel(/^Name/).fill(name);
			await page.getByLabel(/^Country/).selectOption('FR');
			await page.getByLabel(/^Population/).fill('14000');
			await page.getByLabel(/^Languages/).fill('fr, nl');
			await submit(page, 'Create the territory');
			expect(new URL(page.url()).pathname).toBe(`/territories/wattrelos-${suffix}`);
			expect(await page.textContent('h1')).toBe(name);
			await expectAccessible(page);

			await page.getByRole('link', { name: 'Members' }).click();
			await page.waitForURL(/\/members$/);
			await expectAccessible(page);
			await page.getByLabel(/^Email address/).fill(colleague.user.email);
			await page.locator('#field-role').selectOption('editor');
			await submit(page, 'Send the invitation');
			expect(await page.getByRole('status').textContent()).toContain('invitation has been sent');
			await expectAccessible(page);

			const colleagueContext = await newContext(browser, baseUrl, {
				javaScript,
				ip: clientAddress()
			});
			const other = await colleagueContext.newPage();
			await visit(other, await invitationLinkFor(colleague.user.email));
			await other.getByRole('link', { name: 'Sign in to accept' }).click();
			await other.waitForURL(/\/sign-in/);
			await other.getByLabel('Email address', { exact: false }).fill(colleague.user.email);
			await other.getByLabel(/^Password/).fill(colleague.password);
			await submit(other, 'Sign in');
			expect(new URL(other.url()).pathname).toMatch(/^\/invitations\//);
			await submit(other, 'Accept the invitation');
			expect(new URL(other.url()).pathname).toBe(`/territories/wattrelos-${suffix}`);
			expect(await other.textContent('main')).toContain('Editor');
			await colleagueContext.close();

			await visit(page, `/territories/wattrelos-${suffix}/audit`);
			const trail = (await page.textContent('main')) ?? '';
			expect(trail).toContain('Territory created');
			expect(trail).toContain('Member invited');
			expect(trail).toContain('Invitation accepted');
			await page.getByLabel('Action').selectOption('territories.invite-member');
			await submit(page, 'Apply the filters');
			// With JavaScript on, the filtered list arrives by client-side navigation: wait for it.
			await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
			await expectAccessible(page);

			await page.getByRole('link', { name: 'Français' }).click();
			await page.waitForURL(/\/fr\/territories\//);
			expect(await page.textContent('h1')).toContain('Journal des modifications');
			await ownerContext.close();
		});
	});
}

describe('hostile names', () => {
	it('are stored verbatim and rendered escaped', async () => {
		const owner = await buildUser(database.db);
		const context = await newContext(browser, baseUrl, { javaScript: false, ip: clientAddress() });
		const page = await context.newPage();
		await signInAs(page, owner.user.email, owner.password);
		await visit(page, '/territories/new');
		const name = '<script>alert("x")</script> مدينة 🏙️';
		await page.getByLabel(/^Name/).fill(name);
		await page.getByLabel(/^Country/).selectOption('MA');
		await submit(page, 'Create the territory');
		expect(await page.textContent('h1')).toBe(name);
		const html = await (await fetch(page.url())).text();
		expect(html).not.toContain('<script>alert("x")</script>');
		expect(html).toContain('&lt;script');
		await context.close();
	});
});
