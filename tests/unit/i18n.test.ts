import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const settings = JSON.parse(readFileSync('project.inlang/settings.json', 'utf8')) as {
	locales: string[];
	'plugin.inlang.messageFormat': { pathPattern: string[] };
};

function messagesOf(pattern: string, locale: string): Record<string, string> {
	const file = pattern.replace('{locale}', locale);
	const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
	delete raw.$schema;
	return raw;
}

const placeholders = (text: string): string[] =>
	[...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();

function filesUnder(dir: string, suffix: string): string[] {
	return readdirSync(dir).flatMap((entry) => {
		const full = path.join(dir, entry);
		if (statSync(full).isDirectory()) {
			return entry === 'paraglide' ? [] : filesUnder(full, suffix);
		}
		return full.endsWith(suffix) ? [full] : [];
	});
}

describe('translations', () => {
	for (const pattern of settings['plugin.inlang.messageFormat'].pathPattern) {
		it(`${pattern}: every key exists in every locale, filled, with the same parameters`, () => {
			const [base, ...others] = settings.locales.map((locale) => messagesOf(pattern, locale));
			for (const other of others) {
				expect(Object.keys(other).sort()).toEqual(Object.keys(base ?? {}).sort());
			}
			for (const [key, text] of Object.entries(base ?? {})) {
				for (const other of others) {
					const translated = other[key] ?? '';
					expect(translated.trim(), `${key} is empty`).not.toBe('');
					expect(placeholders(translated), `${key} parameters`).toEqual(placeholders(text));
				}
			}
		});
	}

	it('keys are unique across message files (one owner per key)', () => {
		const seen = new Map<string, string>();
		for (const pattern of settings['plugin.inlang.messageFormat'].pathPattern) {
			for (const key of Object.keys(messagesOf(pattern, 'en'))) {
				expect(seen.get(key), `${key} is defined twice`).toBeUndefined();
				seen.set(key, pattern);
			}
		}
	});
});

/**
 * Visible text in Svelte markup must come from messages. The markup is stripped of
 * scripts, styles, comments and `{…}` expressions; what remains may not contain letters.
 */
describe('no hard-coded text in components', () => {
	const components = filesUnder('src', '.svelte');

	it('finds the components', () => {
		expect(components.length).toBeGreaterThan(3);
	});

	for (const file of components) {
		it(file, () => {
			const markup = readFileSync(file, 'utf8')
				.replace(/<script[\s\S]*?<\/script>/g, '')
				.replace(/<style[\s\S]*?<\/style>/g, '')
				.replace(/<!--[\s\S]*?-->/g, '');
			const literalAttributes = [
				...markup.matchAll(
					/\s(aria-label|title|placeholder|alt|aria-description)="([^"{]*[A-Za-z][^"{]*)"/g
				)
			].map((match) => match[0].trim());
			expect(literalAttributes, 'attributes with literal text').toEqual([]);
			let text = markup;
			// Remove `{…}` expressions (balanced one level deep is enough for templates).
			for (let i = 0; i < 3; i++) {
				text = text.replace(/\{[^{}]*\}/g, ' ');
			}
			text = text.replace(/<[^>]*>/g, ' ').replace(/&[a-z]+;|&#\d+;/g, ' ');
			const words = text.match(/\p{L}{2,}/gu) ?? [];
			expect(words, 'literal words outside messages').toEqual([]);
		});
	}
});
