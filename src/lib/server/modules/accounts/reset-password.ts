import { and, eq, gt, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { type UseCaseContext, clock } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
import { config } from '../../platform/config';
import { AppError } from '../../platform/errors';
import { hashToken } from '../../platform/secrets';
import { password } from '../../platform/validation';
import { clearThrottle, signInEmailKey } from './auth-throttle';
import { passwordConfirmation, requireConfirmation } from './password-confirmation';
import { hashPassword } from './password-hashing';
import { userActor } from './queries';
import { passwordResetTokensTable, usersTable } from './schema';
import { closeAllSessions, openSession } from './sessions';
import type { SignedIn } from './sign-up';

export const resetPasswordInput = requireConfirmation(
	z.object({ password, passwordConfirmation }),
	'password',
	'passwordConfirmation'
);

export type ResetPasswordOptions = z.output<typeof resetPasswordInput> & {
	/** The token from the link. */
	token: string;
	userAgent: string | null;
};

export const invalidResetLink = () =>
	new AppError('not_found', 'accounts_password_reset_link_invalid');

/**
 * Sets a new password from a reset link, spends the link (and any other of the account),
 * signs the account out everywhere and opens one new session here.
 */
export async function resetPassword(
	ctx: UseCaseContext,
	options: ResetPasswordOptions
): Promise<SignedIn> {
	const now = clock(ctx);
	const passwordHash = await hashPassword(options.password);
	return ctx.db.transaction(async (tx) => {
		// Spending the token in the same statement that checks it: two submissions of one
		// link cannot both succeed.
		const [spent] = await tx
			.update(passwordResetTokensTable)
			.set({ usedAt: now })
			.where(
				and(
					eq(passwordResetTokensTable.id, hashToken(options.token)),
					isNull(passwordResetTokensTable.usedAt),
					gt(passwordResetTokensTable.expiresAt, now)
				)
			)
			.returning({ userId: passwordResetTokensTable.userId });
		if (!spent) {
			throw invalidResetLink();
		}
		await tx
			.update(passwordResetTokensTable)
			.set({ usedAt: now })
			.where(
				and(
					eq(passwordResetTokensTable.userId, spent.userId),
					isNull(passwordResetTokensTable.usedAt)
				)
			);
		const [user] = await tx
			.update(usersTable)
			.set({ passwordHash, passwordChangedAt: now, updatedAt: now })
			.where(eq(usersTable.id, spent.userId))
			.returning();
		if (!user) {
			throw invalidResetLink();
		}
		await closeAllSessions(tx, user.id);
		// Whoever reads the mailbox may sign in again at once, even after a lock.
		await clearThrottle(tx, signInEmailKey(user.email));
		const session = await openSession(tx, {
			userId: user.id,
			userAgent: options.userAgent,
			days: config().SESSION_DAYS,
			now
		});
		const actor = userActor(user);
		await recordAudit(
			{ ...ctx, db: tx },
			{ action: 'accounts.reset-password', targetType: 'user', targetId: user.id, actor }
		);
		return { actor, session, locale: user.locale };
	});
}
