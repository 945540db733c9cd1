import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import {
	glossaryFile,
	methodFile,
	quizFile,
	stepFile,
	type Exercise,
	type GlossaryFile,
	type MethodFile,
	type QuizFile,
	type StepFile
} from './content-schema';
import {
	parseYaml,
	schemaProblems,
	type ContentProblem,
	type ParsedFile
} from './content-problems';
import { crossReferenceProblems, type ContentDocument } from './cross-references';
import type { z } from 'zod';

export type Term = GlossaryFile['terms'][number];
export type Track = MethodFile['tracks'][number] & { steps: Step[] };
export type Step = StepFile & { methodId: string; file: string };
export type Quiz = QuizFile & { methodId: string };

export interface Method extends Omit<MethodFile, 'tracks'> {
	tracks: Track[];
	/** Every step in reading order: tracks in declared order, steps by `order`. */
	steps: Step[];
	exercises: Map<string, { exercise: Exercise; step: Step }>;
	terms: Term[];
	quizzes: Quiz[];
}

export interface LoadedContent {
	methods: Method[];
	problems: ContentProblem[];
}

/** The `.yaml` files of a folder, sorted; none when the folder does not exist. */
export async function listYaml(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true }).catch((error: unknown) => {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
			return [];
		}
		throw error;
	});
	return entries
		.filter((entry) => entry.isFile() && entry.name.endsWith('.yaml'))
		.map((entry) => join(dir, entry.name))
		.sort();
}

interface Validated<T> {
	parsed: ParsedFile;
	value: T;
}

/** Reads the method folders of a content directory, collecting every problem found. */
export async function loadContent(contentDir: string): Promise<LoadedContent> {
	const problems: ContentProblem[] = [];
	const methods: Method[] = [];
	const documents: ContentDocument[] = [];
	const methodsDir = join(contentDir, 'methods');
	const folders = (await readdir(methodsDir, { withFileTypes: true }).catch(() => []))
		.filter((entry) => entry.isDirectory())
		.map((entry) => entry.name)
		.sort();

	async function read<T>(path: string, schema: z.ZodType<T>): Promise<Validated<T> | null> {
		const file = relative(process.cwd(), path);
		const source = await readFile(path, 'utf8').catch((error: unknown) => {
			if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
				throw error;
			}
			problems.push({ file, line: 1, column: 1, message: 'file is missing' });
			return null;
		});
		if (source === null) {
			return null;
		}
		const parsed = parseYaml(file, source);
		if (Array.isArray(parsed)) {
			problems.push(...parsed);
			return null;
		}
		const result = schema.safeParse(parsed.data);
		if (!result.success) {
			problems.push(...schemaProblems(parsed, result.error));
			return null;
		}
		documents.push({ methodId: currentMethod, parsed });
		return { parsed, value: result.data };
	}

	let currentMethod = '';
	for (const folder of folders) {
		currentMethod = folder;
		const dir = join(methodsDir, folder);
		const method = await read(join(dir, 'method.yaml'), methodFile);
		if (!method) {
			continue;
		}
		if (method.value.id !== folder) {
			problems.push({
				file: method.parsed.file,
				...method.parsed.locate(['id']),
				message: `id "${method.value.id}" must match the folder name "${folder}"`
			});
		}
		const steps: Validated<StepFile>[] = [];
		for (const path of await listYaml(join(dir, 'steps'))) {
			const step = await read(path, stepFile);
			if (step) {
				steps.push(step);
			}
		}
		const glossaryPath = join(dir, 'glossary.yaml');
		const glossary = (await listYaml(dir)).includes(glossaryPath)
			? await read(glossaryPath, glossaryFile)
			: null;
		const quizzes: Validated<QuizFile>[] = [];
		for (const path of await listYaml(join(dir, 'quizzes'))) {
			const quiz = await read(path, quizFile);
			if (quiz) {
				quizzes.push(quiz);
			}
		}
		methods.push(assemble(method.value, steps, glossary, quizzes, problems));
	}
	methods.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
	problems.push(...crossReferenceProblems(methods, documents));
	const quizFiles = documents.filter(({ parsed }) => /\/quizzes\/[^/]+\.yaml$/.test(parsed.file));
	const seenQuizzes = new Set<string>();
	for (const { parsed } of quizFiles) {
		const id = (parsed.data as { id?: string }).id ?? '';
		if (seenQuizzes.has(id)) {
			problems.push({
				file: parsed.file,
				...parsed.locate(['id']),
				message: `quiz id "${id}" is used by another method`
			});
		}
		seenQuizzes.add(id);
	}
	return { methods, problems };
}

