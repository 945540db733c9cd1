import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { clock, type UseCaseContext } from '../../platform/actor';
import { recordAudit } from '../../platform/audit/record-audit';
import { invalid, notFound } from '../../platform/errors';
import { parseInput, slug, text } from '../../platform/validation';
import { assertMember } from './governance-checks';
import { committeeMeetingsTable, committeeMembersTable } from './governance-schema';
import { planTerritory } from './solution-target';

/** A seat is a member of the territory (userId) or an external person (externalName). */
export const committeeSeatInput = z.object({
	slug,
	userId: z.uuid({ message: 'plan_error_responsible' }).nullable().default(null),
	externalName: text({ min: 0, max: 200 }).default(''),
	organisation: text({ min: 0, max: 200 }).default(''),
	represents: text({ min: 0, max: 500 }).default('')
});
export type CommitteeSeatOptions = z.input<typeof committeeSeatInput>;
export type CommitteeSeatRow = typeof committeeMembersTable.$inferSelect;

export async function addCommitteeSeat(
	ctx: UseCaseContext,
	input: CommitteeSeatOptions
): Promise<CommitteeSeatRow> {
	const options = parseInput(committeeSeatInput, input);
	const { territory } = await planTerritory(ctx, options.slug, 'plan.govern');
	if ((options.userId === null) === (options.externalName === '')) {
		throw invalid({ externalName: 'plan_error_seat_who' });
	}
	return ctx.db.transaction(async (tx) => {
		if (options.userId) {
			await assertMember(tx, territory.id, options.userId, 'userId');
		}
		const [seat] = await tx
			.insert(committeeMembersTable)
			.values({
				territoryId: territory.id,
				userId: options.userId,
				externalName: options.userId ? null : options.externalName,
				organisation: options.organisation,
				represents: options.represents,
				createdAt: clock(ctx)
			})
			.returning();
		if (!seat) {
			throw new Error('The committee seat insert returned no row.');
		}
		await recordAudit(
			{ ...ctx, db: tx },
			{
				action: 'roadmap.add-committee-seat',
				territoryId: territory.id,
				targetType: 'committee-seat',
				targetId: seat.id,
				summary: {
					member: Boolean(seat.userId),
					organisation: seat.organisation,
					represents: seat.represents
				}
			}
		);
		return seat;
	});
}

export async function removeCommitteeSeat(
	ctx: UseCaseContext,
	input: { slug: string; seatId: string }
): Promise<void> {
	const { territory } = await planTerritory(ctx, input.slug, 'plan.govern');
	if (!z.uuid().safeParse(input.seatId).success) {
		throw notFound();
	}
	await ctx.db.transaction(async (tx) => {
		const [deleted] = await tx
			.delete(committeeMembersTable)
			.where(
				and(
					eq(committeeMembersTable.territoryId, territory.id),
					eq(committeeMembersTable.id, input.seatId)
				)
			)
			.returning();
		if (!deleted) {
			throw notFound();
		}
		await recordAudit(
			{ ...ctx, db: tx },
			{
				action: 'roadmap.remove-committee-seat',
				territoryId: territory.id,
				targetType: 'committee-seat',
				targetId: deleted.id
			}
		);
	});
}

export const committeeMeetingInput = z.object({
	slug,
	meetingId: z.uuid().optional(),
	meetsOn: z.iso.date({ message: 'plan_error_date' }),
	agenda: text({ min: 0, max: 4_000 }).default(''),
	minutes: text({ min: 0, max: 20_000 }).default('')
});
export type CommitteeMeetingOptions = z.input<typeof committeeMeetingInput>;
export type CommitteeMeetingRow = typeof committeeMeetingsTable.$inferSelect;

/** Plans a committee meeting, or records its minutes afterwards. */
export async function saveCommitteeMeeting(
	ctx: UseCaseContext,
	input: CommitteeMeetingOptions
): Promise<CommitteeMeetingRow> {
	const options = parseInput(committeeMeetingInput, input);
	const { territory } = await planTerritory(ctx, options.slug, 'plan.govern');
	const columns = { meetsOn: options.meetsOn, agenda: options.agenda, minutes: options.minutes };
	return ctx.db.transaction(async (tx) => {
		const [meeting] = options.meetingId
			? await tx
					.update(committeeMeetingsTable)
					.set(columns)
					.where(
						and(
							eq(committeeMeetingsTable.territoryId, territory.id),
							eq(committeeMeetingsTable.id, options.meetingId)
						)
					)
					.returning()
			: await tx
					.insert(committeeMeetingsTable)
					.values({ territoryId: territory.id, ...columns, createdAt: clock(ctx) })
					.returning();
		if (!meeting) {
			throw notFound();
		}
		await recordAudit(
			{ ...ctx, db: tx },
			{
				action: options.meetingId
					? 'roadmap.update-committee-meeting'
					: 'roadmap.create-committee-meeting',
				territoryId: territory.id,
				targetType: 'committee-meeting',
				targetId: meeting.id,
				summary: { meetsOn: meeting.meetsOn }
			}
		);
		return meeting;
	});
}

export async function deleteCommitteeMeeting(
	ctx: UseCaseContext,
	input: { slug: string; meetingId: string }
): Promise<void> {
	const { territory } = await planTerritory(ctx, input.slug, 'plan.govern');
	if (!z.uuid().safeParse(input.meetingId).success) {
		throw notFound();
	}
	await ctx.db.transaction(async (tx) => {
		const [deleted] = await tx
			.delete(committeeMeetingsTable)
			.where(
				and(
					eq(committeeMeetingsTable.territoryId, territory.id),
					eq(committeeMeetingsTable.id, input.meetingId)
				)
			)
			.returning();
		if (!deleted) {
			throw notFound();
		}
		await recordAudit(
			{ ...ctx, db: tx },
			{
				action: 'roadmap.delete-committee-meeting',
				territoryId: territory.id,
				targetType: 'committee-meeting',
				targetId: deleted.id,
				summary: { meetsOn: deleted.meetsOn }
			}
		);
	});
}
