import type { UseCaseContext } from '../../platform/actor';
import { type Profile, getProfile } from './get-profile';
import { type SoleOwnedTerritory, listSoleOwnedTerritories } from './list-sole-owned-territories';

export interface AccountOverview {
	profile: Profile;
	/** Shown before the erasure form: these must get another owner first. */
	soleOwnedTerritories: SoleOwnedTerritory[];
}

/** What the account page shows. */
export async function getAccountOverview(ctx: UseCaseContext): Promise<AccountOverview> {
	const profile = await getProfile(ctx);
	const soleOwnedTerritories = await listSoleOwnedTerritories(ctx);
	return { profile, soleOwnedTerritories };
}