function assemble(
	method: MethodFile,
	steps: Validated<StepFile>[],
	glossary: Validated<GlossaryFile> | null,
	quizzes: Validated<QuizFile>[],
	problems: ContentProblem[]
): Method {
	const problem = (parsed: ParsedFile, path: PropertyKey[], message: string) =>
		problems.push({ file: parsed.file, ...parsed.locate(path), message });
	const tracks: Track[] = method.tracks.map((track) => ({ ...track, steps: [] }));
	const stepIds = new Set<string>();
	const exercises = new Map<string, { exercise: Exercise; step: Step }>();
	for (const { parsed, value } of steps) {
		const expectedName = `${value.id}.yaml`;
		if (!parsed.file.endsWith(`/${expectedName}`)) {
			problem(parsed, ['id'], `id "${value.id}" must match the file name (${expectedName})`);
		}
		if (stepIds.has(value.id)) {
			problem(parsed, ['id'], `step id "${value.id}" is used twice`);
		}
		stepIds.add(value.id);
		const track = tracks.find((candidate) => candidate.id === value.track);
		if (!track) {
			problem(parsed, ['track'], `unknown track "${value.track}" (not in method.yaml)`);
			continue;
		}
		if (track.steps.some((other) => other.order === value.order)) {
			problem(parsed, ['order'], `order ${value.order} is used twice in track "${track.id}"`);
		}
		const step: Step = { ...value, methodId: method.id, file: parsed.file };
		track.steps.push(step);
		value.blocks.forEach((block, index) => {
			if (block.type !== 'exercise') {
				return;
			}
			if (exercises.has(block.id)) {
				problem(parsed, ['blocks', index, 'id'], `exercise id "${block.id}" is used twice`);
			}
			exercises.set(block.id, { exercise: block, step });
			const fieldIds = new Set<string>();
			block.fields.forEach((field, fieldIndex) => {
				if (fieldIds.has(field.id)) {
					problem(
						parsed,
						['blocks', index, 'fields', fieldIndex, 'id'],
						`field id "${field.id}" is used twice`
					);
				}
				fieldIds.add(field.id);
			});
		});
	}
	for (const track of tracks) {
		track.steps.sort((a, b) => a.order - b.order);
	}
	const terms = glossary?.value.terms ?? [];
	const termIds = new Set<string>();
	terms.forEach((term, index) => {
		if (termIds.has(term.id) && glossary) {
			problem(glossary.parsed, ['terms', index, 'id'], `term id "${term.id}" is used twice`);
		}
		termIds.add(term.id);
	});
	return {
		...method,
		tracks,
		steps: tracks.flatMap((track) => track.steps),
		exercises,
		terms,
		quizzes: quizzes.map(({ parsed, value }) => {
			quizProblems(value, stepIds, new Set(method.tracks.map((t) => t.id))).forEach(
				([path, message]) => problem(parsed, path, message)
			);
			return { ...value, methodId: method.id };
		})
	};
}

function quizProblems(
	quiz: QuizFile,
	stepIds: Set<string>,
	trackIds: Set<string>
): [PropertyKey[], string][] {
	const found: [PropertyKey[], string][] = [];
	quiz.questions.forEach((question, index) => {
		const optionIds = question.options.map((option) => option.id);
		if (new Set(optionIds).size !== optionIds.length) {
			found.push([['questions', index, 'options'], 'option ids must be unique']);
		}
		for (const correct of question.correct) {
			if (!optionIds.includes(correct)) {
				found.push([['questions', index, 'correct'], `"${correct}" is not one of the options`]);
			}
		}
		if (question.correct.length >= question.options.length) {
			found.push([['questions', index, 'correct'], 'at least one option must be wrong']);
		}
		if (!stepIds.has(question.recommend) && !trackIds.has(question.recommend)) {
			found.push([
				['questions', index, 'recommend'],
				`unknown track or step "${question.recommend}"`
			]);
		}
	});
	const mins = quiz.bands.map((band) => band.min);
	if (mins[0] !== 0) {
		found.push([['bands', 0, 'min'], 'the first band must start at 0']);
	}
	if (mins.some((min, index) => index > 0 && min <= (mins[index - 1] ?? 0))) {
		found.push([['bands'], 'bands must be listed by increasing min score']);
	}
	return found;
}
