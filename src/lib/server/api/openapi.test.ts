import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allEndpoints } from './contracts';
import { buildOpenApiDocument } from './openapi';

const apiRoot = path.resolve('src/routes/api/v1');

/** Every `+server.ts` under api/v1 with the HTTP methods it exports, as OpenAPI paths. */
function routeOperations(dir = apiRoot): string[] {
	const operations: string[] = [];
	for (const entry of readdirSync(dir)) {
		const full = path.join(dir, entry);
		if (statSync(full).isDirectory()) {
			operations.push(...routeOperations(full));
		} else if (entry === '+server.ts') {
			const route = path
				.relative(path.resolve('src/routes'), dir)
				.split(path.sep)
				.map((segment) => segment.replace(/^\[(.+)\]$/, '{$1}'))
				.join('/');
			const source = readFileSync(full, 'utf8');
			for (const match of source.matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)) {
				operations.push(`${match[1] ?? ''} /${route}`);
			}
		}
	}
	return operations;
}

describe('OpenAPI document', () => {
	const document = buildOpenApiDocument(allEndpoints, 'test') as {
		openapi: string;
		paths: Record<string, Record<string, { operationId: string; responses: object }>>;
	};

	it('is OpenAPI 3.1 and lists every contract once', () => {
		expect(document.openapi).toBe('3.1.0');
		const ids = allEndpoints.map((endpoint) => endpoint.operationId);
		expect(new Set(ids).size).toBe(ids.length);
		for (const endpoint of allEndpoints) {
			expect(document.paths[endpoint.path]?.[endpoint.method.toLowerCase()]?.operationId).toBe(
				endpoint.operationId
			);
		}
	});

	it('documents every API route that the app serves, and nothing it does not', () => {
		const served = routeOperations().sort();
		const documented = allEndpoints.map((e) => `${e.method} ${e.path}`).sort();
		expect(documented).toEqual(served);
	});

	it('documents the shared error body on every operation', () => {
		for (const operations of Object.values(document.paths)) {
			for (const operation of Object.values(operations)) {
				expect(operation.responses).toHaveProperty('500');
			}
		}
	});
});
