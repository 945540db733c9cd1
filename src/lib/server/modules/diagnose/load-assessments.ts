import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import {
	parseYaml,
	schemaProblems,
	type ContentProblem,
	type ParsedFile
} from '../guide/content-problems';
import { listYaml, type Method } from '../guide/load-content';
import { assessmentFile, type AssessmentFile } from './assessment-schema';

export interface LoadedAssessments {
	assessments: AssessmentFile[];
	problems: ContentProblem[];
}

/**
 * Reads `content/assessments/*.yaml`: each file is checked against its schema, its id
 * against its file name, and its guide steps against the loaded methods.
 */
export async function loadAssessments(
	contentDir: string,
	methods: readonly Method[]
): Promise<LoadedAssessments> {
	const problems: ContentProblem[] = [];
	const assessments: AssessmentFile[] = [];
	const steps = new Set(methods.flatMap((m) => m.steps.map((s) => `${m.id}/${s.id}`)));
	for (const path of await listYaml(join(contentDir, 'assessments'))) {
		const file = relative(process.cwd(), path);
		const parsed = parseYaml(file, await readFile(path, 'utf8'));
		if (Array.isArray(parsed)) {
			problems.push(...parsed);
			continue;
		}
		const result = assessmentFile.safeParse(parsed.data);
		if (!result.success) {
			problems.push(...schemaProblems(parsed, result.error));
			continue;
		}
		problems.push(...referenceProblems(parsed, result.data, steps));
		assessments.push(result.data);
	}
	return { assessments, problems };
}

function referenceProblems(
	parsed: ParsedFile,
	assessment: AssessmentFile,
	steps: Set<string>
): ContentProblem[] {
	const found: ContentProblem[] = [];
	const at = (path: PropertyKey[], message: string) =>
		found.push({ file: parsed.file, ...parsed.locate(path), message });
	const expected = `${assessment.id}.yaml`;
	if (!parsed.file.endsWith(`/${expected}`) && parsed.file !== expected) {
		at(['id'], `id "${assessment.id}" must match the file name (${expected})`);
	}
	const checkStep = (step: string, path: PropertyKey[]) => {
		if (!steps.has(step)) {
			at(path, `unknown guide step "${step}" (use method/step, e.g. afd-iddri/a2)`);
		}
	};
	assessment.guide.forEach((step, index) => {
		checkStep(step, ['guide', index]);
	});
	assessment.dimensions.forEach((dimension, d) => {
		dimension.guide.forEach((step, index) => {
			checkStep(step, ['dimensions', d, 'guide', index]);
		});
	});
	return found;
}
