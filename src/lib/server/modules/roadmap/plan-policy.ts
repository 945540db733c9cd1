import type { Actor } from '../../platform/actor';
import { forbidden, notFound, unauthenticated } from '../../platform/errors';
import { atLeast, can, noStanding, type Standing } from '../territories/policy';

/**
 * What may be done with a territory's roadmap (solutions, milestones, ambitions,
 * governance) — and, by the risks and indicators modules, with its risk register and
 * indicators, which are planned and reviewed by the same people.
 *
 * - `plan.view`: members of any role, owners of an ancestor territory (read only),
 *   moderators and admins.
 * - `plan.edit`: contributors and above write solutions, milestones, risks, indicators
 *   and measurements.
 * - `plan.delete`: editors and owners delete them.
 * - `plan.govern`: editors and owners freeze baselines, decide risk acceptances, name the
 *   responsible members and choose what the public progress page shows.
 */
export type PlanAction = 'plan.view' | 'plan.edit' | 'plan.delete' | 'plan.govern';

export function canPlan(
	actor: Actor,
	action: PlanAction,
	standing: Standing = noStanding
): boolean {
	if (actor.kind === 'system') {
		return true;
	}
	if (actor.kind !== 'user') {
		return false;
	}
	if (action === 'plan.view') {
		return can(actor, 'territory.view-members', standing);
	}
	if (actor.platformRole === 'admin') {
		return true;
	}
	return atLeast(standing.role, action === 'plan.edit' ? 'contributor' : 'editor');
}

/** 401 for visitors, 404 for those who may not see the roadmap at all, else 403. */
export function assertCanPlan(actor: Actor, action: PlanAction, standing: Standing): void {
	if (canPlan(actor, action, standing)) {
		return;
	}
	if (actor.kind === 'anonymous') {
		throw unauthenticated();
	}
	throw canPlan(actor, 'plan.view', standing) ? forbidden() : notFound();
}
