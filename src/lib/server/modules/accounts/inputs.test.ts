import { describe, expect, it } from 'vitest';
import { changePasswordForm, changePasswordInput } from './change-password';
import { createApiTokenInput } from './create-api-token';
import { resetPasswordInput } from './reset-password';
import { signInInput } from './sign-in';
import { signUpInput } from './sign-up';

const validSignUp = {
	displayName: 'Alice Martin',
	email: 'alice@example.org',
	password: 'correct horse battery staple',
	passwordConfirmation: 'correct horse battery staple',
	locale: 'fr'
};

const issuesOf = (result: {
	success: boolean;
	error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('input schemas (shared by the forms and the API)', () => {
	it('sign-up refuses a short password, a NUL byte, an unknown language and a mismatch together', () => {
		const result = signUpInput.safeParse({
			...validSignUp,
			displayName: 'Al\u0000ice',
			password: 'short',
			passwordConfirmation: 'different',
			locale: 'de'
		});
		expect(issuesOf(result)).toMatchObject({
			displayName: 'validation_invalid_characters',
			password: 'validation_password_length',
			passwordConfirmation: 'accounts_validation_password_mismatch'
		});
		expect(issuesOf(result)).toHaveProperty('locale');
	});

	it('sign-up accepts a valid form and trims the name and email', () => {
		const parsed = signUpInput.parse({
			...validSignUp,
			displayName: '  Alice Martin ',
			email: ' alice@example.org '
		});
		expect(parsed).toMatchObject({ displayName: 'Alice Martin', email: 'alice@example.org' });
	});

	it('sign-in only bounds the password (the length rule is for new passwords)', () => {
		expect(signInInput.safeParse({ email: 'a@example.org', password: 'short' }).success).toBe(true);
		expect(signInInput.safeParse({ email: 'a@example.org', password: '' }).success).toBe(false);
		expect(
			signInInput.safeParse({ email: 'a@example.org', password: 'x'.repeat(257) }).success
		).toBe(false);
	});

	it('the change-password form needs the confirmation, the API body does not', () => {
		const body = { currentPassword: 'old one', newPassword: 'a brand new passphrase' };
		expect(changePasswordInput.safeParse(body).success).toBe(true);
		expect(
			issuesOf(changePasswordForm.safeParse({ ...body, newPasswordConfirmation: 'x' }))
		).toEqual({
			newPasswordConfirmation: 'accounts_validation_password_mismatch'
		});
	});

	it('reset-password checks the new password and its confirmation', () => {
		expect(
			resetPasswordInput.safeParse({
				password: 'a brand new passphrase',
				passwordConfirmation: 'a brand new passphrase'
			}).success
		).toBe(true);
		expect(
			issuesOf(
				resetPasswordInput.safeParse({
					password: 'a brand new passphrase',
					passwordConfirmation: ''
				})
			)
		).toEqual({ passwordConfirmation: 'accounts_validation_password_mismatch' });
	});

	it('token expiry: one of 7, 30, 90, 365 days, as a number (API) or text (form)', () => {
		expect(createApiTokenInput.parse({ name: 'Script', expiresInDays: '30' }).expiresInDays).toBe(
			30
		);
		expect(createApiTokenInput.parse({ name: 'Script', expiresInDays: 365 }).expiresInDays).toBe(
			365
		);
		for (const expiresInDays of [0, 31, -7, 'forever', null]) {
			expect(createApiTokenInput.safeParse({ name: 'Script', expiresInDays }).success).toBe(false);
		}
		expect(createApiTokenInput.safeParse({ name: ' ', expiresInDays: 7 }).success).toBe(false);
	});
});
