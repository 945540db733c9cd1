import { randomBytes } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
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

const password = 'a long and memorable passphrase';

async function latestMailTo(email: string): Promise<string> {
	const [message] = await database.db
		.select()
		.from(outboxMessagesTable)
		.where(eq(outboxMessagesTable.to, email))
		.orderBy(desc(outboxMessagesTable.createdAt))
		.limit(1);
	return message?.text ?? '';
}

for (const javaScript of [true, false]) {
	describe(`accounts in the browser, JavaScript ${javaScript ? 'on' : 'off'}`, () => {
		const email = `browser-${randomBytes(4).toString('hex')}@example.org`;

		it('shows field errors and a summary, keeping what was typed, on a bad sign-up', async () => {
			const context = await newContext(browser, baseUrl, { javaScript, ip: clientAddress() });
			const page = await context.newPage();
			await visit(page, '/sign-up');
			await page.getByLabel('Name', { exact: false }).fill('Agnès <script>alert(1)</script>');
			await page.getByLabel('Email address', { exact: false }).fill('not-an-email');
			await submit(page, 'Create my account');
			await expect.poll(() => page.getByRole('alert').count()).toBeGreaterThan(0);
			expect(await page.getByRole('alert').textContent()).toContain('There is a problem');
			expect(await page.getByLabel('Name', { exact: false }).inputValue()).toBe(
				'Agnès <script>alert(1)</script>'
			);
			await expectAccessible(page);
			await context.close();
		});

		it('signs up, signs out, signs in again and switches to French', async () => {
			const context = await newContext(browser, baseUrl, { javaScript, ip: clientAddress() });
			const page = await context.newPage();
			await visit(page, '/sign-up');
			await page.getByLabel('Name', { exact: false }).fill('Camille Durand');
			await page.getByLabel('Email address', { exact: false }).fill(email);
			await page.getByLabel(/^Password/).fill(password);
			await page.getByLabel(/^Type the (new )?password again/).fill(password);
			await submit(page, 'Create my account');
			expect(new URL(page.url()).pathname).toBe('/account');
			await expectAccessible(page);
			expect(await page.textContent('main')).toContain('Camille Durand');

			await submit(page, 'Sign out');
			await visit(page, '/sign-in');
			await page.getByLabel('Email address', { exact: false }).fill(email);
			await page.getByLabel(/^Password/).fill(password);
			await submit(page, 'Sign in');
			expect(new URL(page.url()).pathname).toBe('/account');

			await page.getByRole('link', { name: 'Français' }).click();
			await page.waitForURL(`${baseUrl}/fr/account`);
			expect(await page.getAttribute('html', 'lang')).toBe('fr');
			await expectAccessible(page);
			await context.close();
		});

		it('resets a forgotten password through the emailed link', async () => {
			const context = await newContext(browser, baseUrl, { javaScript, ip: clientAddress() });
			const page = await context.newPage();
			await visit(page, '/password-reset');
			await page.getByLabel('Email address', { exact: false }).fill(email);
			await submit(page, 'Send the link');
			await expectAccessible(page);
			const link = /https?:\/\/\S+\/password-reset\/\S+/.exec(await latestMailTo(email))?.[0];
			expect(link).toBeTruthy();
			await visit(page, new URL(link ?? '').pathname);
			const newPassword = `${password} renewed`;
			await page.getByLabel(/^New password/).fill(newPassword);
			await page.getByLabel(/^Type the (new )?password again/).fill(newPassword);
			await submit(page, 'Save the new password');
			await expectAccessible(page);
			expect(new URL(page.url()).pathname).toBe('/account');
			await context.close();
		});
	});
}
