import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPractices } from '../catalogue/load-practices';
import { riskMacroChallenges } from '../catalogue/vocabulary';
import { loadContent } from '../guide/load-content';
import { loadRiskTaxonomy, type LoadedTaxonomy } from './load-taxonomy';

let shipped: LoadedTaxonomy;
let scratch: string;

beforeAll(async () => {
	shipped = await loadRiskTaxonomy('content');
	scratch = await mkdtemp(join(tmpdir(), 'territoria-risks-'));
});

afterAll(async () => {
	await rm(scratch, { recursive: true, force: true });
});

describe('the shipped risk taxonomy', () => {
	it('has the briefing’s 8 macro-challenges in order, with 48 risks in all', () => {
		expect(shipped.problems).toEqual([]);
		expect(shipped.macroChallenges.map((macro) => macro.id)).toEqual([...riskMacroChallenges]);
		expect(shipped.macroChallenges.map((macro) => macro.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
		const risks = shipped.macroChallenges.flatMap((macro) => macro.risks);
		expect(risks).toHaveLength(48);
		expect(new Set(risks.map((risk) => risk.id)).size).toBe(48);
	});

	it('titles and describes everything in English and French, with distinct titles', () => {
		const risks = shipped.macroChallenges.flatMap((macro) => macro.risks);
		for (const item of [...shipped.macroChallenges, ...risks]) {
			for (const locale of ['en', 'fr'] as const) {
				expect(item.title[locale].trim(), item.id).not.toBe('');
				expect(item.description[locale].trim(), item.id).not.toBe('');
			}
			expect(item.title.fr, item.id).not.toBe(item.title.en);
		}
		for (const locale of ['en', 'fr'] as const) {
			expect(new Set(risks.map((risk) => risk.title[locale])).size).toBe(48);
		}
	});

	it('uses French typography and says where the grouping comes from', async () => {
		for (const macro of shipped.macroChallenges) {
			const french = JSON.stringify([macro.title.fr, macro.description.fr, macro.risks]);
			expect(/ [;:?!»]|« /.test(french), macro.id).toBe(false);
			const file = await readFile(`content/risks/${macro.id}.yaml`, 'utf8');
			expect(file).toMatch(/STOA briefing/);
			expect(file).toMatch(/wording are Territoria's/);
		}
	});

	it('is what the practices are tagged with, so every tag leads to a macro-challenge', async () => {
		const { methods } = await loadContent('content');
		const { practices } = await loadPractices('content', methods);
		const ids = new Set(shipped.macroChallenges.map((macro) => macro.id));
		const tags = practices.flatMap(({ practice }) => practice.risks);
		expect(tags.length).toBeGreaterThan(0);
		expect(tags.filter((tag) => !ids.has(tag))).toEqual([]);
	});
});

const valid = (id: string, order: number, riskId = `${id}-one`) => `id: ${id}
order: ${order}
title: { en: T, fr: T fr }
description: { en: D, fr: D fr }
risks:
  - id: ${riskId}
    title: { en: R, fr: R fr }
    description: { en: S, fr: S fr }
`;

async function taxonomyWith(files: Record<string, string>): Promise<LoadedTaxonomy> {
	const dir = await mkdtemp(join(scratch, 'case-'));
	await mkdir(join(dir, 'risks'), { recursive: true });
	for (const [name, text] of Object.entries(files)) {
		await writeFile(join(dir, 'risks', name), text);
	}
	return loadRiskTaxonomy(dir);
}

describe('checking risk taxonomy files', () => {
	it('accepts a valid file', async () => {
		const loaded = await taxonomyWith({ 'trust.yaml': valid('trust', 6) });
		expect(loaded.problems).toEqual([]);
		expect(loaded.macroChallenges[0]?.risks[0]?.id).toBe('trust-one');
	});

	it('reports an unknown macro-challenge, a wrong file name, a foreign or repeated risk id, a repeated order and a missing language', async () => {
		const loaded = await taxonomyWith({
			'a.yaml': valid('weather', 1),
			'trust.yaml': valid('human-contact', 2),
			'privacy-security.yaml': valid('privacy-security', 3, 'trust-one'),
			'vendor-lock-in.yaml': valid('vendor-lock-in', 3, 'trust-one'),
			'digital-exclusion.yaml': valid('digital-exclusion', 4).replace('fr: D fr', 'de: D')
		});
		const messages = loaded.problems.map((p) => `${p.file.split('/').pop()}:${p.message}`);
		expect(messages).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/^a\.yaml:/),
				expect.stringMatching(/^trust\.yaml:id "human-contact" must match the file name/),
				expect.stringMatching(/must start with "privacy-security-"/),
				expect.stringMatching(/^vendor-lock-in\.yaml:.*(used twice|order 3)/),
				expect.stringMatching(/^digital-exclusion\.yaml:/)
			])
		);
	});
});
