import { z } from 'zod';
import { defineEndpoint, type Endpoint } from '../../platform/http/api';
import { slug } from '../../platform/validation';
import { contentId } from '../guide/content-schema';
import { peerGroups } from './compare-with-peers';
import { peerSharingChoices } from './sharing';

const isoDay = z.iso.date().meta({ description: 'YYYY-MM-DD' });
const score = z.number().min(0).max(100).nullable();
const level = z.number().int().min(1).max(5).nullable();
const territoryParams = z.object({ slug });

const sharingSchema = z.object({
	peers: z.enum(peerSharingChoices).meta({
		description:
			'"none": nobody outside sees the scores; "anonymous": they count in peer distributions; "named": they are also shown under the territory’s name'
	}),
	withParent: z
		.boolean()
		.meta({ description: 'Whether the parent territory’s members see the latest scores' })
});

export const getScoreSharingEndpoint = defineEndpoint({
	method: 'GET',
	path: '/api/v1/territories/{slug}/score-sharing',
	operationId: 'getScoreSharing',
	summary: 'What a territory shares of its closed rounds’ scores (members)',
	tag: 'diagnose',
	auth: 'user',
	params: territoryParams,
	response: sharingSchema,
	errors: [401, 404]
});

export const setScoreSharingEndpoint = defineEndpoint({
	method: 'PUT',
	path: '/api/v1/territories/{slug}/score-sharing',
	operationId: 'setScoreSharing',
	summary: 'Choose what the territory shares of its scores (owners)',
	description: 'Only scores per dimension are ever shared, never answers or respondents.',
	tag: 'diagnose',
	auth: 'user',
	params: territoryParams,
	body: sharingSchema,
	response: sharingSchema,
	errors: [401, 403, 404]
});

const distribution = z
	.object({
		lowerQuartile: z.number(),
		median: z.number(),
		upperQuartile: z.number(),
		count: z.number().int().meta({ description: 'Peers that scored it' })
	})
	.nullable()
	.meta({ description: 'Null when fewer than 5 peers scored it' });

const scores = z.array(z.object({ id: z.string(), score, level }));

export const roundPeersEndpoint = defineEndpoint({
	method: 'GET',
	path: '/api/v1/territories/{slug}/rounds/{roundId}/peers',
	operationId: 'compareRoundWithPeers',
	summary: 'A closed round beside the scores peer territories share (members)',
	description:
		'Peers are territories of the same kind, country or population band that share their scores; each counts with its latest closed round of the assessment. Median and quartiles are given only when at least 5 peers contribute (`reason` says why they are not); peers sharing by name are listed whatever their number.',
	tag: 'diagnose',
	auth: 'user',
	params: z.object({ slug, roundId: z.uuid() }),
	query: z.object({ group: z.enum(peerGroups).default('kind') }),
	response: z.object({
		assessmentId: z.string(),
		group: z.enum(peerGroups),
		peerCount: z.number().int(),
		reason: z.enum(['too-few-peers']).nullable(),
		overall: distribution,
		dimensions: z.array(z.object({ id: z.string(), own: score, peers: distribution })).nullable(),
		named: z.array(
			z.object({ name: z.string(), slug, periodEnd: isoDay, overall: score, dimensions: scores })
		)
	}),
	errors: [401, 404]
});

export const memberScoresEndpoint = defineEndpoint({
	method: 'GET',
	path: '/api/v1/territories/{slug}/member-scores',
	operationId: 'listMemberScores',
	summary: 'The latest closed scores of the member territories, side by side (members)',
	description:
		'One row per member territory. Scores appear only for members that share them with their parent.',
	tag: 'diagnose',
	auth: 'user',
	params: territoryParams,
	query: z.object({ assessment: contentId }),
	response: z.object({
		assessmentId: z.string(),
		members: z.array(
			z.object({
				name: z.string(),
				slug,
				shared: z.boolean(),
				roundOpen: z.boolean(),
				latest: z
					.object({ periodEnd: isoDay, overall: score, level, dimensions: scores })
					.nullable()
			})
		)
	}),
	errors: [401, 404]
});

export const openMemberRoundsEndpoint = defineEndpoint({
	method: 'POST',
	path: '/api/v1/territories/{slug}/member-rounds',
	operationId: 'openMemberRounds',
	summary: 'Open a round of an assessment in every member territory at once (owners and editors)',
	description: 'All rounds open, or none. Each belongs to its member, whose people answer it.',
	tag: 'diagnose',
	auth: 'user',
	params: territoryParams,
	body: z.object({ assessmentId: contentId, periodStart: isoDay, periodEnd: isoDay }),
	response: z.object({
		rounds: z.array(z.object({ territorySlug: slug, roundId: z.uuid() }))
	}),
	status: 201,
	errors: [401, 403, 404]
});

export const diagnoseSharingEndpoints: readonly Endpoint[] = [
	getScoreSharingEndpoint,
	setScoreSharingEndpoint,
	roundPeersEndpoint,
	memberScoresEndpoint,
	openMemberRoundsEndpoint
];
