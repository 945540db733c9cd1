import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type Method } from '../guide/load-content';
import { loadAssessments, type LoadedAssessments } from './load-assessments';
import { scoreAnswers, unscoredAnswers } from './score-answers';

let methods: Method[];
let shipped: LoadedAssessments;
let scratch: string;

beforeAll(async () => {
	({ methods } = await loadContent('content'));
	shipped = await loadAssessments('content', methods);
	scratch = await mkdtemp(join(tmpdir(), 'territoria-assessments-'));
});

afterAll(async () => {
	await rm(scratch, { recursive: true, force: true });
});

/**
 * The diagnoses the guide asks for: the local authority, the territory, each Part B
 * domain, digital inclusion, and municipal cybersecurity (Lille Metropole's diagnostic).
 */
const expected = [
	'b1-services',
	'b2-planning',
	'b3-economy',
	'b4-governance',
	'cybersecurity',
	'digital-inclusion',
	'municipal-maturity',
	'territory-penetration'
];

describe('the shipped assessments', () => {
	it('are all there and valid, in English and French', () => {
		expect(shipped.problems).toEqual([]);
		expect(shipped.assessments.map((assessment) => assessment.id).sort()).toEqual(expected);
	});

	it('each reach level 1 with the weakest answers and level 5 with the strongest', () => {
		for (const assessment of shipped.assessments) {
			const questions = assessment.dimensions.flatMap((dimension) => dimension.questions);
			const answering = (pick: 'first' | 'last') =>
				Object.fromEntries(
					questions.map((q) => [
						q.id,
						(pick === 'first' ? q.options[0] : q.options.at(-1))?.id ?? ''
					])
				);
			expect(scoreAnswers(assessment, answering('first')), assessment.id).toMatchObject({
				overall: 0,
				level: 1
			});
			expect(scoreAnswers(assessment, answering('last')), assessment.id).toMatchObject({
				overall: 100,
				level: 5
			});
		}
	});

	it('never use the reserved answers as option ids', () => {
		const ids = shipped.assessments.flatMap((assessment) =>
			assessment.dimensions.flatMap((d) => d.questions.flatMap((q) => q.options.map((o) => o.id)))
		);
		for (const reserved of unscoredAnswers) {
			expect(ids).not.toContain(reserved);
		}
	});
});

describe('loading assessments', () => {
	it('reports a file whose id is not its name, an unknown guide step, and a missing translation', async () => {
		const dir = join(scratch, 'broken');
		await mkdir(join(dir, 'assessments'), { recursive: true });
		const level = (n: number, from: number) =>
			`  - { level: ${n}, from: ${from}, title: { en: L${n}, fr: N${n} }, description: { en: d, fr: d } }`;
		const question = (id: string) =>
			`      - id: ${id}\n        text: { en: "Q?", fr: "Q ?" }\n        options:\n          - { id: no, label: { en: No, fr: Non }, score: 0 }\n          - { id: yes, label: { en: Yes, fr: Oui }, score: 100 }`;
		const dimension = (id: string) =>
			`  - id: ${id}\n    title: { en: T, fr: T }\n    description: { en: D, fr: D }\n    questions:\n${question(`${id}-1`)}\n${question(`${id}-2`)}`;
		await writeFile(
			join(dir, 'assessments', 'sample.yaml'),
			[
				'id: other',
				'title: { en: Sample }',
				'summary: { en: S, fr: S }',
				'respondents: { en: R, fr: R }',
				'guide: [afd-iddri/z9]',
				'scoring: { en: S, fr: S }',
				'levels:',
				level(1, 0),
				level(2, 20),
				level(3, 40),
				level(4, 60),
				level(5, 80),
				'dimensions:',
				dimension('one'),
				dimension('two')
			].join('\n')
		);
		const { problems } = await loadAssessments(dir, methods);
		expect(problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
			expect.stringMatching(/^2: .*fr/)
		]);
		// Fixed translation: the references are checked next.
		const file = join(dir, 'assessments', 'sample.yaml');
		const source = await readFile(file, 'utf8');
		await writeFile(
			file,
			source.replace('title: { en: Sample }', 'title: { en: Sample, fr: Exemple }')
		);
		const second = await loadAssessments(dir, methods);
		expect(second.problems.map((p) => p.message)).toEqual([
			'id "other" must match the file name (other.yaml)',
			'unknown guide step "afd-iddri/z9" (use method/step, e.g. afd-iddri/a2)'
		]);
	});
});
