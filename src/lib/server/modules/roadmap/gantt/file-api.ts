import type { RequestEvent, RequestHandler } from '@sveltejs/kit';
import { json } from '@sveltejs/kit';
import type { z } from 'zod';
import type { UserActor } from '../../../platform/actor';
import { AppError } from '../../../platform/errors';
import { appErrorResponse, errorResponse, type Endpoint } from '../../../platform/http/api';
import { queryObject } from '../../../platform/http/query';
import { translate, translateIssue } from '../../../platform/i18n/messages';
import { logger } from '../../../platform/logger';
import { MilestoneFileError } from './import-milestones';

/** A file to send back: its body, media type and, for downloads, its name. */
export interface FileAnswer {
	body: string;
	contentType: string;
	fileName?: string;
}

export function fileResponse(file: FileAnswer): Response {
	return new Response(file.body, {
		headers: {
			'content-type': file.contentType,
			...(file.fileName
				? { 'content-disposition': `attachment; filename="${file.fileName}"` }
				: {}),
			'cache-control': 'private, no-store',
			'x-content-type-options': 'nosniff'
		}
	});
}

/**
 * The API handlers of the Gantt endpoints, which answer files or read a CSV body rather
 * than JSON: the same order as `apiHandler` (read the body first, authenticate, validate
 * the address and the query, call, present) and the same error bodies. A refused CSV file
 * answers 400 with its problems by row and column.
 */
export function fileApiHandler<Q extends z.ZodType>(
	endpoint: Endpoint & { query?: Q },
	run: (input: {
		slug: string;
		query: z.output<Q>;
		bytes: Uint8Array;
		actor: UserActor;
		event: RequestEvent;
	}) => Promise<FileAnswer | Record<string, unknown>>
): RequestHandler {
	return async (event) => {
		try {
			// Read even when refused below, so the kept-alive connection stays usable.
			const bytes =
				endpoint.method === 'POST'
					? new Uint8Array(await event.request.arrayBuffer())
					: new Uint8Array();
			const actor = event.locals.actor;
			if (actor.kind !== 'user') {
				return errorResponse(401, 'unauthenticated', translate('error_unauthenticated'));
			}
			const params = endpoint.params?.safeParse(event.params);
			if (params && !params.success) {
				return errorResponse(404, 'not_found', translate('error_not_found'));
			}
			const query = endpoint.query?.safeParse(queryObject(event.url.searchParams));
			if (query && !query.success) {
				const fields: Record<string, string> = {};
				for (const issue of query.error.issues) {
					fields[['query', ...issue.path.map(String)].join('.')] ??= translateIssue(issue);
				}
				return errorResponse(400, 'validation', translate('error_validation'), fields);
			}
			const answer = await run({
				slug: event.params.slug ?? '',
				query: query?.data as z.output<Q>,
				bytes,
				actor,
				event
			});
			return 'contentType' in answer && typeof answer.body === 'string'
				? fileResponse(answer as FileAnswer)
				: json(endpoint.response.parse(answer));
		} catch (error) {
			if (error instanceof MilestoneFileError) {
				return json(
					{
						error: {
							code: 'validation',
							message: translate(error.messageKey),
							problems: error.problems.map((problem) => ({
								row: problem.row,
								column: problem.column,
								message: translate(problem.code, problem.params ?? {})
							}))
						}
					},
					{ status: 400 }
				);
			}
			if (error instanceof AppError) {
				return appErrorResponse(error);
			}
			logger.error({ err: error, requestId: event.locals.requestId }, 'gantt file handler failed');
			return errorResponse(500, 'internal', translate('error_internal'));
		}
	};
}
