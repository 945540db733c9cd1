import type { ContentProblem, ParsedFile } from './content-problems';
import type { Method } from './load-content';

export interface ContentDocument {
	/** The folder the file sits in, which is its method's id. */
	methodId: string;
	parsed: ParsedFile;
}

/** `[label](step:a5)`, `[label](step:icc/stage-2)`, `[label](term:open-data)`. */
const contentLink = /\]\((step|term):([^)\s]*)\)/g;

type Found = [path: PropertyKey[], message: string];

/** Links, step chaining and audiences that point at something that does not exist. */
export function crossReferenceProblems(
	methods: Method[],
	documents: ContentDocument[]
): ContentProblem[] {
	const byId = new Map(methods.map((method) => [method.id, method]));
	const problems: ContentProblem[] = [];
	for (const { methodId, parsed } of documents) {
		const method = byId.get(methodId);
		if (!method) {
			continue;
		}
		const found: Found[] = [
			...linkProblems(parsed.data, [], method, byId),
			...chainingProblems(parsed.data, method),
			...audienceProblems(parsed.data, method)
		];
		for (const [path, message] of found) {
			problems.push({ file: parsed.file, ...parsed.locate(path), message });
		}
	}
	return problems;
}

function linkProblems(
	value: unknown,
	path: PropertyKey[],
	method: Method,
	methods: Map<string, Method>
): Found[] {
	if (typeof value === 'string') {
		const found: Found[] = [];
		for (const [, kind, target = ''] of value.matchAll(contentLink)) {
			const [targetMethod, id] = target.includes('/')
				? [methods.get(target.split('/')[0] ?? ''), target.split('/')[1] ?? '']
				: [method, target];
			const exists =
				kind === 'step'
					? targetMethod?.steps.some((step) => step.id === id)
					: targetMethod?.terms.some((term) => term.id === id) ||
						[...methods.values()].some((other) => other.terms.some((term) => term.id === id));
			if (!exists) {
				found.push([path, `broken link: ${kind}:${target} does not exist`]);
			}
		}
		return found;
	}
	if (Array.isArray(value)) {
		return value.flatMap((item, index) => linkProblems(item, [...path, index], method, methods));
	}
	if (value && typeof value === 'object') {
		return Object.entries(value).flatMap(([key, item]) =>
			linkProblems(item, [...path, key], method, methods)
		);
	}
	return [];
}

interface RawField {
	id?: string;
	type?: string;
	columns?: { id?: string }[];
	from?: { exercise: string; field: string; columns: Record<string, string> };
}

function chainingProblems(data: unknown, method: Method): Found[] {
	const blocks = (data as { blocks?: { type?: string; fields?: RawField[] }[] }).blocks;
	if (!Array.isArray(blocks)) {
		return [];
	}
	const found: Found[] = [];
	blocks.forEach((block, blockIndex) => {
		block.fields?.forEach((field, fieldIndex) => {
			if (!field.from) {
				return;
			}
			const path = ['blocks', blockIndex, 'fields', fieldIndex, 'from'];
			const source = method.exercises.get(field.from.exercise);
			if (!source) {
				found.push([path, `unknown exercise "${field.from.exercise}"`]);
				return;
			}
			const sourceField = source.exercise.fields.find((f) => f.id === field.from?.field);
			if (sourceField?.type !== 'rows') {
				found.push([path, `"${field.from.exercise}" has no rows field "${field.from.field}"`]);
				return;
			}
			for (const [target, origin] of Object.entries(field.from.columns)) {
				if (!field.columns?.some((column) => column.id === target)) {
					found.push([[...path, 'columns', target], `this field has no column "${target}"`]);
				}
				if (!sourceField.columns.some((column) => column.id === origin)) {
					found.push([[...path, 'columns', target], `the source field has no column "${origin}"`]);
				}
			}
		});
	});
	return found;
}

function audienceProblems(data: unknown, method: Method): Found[] {
	const audiences = (data as { audiences?: { steps?: string[] }[]; tracks?: unknown }).audiences;
	if (!Array.isArray(audiences) || !('tracks' in (data as object))) {
		return [];
	}
	return audiences.flatMap((audience, index) =>
		(audience.steps ?? [])
			.filter((id) => !method.steps.some((step) => step.id === id))
			.map((id): Found => [['audiences', index, 'steps'], `unknown step "${id}"`])
	);
}
