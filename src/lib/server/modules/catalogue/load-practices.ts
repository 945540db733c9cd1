import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import {
	parseYaml,
	schemaProblems,
	type ContentProblem,
	type ParsedFile
} from '../guide/content-problems';
import { listYaml, type Method } from '../guide/load-content';
import { practiceFile, type PracticeFile } from './content-schema';

export interface ShippedPractice {
	practice: PracticeFile;
	/** SHA-256 of the file, so loading an unchanged file twice writes nothing. */
	hash: string;
	file: string;
}

export interface LoadedPractices {
	practices: ShippedPractice[];
	problems: ContentProblem[];
}

/**
 * Reads `content/practices/*.yaml`: each file is checked against its schema, its id against
 * its file name, and its guide steps against the loaded methods.
 */
export async function loadPractices(
	contentDir: string,
	methods: readonly Method[]
): Promise<LoadedPractices> {
	const problems: ContentProblem[] = [];
	const practices: ShippedPractice[] = [];
	const steps = new Set(methods.flatMap((m) => m.steps.map((s) => `${m.id}/${s.id}`)));
	for (const path of await listYaml(join(contentDir, 'practices'))) {
		const file = relative(process.cwd(), path);
		const source = await readFile(path, 'utf8');
		const parsed = parseYaml(file, source);
		if (Array.isArray(parsed)) {
			problems.push(...parsed);
			continue;
		}
		const result = practiceFile.safeParse(parsed.data);
		if (!result.success) {
			problems.push(...schemaProblems(parsed, result.error));
			continue;
		}
		problems.push(...referenceProblems(parsed, result.data, steps));
		practices.push({
			practice: result.data,
			hash: createHash('sha256').update(source).digest('hex'),
			file
		});
	}
	return { practices, problems };
}

function referenceProblems(
	parsed: ParsedFile,
	practice: PracticeFile,
	steps: Set<string>
): ContentProblem[] {
	const found: ContentProblem[] = [];
	const expected = `${practice.id}.yaml`;
	if (!parsed.file.endsWith(`/${expected}`) && parsed.file !== expected) {
		found.push({
			file: parsed.file,
			...parsed.locate(['id']),
			message: `id "${practice.id}" must match the file name (${expected})`
		});
	}
	practice.guideSteps.forEach((step, index) => {
		if (!steps.has(step)) {
			found.push({
				file: parsed.file,
				...parsed.locate(['guideSteps', index]),
				message: `unknown guide step "${step}" (use method/step, e.g. afd-iddri/a1)`
			});
		}
	});
	return found;
}
