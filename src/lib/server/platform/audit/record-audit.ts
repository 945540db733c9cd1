import type { Actor, UseCaseContext } from '../actor';
import { auditEntriesTable } from './schema';

export interface AuditEntryInput {
	action: string;
	targetType: string;
	targetId?: string | null;
	territoryId?: string | null;
	summary?: Record<string, unknown>;
	/** When the actor is not the context's (e.g. the account a reset token belongs to). */
	actor?: Actor;
}

function actorColumns(actor: Actor): { actorId: string | null; actorLabel: string } {
	switch (actor.kind) {
		case 'user':
			return { actorId: actor.userId, actorLabel: actor.displayName };
		case 'system':
			return { actorId: null, actorLabel: 'system' };
		case 'anonymous':
			return { actorId: null, actorLabel: 'anonymous' };
	}
}

/** Appends one entry to the audit trail, inside the caller's transaction when it has one. */
export async function recordAudit(ctx: UseCaseContext, entry: AuditEntryInput): Promise<void> {
	await ctx.db.insert(auditEntriesTable).values({
		...actorColumns(entry.actor ?? ctx.actor),
		territoryId: entry.territoryId ?? null,
		action: entry.action,
		targetType: entry.targetType,
		targetId: entry.targetId ?? null,
		summary: entry.summary ?? {},
		requestId: ctx.requestId ?? null
	});
}

/** `{ field: [before, after] }` for the fields that changed, for update summaries. */
export function diff<T extends Record<string, unknown>>(
	before: T,
	after: Partial<T>
): Record<string, [unknown, unknown]> {
	const changes: Record<string, [unknown, unknown]> = {};
	for (const [key, value] of Object.entries(after)) {
		if (value !== undefined && JSON.stringify(before[key]) !== JSON.stringify(value)) {
			changes[key] = [before[key], value];
		}
	}
	return changes;
}
