import { and, eq, gt, isNull } from 'drizzle-orm';
import { type UseCaseContext, clock } from '../../platform/actor';
import { hashToken } from '../../platform/secrets';
import { passwordResetTokensTable } from './schema';

export interface CheckPasswordResetTokenOptions {
	token: string;
}

/** Whether a reset link can still be used (known, unused, not expired); for the form page. */
export async function checkPasswordResetToken(
	ctx: UseCaseContext,
	options: CheckPasswordResetTokenOptions
): Promise<boolean> {
	const [row] = await ctx.db
		.select({ id: passwordResetTokensTable.id })
		.from(passwordResetTokensTable)
		.where(
			and(
				eq(passwordResetTokensTable.id, hashToken(options.token)),
				isNull(passwordResetTokensTable.usedAt),
				gt(passwordResetTokensTable.expiresAt, clock(ctx))
			)
		)
		.limit(1);
	return Boolean(row);
}
