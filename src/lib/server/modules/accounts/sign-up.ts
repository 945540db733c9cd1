import { z } from 'zod';
import { type UseCaseContext, type UserActor, clock } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
import { config } from '../../platform/config';
import { conflict } from '../../platform/errors';
import { email, limits, password, text } from '../../platform/validation';
import { passwordConfirmation, requireConfirmation } from './password-confirmation';
import { hashPassword } from './password-hashing';
import { findUserByEmail, isUniqueViolation, userActor } from './queries';
import { locale, usersTable } from './schema';
import { type NewSession, closeSession, openSession } from './sessions';

export const signUpInput = requireConfirmation(
	z.object({
		displayName: text({ max: limits.name }),
		email,
		password,
		passwordConfirmation,
		locale: z.enum(locale.enumValues)
	}),
	'password',
	'passwordConfirmation'
);

export type SignUpOptions = z.output<typeof signUpInput> & {
	userAgent: string | null;
	/** A session already open in this browser, closed so that sessions never carry over. */
	previousSessionId: string | null;
};

export interface SignedIn {
	actor: UserActor;
	session: NewSession;
	locale: (typeof locale.enumValues)[number];
}

/**
 * Says that this email cannot be used without saying more, and points to sign-in and
 * password reset, which are the two ways forward for the email's owner.
 */
const emailUnavailable = () =>
	conflict('accounts_sign_up_email_unavailable', {
		email: 'accounts_sign_up_email_unavailable_field'
	});

/** Creates an account and signs it in. */
export async function signUp(ctx: UseCaseContext, options: SignUpOptions): Promise<SignedIn> {
	const now = clock(ctx);
	if (await findUserByEmail(ctx.db, options.email)) {
		throw emailUnavailable();
	}
	const passwordHash = await hashPassword(options.password);
	try {
		return await ctx.db.transaction(async (tx) => {
			const [user] = await tx
				.insert(usersTable)
				.values({
					email: options.email,
					displayName: options.displayName,
					passwordHash,
					locale: options.locale,
					createdAt: now,
					updatedAt: now,
					passwordChangedAt: now
				})
				.returning();
			if (!user) {
				throw new Error('The new account was not returned by the insert.');
			}
			if (options.previousSessionId) {
				await closeSession(tx, options.previousSessionId);
			}
			const actor = userActor(user);
			const session = await openSession(tx, {
				userId: user.id,
				userAgent: options.userAgent,
				days: config().SESSION_DAYS,
				now
			});
			await recordAudit(
				{ ...ctx, db: tx, actor },
				{
					action: 'accounts.sign-up',
					targetType: 'user',
					targetId: user.id,
					summary: { locale: user.locale }
				}
			);
			return { actor, session, locale: user.locale };
		});
	} catch (error) {
		// Two sign-ups with one email at the same moment: the unique index decides.
		if (isUniqueViolation(error, 'users_email_lower_key')) {
			throw emailUnavailable();
		}
		throw error;
	}
}
