import { z } from 'zod';
import { defineEndpoint, type Endpoint } from '../../platform/http/api';
import { slug, uuid } from '../../platform/validation';
import { changeMemberRoleInput } from './change-member-role';
import { createTerritoryInput } from './create-territory';
import { inviteMemberInput } from './invite-member';
import { listTerritoriesInput } from './list-territories';
import { memberRoles } from './policy';
import { territoryKind } from './schema';
import { updateTerritoryInput } from './update-territory';

const timestamp = z.iso.datetime({ offset: true });
const role = z.enum(memberRoles);
const slugParams = z.object({ slug });

export const territorySchema = z.object({
	id: z.uuid(),
	slug: z.string(),
	name: z.string(),
	kind: z.enum(territoryKind.enumValues),
	country: z.string().meta({ description: 'ISO 3166-1 alpha-2' }),
	population: z.number().int().nullable(),
	languages: z.array(z.string()).meta({ description: 'BCP 47 language tags' }),
	createdAt: timestamp,
	updatedAt: timestamp
});

export const territoryDetailsSchema = territorySchema.extend({
	parent: z.object({ slug: z.string(), name: z.string() }).nullable(),
	children: z.array(
		z.object({ slug: z.string(), name: z.string(), kind: z.enum(territoryKind.enumValues) })
	),
	yourRole: role.nullable()
});

export const memberSchema = z.object({
	userId: z.uuid(),
	displayName: z.string(),
	role,
	since: timestamp
});

export const invitationSchema = z.object({
	id: z.uuid(),
	email: z.string(),
	role,
	createdAt: timestamp,
	expiresAt: timestamp
});

export const listTerritoriesEndpoint = defineEndpoint({
	method: 'GET',
	path: '/api/v1/territories',
	operationId: 'listTerritories',
	summary: 'Territories, by name',
	description: 'Public. `q` searches names, ignoring accents and case; 50 a page.',
	tag: 'territories',
	auth: 'none',
	query: listTerritoriesInput,
	response: z.object({
		territories: z.array(territorySchema),
		page: z.number().int(),
		hasMore: z.boolean()
	})
});

export const createTerritoryEndpoint = defineEndpoint({
	method: 'POST',
	path: '/api/v1/territories',
	operationId: 'createTerritory',
	summary: 'Create a territory (you become its owner)',
	tag: 'territories',
	auth: 'user',
	body: createTerritoryInput,
	response: territorySchema,
	status: 201,
	errors: [403]
});

export const getTerritoryEndpoint = defineEndpoint({
	method: 'GET',
	path: '/api/v1/territories/{slug}',
	operationId: 'getTerritory',
	summary: 'A territory, its parent and children',
	tag: 'territories',
	auth: 'none',
	params: slugParams,
	response: territoryDetailsSchema,
	errors: [404]
});

export const updateTerritoryEndpoint = defineEndpoint({
	method: 'PATCH',
	path: '/api/v1/territories/{slug}',
	operationId: 'updateTerritory',
	summary: "Edit a territory's details or parent (owners and editors)",
	tag: 'territories',
	auth: 'user',
	params: slugParams,
	body: updateTerritoryInput,
	response: territorySchema,
	errors: [403, 404]
});

export const listMembersEndpoint = defineEndpoint({
	method: 'GET',
	path: '/api/v1/territories/{slug}/members',
	operationId: 'listMembers',
	summary: 'Members and their roles',
	tag: 'territories',
	auth: 'user',
	params: slugParams,
	response: z.object({ members: z.array(memberSchema) }),
	errors: [404]
});

const memberParams = z.object({ slug, userId: uuid });

export const changeMemberRoleEndpoint = defineEndpoint({
	method: 'PATCH',
	path: '/api/v1/territories/{slug}/members/{userId}',
	operationId: 'changeMemberRole',
	summary: "Change a member's role (owners)",
	tag: 'territories',
	auth: 'user',
	params: memberParams,
	body: changeMemberRoleInput.pick({ role: true }),
	response: z.object({}),
	status: 204,
	errors: [403, 404, 409]
});

export const removeMemberEndpoint = defineEndpoint({
	method: 'DELETE',
	path: '/api/v1/territories/{slug}/members/{userId}',
	operationId: 'removeMember',
	summary: 'Remove a member (owners)',
	tag: 'territories',
	auth: 'user',
	params: memberParams,
	response: z.object({}),
	status: 204,
	errors: [403, 404, 409]
});

export const leaveTerritoryEndpoint = defineEndpoint({
	method: 'POST',
	path: '/api/v1/territories/{slug}/leave',
	operationId: 'leaveTerritory',
	summary: 'Leave a territory (not as its last owner)',
	tag: 'territories',
	auth: 'user',
	params: slugParams,
	response: z.object({}),
	status: 204,
	errors: [404, 409]
});

export const listInvitationsEndpoint = defineEndpoint({
	method: 'GET',
	path: '/api/v1/territories/{slug}/invitations',
	operationId: 'listInvitations',
	summary: 'Pending invitations (owners and editors)',
	tag: 'territories',
	auth: 'user',
	params: slugParams,
	response: z.object({ invitations: z.array(invitationSchema) }),
	errors: [403, 404]
});

export const inviteMemberEndpoint = defineEndpoint({
	method: 'POST',
	path: '/api/v1/territories/{slug}/invitations',
	operationId: 'inviteMember',
	summary: 'Invite an email address with a role',
	description: 'Owners invite any role, editors contributors and viewers. The link is mailed.',
	tag: 'territories',
	auth: 'user',
	params: slugParams,
	body: inviteMemberInput,
	response: invitationSchema,
	status: 201,
	errors: [403, 404]
});

export const revokeInvitationEndpoint = defineEndpoint({
	method: 'DELETE',
	path: '/api/v1/territories/{slug}/invitations/{id}',
	operationId: 'revokeInvitation',
	summary: 'Revoke a pending invitation',
	tag: 'territories',
	auth: 'user',
	params: z.object({ slug, id: uuid }),
	response: z.object({}),
	status: 204,
	errors: [403, 404]
});

export const acceptInvitationEndpoint = defineEndpoint({
	method: 'POST',
	path: '/api/v1/invitations/{token}/accept',
	operationId: 'acceptInvitation',
	summary: 'Accept an invitation sent to your email address',
	tag: 'territories',
	auth: 'user',
	params: z.object({ token: z.string().min(10).max(200) }),
	response: z.object({ territory: z.object({ slug: z.string(), name: z.string() }), role }),
	errors: [403, 404, 409]
});

/** The territories module's API endpoints (handlers live under src/routes/api/v1). */
export const territoriesEndpoints: Endpoint[] = [
	listTerritoriesEndpoint,
	createTerritoryEndpoint,
	getTerritoryEndpoint,
	updateTerritoryEndpoint,
	listMembersEndpoint,
	changeMemberRoleEndpoint,
	removeMemberEndpoint,
	leaveTerritoryEndpoint,
	listInvitationsEndpoint,
	inviteMemberEndpoint,
	revokeInvitationEndpoint,
	acceptInvitationEndpoint
];
