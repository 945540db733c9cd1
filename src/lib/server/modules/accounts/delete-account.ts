import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { UseCaseContext } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
import { auditEntriesTable } from '../../platform/audit/schema';
import { conflict, invalid, unauthenticated } from '../../platform/errors';
import { enteredPassword } from './password-confirmation';
import { listSoleOwnedTerritories } from './list-sole-owned-territories';
import { requireUser } from './policy';
import { findUserById } from './queries';
import { usersTable } from './schema';
import { verifyCurrentPassword } from './verify-current-password';

export const deleteAccountInput = z.object({ password: enteredPassword });

export type DeleteAccountOptions = z.output<typeof deleteAccountInput>;

/**
 * What the audit trail says instead of an erased account's name. The append-only trigger
 * (drizzle/0003_audit_erasure_label.sql) accepts exactly this label, and only together
 * with actor_id set to null.
 */
export const erasedAccountLabel = 'erased account';

/**
 * Erases the signed-in account (GDPR): the user row goes, and with it (by cascade) its
 * sessions, API tokens, reset links and memberships. Audit entries stay, anonymised.
 * Refused while the account is the last owner of a territory, which would be orphaned.
 */
export async function deleteAccount(
	ctx: UseCaseContext,
	options: DeleteAccountOptions
): Promise<void> {
	const actor = requireUser(ctx.actor);
	const user = await findUserById(ctx.db, actor.userId);
	if (!user) {
		throw unauthenticated();
	}
	await verifyCurrentPassword(ctx, {
		user,
		password: options.password,
		error: () => invalid({ password: 'accounts_delete_password_incorrect' })
	});
	await ctx.db.transaction(async (tx) => {
		const soleOwned = await listSoleOwnedTerritories({ ...ctx, db: tx }, { lock: true });
		if (soleOwned.length > 0) {
			throw conflict('accounts_delete_last_owner');
		}
		await recordAudit(
			{ ...ctx, db: tx },
			{ action: 'accounts.delete-account', targetType: 'user', targetId: user.id }
		);
		// Also covers the entry just written. The foreign key alone would only null the id
		// and leave the person's name in actor_label.
		await tx
			.update(auditEntriesTable)
			.set({ actorId: null, actorLabel: erasedAccountLabel })
			.where(eq(auditEntriesTable.actorId, user.id));
		await tx.delete(usersTable).where(eq(usersTable.id, user.id));
	});
}
