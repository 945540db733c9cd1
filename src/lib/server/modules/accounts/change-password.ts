import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { type UseCaseContext, clock } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
import { invalid, unauthenticated } from '../../platform/errors';
import { password } from '../../platform/validation';
import { verifyCurrentPassword } from './verify-current-password';
import {
	enteredPassword,
	passwordConfirmation,
	requireConfirmation
} from './password-confirmation';
import { hashPassword } from './password-hashing';
import { requireUser } from './policy';
import { findUserById } from './queries';
import { passwordResetTokensTable, usersTable } from './schema';
import { closeOtherSessions } from './sessions';

/** What the API takes; a JSON client has no use for a confirmation field. */
export const changePasswordInput = z.object({
	currentPassword: enteredPassword,
	newPassword: password
});

/** What the account page's form takes: the same, with the new password typed twice. */
export const changePasswordForm = requireConfirmation(
	changePasswordInput.extend({ newPasswordConfirmation: passwordConfirmation }),
	'newPassword',
	'newPasswordConfirmation'
);

export type ChangePasswordOptions = z.output<typeof changePasswordInput> & {
	/** The session making the change stays open; null (API token) closes them all. */
	keepSessionId: string | null;
};

/** Replaces the password after checking the current one; signs out the other sessions. */
export async function changePassword(
	ctx: UseCaseContext,
	options: ChangePasswordOptions
): Promise<void> {
	const actor = requireUser(ctx.actor);
	const now = clock(ctx);
	const user = await findUserById(ctx.db, actor.userId);
	if (!user) {
		throw unauthenticated();
	}
	await verifyCurrentPassword(ctx, {
		user,
		password: options.currentPassword,
		error: () => invalid({ currentPassword: 'accounts_current_password_incorrect' })
	});
	const passwordHash = await hashPassword(options.newPassword);
	await ctx.db.transaction(async (tx) => {
		await tx
			.update(usersTable)
			.set({ passwordHash, passwordChangedAt: now, updatedAt: now })
			.where(eq(usersTable.id, user.id));
		await closeOtherSessions(tx, user.id, options.keepSessionId);
		// A reset link mailed before the change must not be able to undo it.
		await tx
			.update(passwordResetTokensTable)
			.set({ usedAt: now })
			.where(
				and(eq(passwordResetTokensTable.userId, user.id), isNull(passwordResetTokensTable.usedAt))
			);
		await recordAudit(
			{ ...ctx, db: tx },
			{ action: 'accounts.change-password', targetType: 'user', targetId: user.id }
		);
	});
}
