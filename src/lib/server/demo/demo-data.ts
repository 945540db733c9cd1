import type { CreateTerritoryOptions } from '../modules/territories/create-territory';
import type { MemberRole } from '../modules/territories/policy';

/**
 * Demo territories. Populations are rounded orders of magnitude for the demonstration
 * (the Métropole Européenne de Lille: 95 municipalities, about 1.2 million people).
 * Parents come before their children.
 */
export const demoTerritories: CreateTerritoryOptions[] = [
	{
		name: 'Métropole Européenne de Lille',
		kind: 'metropolis',
		country: 'FR',
		population: 1_200_000,
		languages: ['fr']
	},
	{
		name: 'Lille',
		kind: 'municipality',
		country: 'FR',
		population: 236_000,
		languages: ['fr'],
		parent: 'metropole-europeenne-de-lille'
	},
	{
		name: 'Roubaix',
		kind: 'municipality',
		country: 'FR',
		population: 98_000,
		languages: ['fr'],
		parent: 'metropole-europeenne-de-lille'
	},
	{
		name: 'Tourcoing',
		kind: 'municipality',
		country: 'FR',
		population: 98_000,
		languages: ['fr'],
		parent: 'metropole-europeenne-de-lille'
	},
	{ name: 'Bergues', kind: 'municipality', country: 'FR', population: 3_600, languages: ['fr'] }
];

export interface DemoAccount {
	email: string;
	displayName: string;
	locale: 'en' | 'fr';
	platformRole?: 'admin' | 'moderator';
	/** Territory slug → role. */
	memberships: Record<string, MemberRole>;
	/** What the account shows off, printed beside its password. */
	note: string;
}

export const demoAccounts: DemoAccount[] = [
	{
		email: 'owner@demo.territoria.test',
		displayName: 'Claire Martin',
		locale: 'fr',
		memberships: { 'metropole-europeenne-de-lille': 'owner' },
		note: 'owner of the Métropole Européenne de Lille'
	},
	{
		email: 'editor@demo.territoria.test',
		displayName: 'Karim Benali',
		locale: 'fr',
		memberships: { lille: 'editor' },
		note: 'editor of Lille'
	},
	{
		email: 'cyber.lille@demo.territoria.test',
		displayName: 'Lucie Fontaine',
		locale: 'fr',
		memberships: { lille: 'contributor' },
		note: 'contributor of Lille (answers the cybersecurity diagnostic)'
	},
	{
		email: 'it.roubaix@demo.territoria.test',
		displayName: 'Marc Vandamme',
		locale: 'fr',
		memberships: { roubaix: 'editor' },
		note: 'editor of Roubaix'
	},
	{
		email: 'cyber.roubaix@demo.territoria.test',
		displayName: 'Nadia Haddad',
		locale: 'fr',
		memberships: { roubaix: 'contributor' },
		note: 'contributor of Roubaix'
	},
	{
		email: 'it.tourcoing@demo.territoria.test',
		displayName: 'Thomas Leroy',
		locale: 'fr',
		memberships: { tourcoing: 'editor' },
		note: 'editor of Tourcoing'
	},
	{
		email: 'cyber.tourcoing@demo.territoria.test',
		displayName: 'Élodie Lambert',
		locale: 'en',
		memberships: { tourcoing: 'contributor' },
		note: 'contributor of Tourcoing'
	},
	{
		email: 'viewer@demo.territoria.test',
		displayName: 'Sophie Lefebvre',
		locale: 'en',
		memberships: { roubaix: 'viewer' },
		note: 'viewer of Roubaix'
	},
	{
		email: 'mayor@demo.territoria.test',
		displayName: 'Jean Dupuis',
		locale: 'fr',
		memberships: { bergues: 'owner' },
		note: 'owner of Bergues'
	},
	{
		email: 'admin@demo.territoria.test',
		displayName: 'Territoria Admin',
		locale: 'en',
		platformRole: 'admin',
		memberships: {},
		note: 'platform administrator'
	}
];
