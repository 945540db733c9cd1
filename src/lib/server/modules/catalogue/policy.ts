import type { Actor, UserActor } from '../../platform/actor';
import { forbidden, notFound, unauthenticated } from '../../platform/errors';
import type { contributionsTable } from './schema';

type Contribution = Pick<typeof contributionsTable.$inferSelect, 'authorId' | 'status'>;

/** Platform moderators and administrators review contributions. */
export const isModerator = (actor: Actor): boolean =>
	actor.kind === 'user' && (actor.platformRole === 'moderator' || actor.platformRole === 'admin');

export type ContributionAction = 'view' | 'edit' | 'submit' | 'review';

const isAuthor = (actor: Actor, contribution: Contribution): boolean =>
	actor.kind === 'user' && contribution.authorId === actor.userId;

/**
 * Who may do what with a contribution. Authors see and edit theirs while it is theirs to
 * change; moderators see every submitted one and review any but their own, so nobody
 * publishes their own work.
 */
export function canContribution(
	actor: Actor,
	contribution: Contribution,
	action: ContributionAction
): boolean {
	const author = isAuthor(actor, contribution);
	const editable = contribution.status === 'draft' || contribution.status === 'changes-requested';
	switch (action) {
		case 'view':
			return author || (isModerator(actor) && contribution.status !== 'draft');
		case 'edit':
		case 'submit':
			return author && editable;
		case 'review':
			return (
				!author &&
				isModerator(actor) &&
				(contribution.status === 'submitted' || contribution.status === 'in-review')
			);
	}
}

/**
 * 401 for visitors, 404 for those who may not even see it, 403 for the rest; returns the
 * contribution and the acting user when allowed.
 */
export function assertCanContribution<C extends Contribution>(
	actor: Actor,
	contribution: C | undefined,
	action: ContributionAction
): { contribution: C; user: UserActor } {
	if (actor.kind !== 'user') {
		throw unauthenticated();
	}
	if (!contribution || !canContribution(actor, contribution, 'view')) {
		throw notFound();
	}
	if (!canContribution(actor, contribution, action)) {
		throw forbidden();
	}
	return { contribution, user: actor };
}
