import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type Method } from '../guide/load-content';
import { loadPractices, type LoadedPractices } from './load-practices';

let methods: Method[];
let shipped: LoadedPractices;
let scratch: string;

beforeAll(async () => {
	({ methods } = await loadContent('content'));
	shipped = await loadPractices('content', methods);
	scratch = await mkdtemp(join(tmpdir(), 'territoria-practices-'));
});

afterAll(async () => {
	await rm(scratch, { recursive: true, force: true });
});

/** The 22 initiatives of the AFD/IDDRI guide, then Lille Metropole's ICC practices. */
const expected = [
	'jamaica-community-access-points',
	'uganda-national-digital-framework',
	'cape-town-planning-gis',
	'paris-urban-lab',
	'johannesburg-hack-jozi',
	'lagos-wecyclers',
	'accra-mobility-mapping',
	'dar-es-salaam-participatory-mapping',
	'kathmandu-open-cities',
	'le-havre-digital-city',
	'niamey-cipmen-incubator',
	'mekong-startup-tourism',
	'belo-horizonte-e-participatory-budget',
	'kampala-e-citie',
	'philippines-intermediate-cities',
	'fes-e-civil-registry',
	'cartago-mi-muni-en-casa',
	'montevideo-open-data-group',
	'rennes-open-data',
	'paris-collaborative-digital-strategy',
	'urbact-techtown',
	'guediawaye-decentralised-cooperation',
	'lille-e-administration-network',
	'lille-inclusive-citizen-dialogue',
	'lille-energy-data-tool',
	'lille-cybersecurity-mutualisation',
	'lille-citizen-participation-platform'
];

async function practicesWith(files: Record<string, string>): Promise<LoadedPractices> {
	const dir = await mkdtemp(join(scratch, 'case-'));
	for (const [path, text] of Object.entries(files)) {
		await mkdir(join(dir, path, '..'), { recursive: true });
		await writeFile(join(dir, path), text);
	}
	return loadPractices(dir, methods);
}

describe('the shipped practices', () => {
	it('are all valid, with every initiative of the guide and the Lille practices', () => {
		expect(shipped.problems).toEqual([]);
		expect(shipped.practices.map((p) => p.practice.id).sort()).toEqual([...expected].sort());
	});

	it('illustrate guide steps, and every guide initiative has its practice', () => {
		const illustrated = new Set(shipped.practices.flatMap((p) => p.practice.guideSteps));
		const stepsWithInitiatives = methods
			.filter((method) => method.id === 'afd-iddri')
			.flatMap((method) =>
				method.steps
					.filter((step) => step.blocks.some((block) => block.type === 'initiative'))
					.map((step) => `${method.id}/${step.id}`)
			);
		expect(stepsWithInitiatives.filter((step) => !illustrated.has(step))).toEqual([]);
	});

	it('use French typography: a non-breaking space before ; : ? ! and inside « »', async () => {
		const offending: string[] = [];
		for (const { file, practice } of shipped.practices) {
			const french = JSON.stringify(practice.texts.fr) + practice.source.fr;
			if (/ [;:?!»]|« /.test(french)) {
				offending.push(file);
			}
			expect(await readFile(file, 'utf8')).toContain('fr:');
		}
		expect(offending).toEqual([]);
	});
});

const validPractice = (id: string, extra = '') => `id: ${id}
source: { en: Us, fr: Nous }
guideSteps: [afd-iddri/a1]
countries: [FR]
region: europe
populationBand: under-20k
domains: [a]
maturityNeeded: starting
evidenceLevel: self-declared
originalLanguage: en
${extra}texts:
  en: { title: T, summary: S, place: P, body: B }
  fr: { title: T, summary: S, place: P, body: B }
`;

describe('checking practice files', () => {
	it('accepts a minimal valid practice', async () => {
		const loaded = await practicesWith({ 'practices/ok.yaml': validPractice('ok') });
		expect(loaded.problems).toEqual([]);
		expect(loaded.practices).toHaveLength(1);
	});

	it('reports a wrong id, an unknown step, a bad vocabulary value and a missing translation, with lines', async () => {
		const loaded = await practicesWith({
			'practices/a.yaml': validPractice('b'),
			'practices/c.yaml': validPractice('c').replace('afd-iddri/a1', 'afd-iddri/zz'),
			'practices/d.yaml': validPractice('d').replace('region: europe', 'region: mars'),
			'practices/e.yaml': validPractice('e').replace(/ {2}fr: .*\n/, '')
		});
		const messages = loaded.problems.map(
			(p) => `${p.file.split('/').pop()}:${p.line} ${p.message}`
		);
		expect(messages).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/^a\.yaml:1 id "b" must match the file name/),
				expect.stringMatching(/^c\.yaml:3 unknown guide step "afd-iddri\/zz"/),
				expect.stringMatching(/^d\.yaml:5 /),
				expect.stringMatching(/^e\.yaml:\d+ .*fr/)
			])
		);
	});

	it('refuses a javascript: link', async () => {
		const loaded = await practicesWith({
			'practices/x.yaml': validPractice('x', 'links:\n  - url: "javascript:alert(1)"\n')
		});
		expect(loaded.problems.map((p) => p.line)).toEqual([12]);
	});
});
