import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';

/** A problem in a content file, located so an author can jump to it. */
export interface ContentProblem {
	file: string;
	line: number;
	column: number;
	message: string;
}

export interface ParsedFile {
	file: string;
	data: unknown;
	/** Where a path of the document starts, for problems found after parsing. */
	locate(path: readonly PropertyKey[]): { line: number; column: number };
}

export function parseYaml(file: string, source: string): ParsedFile | ContentProblem[] {
	const lineCounter = new LineCounter();
	const document = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
	if (document.errors.length > 0) {
		return document.errors.map((error) => {
			const { line, col } = lineCounter.linePos(error.pos[0]);
			return { file, line, column: col, message: error.message.split('\n')[0] ?? error.code };
		});
	}
	return {
		file,
		data: document.toJS(),
		locate: (path) => positionOf(document, lineCounter, path)
	};
}

/** The deepest node of the path that exists: a missing key is reported at its parent. */
function positionOf(
	document: Document,
	lineCounter: LineCounter,
	path: readonly PropertyKey[]
): { line: number; column: number } {
	for (let length = path.length; length >= 0; length--) {
		const node = document.getIn(path.slice(0, length) as unknown[], true);
		const range = (node as { range?: [number, number, number] } | undefined)?.range;
		if (range) {
			const { line, col } = lineCounter.linePos(range[0]);
			return { line, column: col };
		}
	}
	return { line: 1, column: 1 };
}

/** Where an unknown key sits, rather than the start of the object that holds it. */
function keyPosition(parsed: ParsedFile, path: readonly PropertyKey[], key: string) {
	return parsed.locate([...path, key]);
}

/** Turns zod issues into located, readable problems. */
export function schemaProblems(parsed: ParsedFile, error: z.ZodError): ContentProblem[] {
	const problems: ContentProblem[] = [];
	for (const issue of error.issues) {
		const where = issue.path.map(String).join('.') || '(file)';
		if (issue.code === 'unrecognized_keys') {
			for (const key of issue.keys) {
				problems.push({
					file: parsed.file,
					...keyPosition(parsed, issue.path, key),
					message: `unknown field "${key}" in ${where}`
				});
			}
			continue;
		}
		const last = issue.path.at(-1);
		const missing = issue.code === 'invalid_type' && issue.input === undefined;
		const message =
			missing && (last === 'en' || last === 'fr')
				? `missing translation (${last}) at ${where}`
				: missing
					? `missing field ${where}`
					: `${where}: ${issue.message}`;
		problems.push({ file: parsed.file, ...parsed.locate(issue.path), message });
	}
	return problems;
}
