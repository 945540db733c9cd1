import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import {
	parseYaml,
	schemaProblems,
	type ContentProblem,
	type ParsedFile
} from '../guide/content-problems';
import { listYaml } from '../guide/load-content';
import { macroChallengeFile, type MacroChallenge } from './content-schema';

export interface LoadedTaxonomy {
	/** In the briefing's order. */
	macroChallenges: MacroChallenge[];
	problems: ContentProblem[];
}

/**
 * Reads `content/risks/*.yaml`: each file is checked against its schema, its id against its
 * file name; risk ids must be unique across the taxonomy and start with their
 * macro-challenge's id, and no two files may share an order.
 */
export async function loadRiskTaxonomy(contentDir: string): Promise<LoadedTaxonomy> {
	const problems: ContentProblem[] = [];
	const macroChallenges: MacroChallenge[] = [];
	const riskIds = new Set<string>();
	const orders = new Set<number>();
	for (const path of await listYaml(join(contentDir, 'risks'))) {
		const file = relative(process.cwd(), path);
		const parsed = parseYaml(file, await readFile(path, 'utf8'));
		if (Array.isArray(parsed)) {
			problems.push(...parsed);
			continue;
		}
		const result = macroChallengeFile.safeParse(parsed.data);
		if (!result.success) {
			problems.push(...schemaProblems(parsed, result.error));
			continue;
		}
		problems.push(...referenceProblems(parsed, result.data, riskIds, orders));
		macroChallenges.push(result.data);
	}
	macroChallenges.sort((a, b) => a.order - b.order);
	return { macroChallenges, problems };
}

function referenceProblems(
	parsed: ParsedFile,
	macro: MacroChallenge,
	riskIds: Set<string>,
	orders: Set<number>
): ContentProblem[] {
	const found: ContentProblem[] = [];
	const at = (path: PropertyKey[], message: string) =>
		found.push({ file: parsed.file, ...parsed.locate(path), message });
	const expected = `${macro.id}.yaml`;
	if (!parsed.file.endsWith(`/${expected}`) && parsed.file !== expected) {
		at(['id'], `id "${macro.id}" must match the file name (${expected})`);
	}
	if (orders.has(macro.order)) {
		at(['order'], `order ${macro.order} is used by another macro-challenge`);
	}
	orders.add(macro.order);
	macro.risks.forEach((risk, index) => {
		if (!risk.id.startsWith(`${macro.id}-`)) {
			at(['risks', index, 'id'], `risk id "${risk.id}" must start with "${macro.id}-"`);
		}
		if (riskIds.has(risk.id)) {
			at(['risks', index, 'id'], `risk id "${risk.id}" is used twice`);
		}
		riskIds.add(risk.id);
	});
	return found;
}
