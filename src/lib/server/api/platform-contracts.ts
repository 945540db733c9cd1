import { z } from 'zod';
import { defineEndpoint, type Endpoint } from '../platform/http/api';

export const openApiEndpoint = defineEndpoint({
	method: 'GET',
	path: '/api/v1/openapi.json',
	operationId: 'getOpenApiDocument',
	summary: 'This OpenAPI 3.1 document',
	tag: 'platform',
	auth: 'none',
	response: z.record(z.string(), z.unknown())
});

export const platformEndpoints: Endpoint[] = [openApiEndpoint];
