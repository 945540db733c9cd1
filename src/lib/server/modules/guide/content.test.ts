import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type LoadedContent } from './load-content';

let shipped: LoadedContent;
let scratch: string;

beforeAll(async () => {
	shipped = await loadContent('content');
	scratch = await mkdtemp(join(tmpdir(), 'territoria-content-'));
});

afterAll(async () => {
	await rm(scratch, { recursive: true, force: true });
});

const method = (id: string) => {
	const found = shipped.methods.find((candidate) => candidate.id === id);
	if (!found) {
		throw new Error(`method ${id} missing`);
	}
	return found;
};

/** A method folder with the given files, for the checker's error cases. */
async function contentWith(files: Record<string, string>): Promise<LoadedContent> {
	const dir = await mkdtemp(join(scratch, 'case-'));
	for (const [path, text] of Object.entries(files)) {
		await mkdir(join(dir, path, '..'), { recursive: true });
		await writeFile(join(dir, path), text);
	}
	return loadContent(dir);
}

const validMethod = `id: demo
title: { en: Demo, fr: Démo }
summary: { en: A method, fr: Une méthode }
source: { en: Us, fr: Nous }
tracks:
  - id: t
    unit: step
    title: { en: Track, fr: Parcours }
    summary: { en: Summary, fr: Résumé }
`;

const validStep = `id: s1
track: t
order: 1
title: { en: First, fr: Première }
goal: { en: Goal, fr: Objectif }
blocks:
  - type: text
    body:
      en: 'See [the step](step:s1)'
      fr: "Voir [l'étape](step:s1)"
`;

describe('the shipped content', () => {
	it('has no problem at all', () => {
		expect(shipped.problems).toEqual([]);
	});

	it('holds the AFD/IDDRI method: Part A (6 steps), B1–B4 (6 each), Part C (4 pillars)', () => {
		const afd = method('afd-iddri');
		const counts = Object.fromEntries(afd.tracks.map((track) => [track.id, track.steps.length]));
		expect(counts).toEqual({ a: 6, b1: 6, b2: 6, b3: 6, b4: 6, c: 4 });
		expect(afd.tracks.find((track) => track.id === 'c')?.unit).toBe('pillar');
		for (const step of afd.steps) {
			expect(
				step.blocks.some((block) => block.type === 'exercise'),
				step.id
			).toBe(true);
		}
	});

	it('holds the four ICC stages with durations and the solution-sheet template', () => {
		const icc = method('icc');
		expect(icc.steps.map((step) => step.id)).toEqual(['stage-1', 'stage-2', 'stage-3', 'stage-4']);
		expect(icc.steps.every((step) => step.duration !== undefined)).toBe(true);
		expect(icc.exercises.has('stage-2-solution-sheet')).toBe(true);
	});

	it('has the guide’s ten-question quiz with its answer key and four bands', () => {
		const [quiz] = method('afd-iddri').quizzes;
		expect(quiz?.questions).toHaveLength(10);
		expect(quiz?.questions.every((question) => question.options.length === 3)).toBe(true);
		const key = Object.fromEntries(quiz?.questions.map((q) => [q.id, q.correct.join('&')]) ?? []);
		expect(key).toEqual({
			q1: '2',
			q2: '2&3',
			q3: '2',
			q4: '1',
			q5: '1',
			q6: '2',
			q7: '1',
			q8: '1&3',
			q9: '3',
			q10: '3'
		});
		expect(quiz?.bands.map((band) => band.min)).toEqual([0, 3, 6, 9]);
		expect(quiz?.bands.at(-1)?.inviteToShare).toBe(true);
	});

	it('has the guide’s glossary of about 35 terms', () => {
		expect(method('afd-iddri').terms.length).toBeGreaterThanOrEqual(35);
	});

	it('chains pilot actions (step 4) to the roadmap (step 5) to the indicators (step 6)', () => {
		const afd = method('afd-iddri');
		for (const prefix of ['a', 'b1-', 'b2-', 'b3-', 'b4-']) {
			const roadmap = afd.exercises.get(`${prefix}5-roadmap`)?.exercise;
			const indicators = afd.exercises.get(`${prefix}6-indicators`)?.exercise;
			const from = (exercise: typeof roadmap) =>
				exercise?.fields.flatMap((field) =>
					field.type === 'rows' && field.from ? [field.from.exercise] : []
				);
			expect(from(roadmap), prefix).toContain(`${prefix}4-pilot-actions`);
			expect(from(indicators), prefix).toContain(`${prefix}5-roadmap`);
		}
	});
});

describe('content:check problems', () => {
	it('accepts a minimal valid method', async () => {
		const loaded = await contentWith({
			'methods/demo/method.yaml': validMethod,
			'methods/demo/steps/s1.yaml': validStep
		});
		expect(loaded.problems).toEqual([]);
	});

	it('reports an unknown field with its file and line', async () => {
		const loaded = await contentWith({
			'methods/demo/method.yaml': validMethod,
			'methods/demo/steps/s1.yaml': validStep.replace('goal:', 'goals: { en: x, fr: y }\ngoal:')
		});
		expect(loaded.problems).toEqual([
			expect.objectContaining({ line: 5, message: 'unknown field "goals" in (file)' })
		]);
		expect(loaded.problems[0]?.file).toMatch(/methods\/demo\/steps\/s1\.yaml$/);
	});

	it('reports a missing translation', async () => {
		const loaded = await contentWith({
			'methods/demo/method.yaml': validMethod,
			'methods/demo/steps/s1.yaml': validStep.replace(
				'goal: { en: Goal, fr: Objectif }',
				'goal: { en: Goal }'
			)
		});
		expect(loaded.problems.map((problem) => problem.message)).toEqual([
			'missing translation (fr) at goal.fr'
		]);
		expect(loaded.problems[0]?.line).toBe(5);
	});

	it('reports broken cross-references and step chaining', async () => {
		const loaded = await contentWith({
			'methods/demo/method.yaml': validMethod,
			'methods/demo/steps/s1.yaml': `${validStep.replace('[the step](step:s1)', '[the step](step:s9)')}  - type: exercise
    id: s1-plan
    title: { en: Plan, fr: Plan }
    fields:
      - id: actions
        type: rows
        label: { en: Actions, fr: Actions }
        from: { exercise: s0-pilots, field: actions, columns: { name: name } }
        columns:
          - { id: name, type: short-text, label: { en: Name, fr: Nom } }
`
		});
		expect(loaded.problems.map((problem) => problem.message)).toEqual([
			'broken link: step:s9 does not exist',
			'unknown exercise "s0-pilots"'
		]);
	});

	it('reports a step whose track does not exist and a file that does not parse', async () => {
		const loaded = await contentWith({
			'methods/demo/method.yaml': validMethod,
			'methods/demo/steps/s1.yaml': validStep.replace('track: t', 'track: nope'),
			'methods/demo/steps/s2.yaml': 'id: s2\n  bad: [indent'
		});
		const messages = loaded.problems.map(
			(problem) => `${problem.file.split('/').pop()}:${problem.line} ${problem.message}`
		);
		expect(messages).toContainEqual('s1.yaml:2 unknown track "nope" (not in method.yaml)');
		expect(messages.some((message) => message.startsWith('s2.yaml:'))).toBe(true);
	});
});
