import { describe, expect, it } from 'vitest';
import { lexemesOf, parseTsquery } from './tsquery-expression';

describe('parseTsquery', () => {
	it('refuses what word lists cannot answer: phrases, prefixes, weights, escapes, empty', () => {
		for (const printed of [
			'',
			"'digit' <-> 'data'",
			"'digit' <2> 'data'",
			"'data':*",
			"'data':AB",
			"'l''eau'",
			"'back\\\\slash'",
			"'digit' &",
			"( 'digit' | 'data'",
			"'digit' 'data'",
			'data'
		]) {
			expect(parseTsquery(printed), printed).toBeUndefined();
		}
	});

	it('reads words, AND, OR, NOT and parentheses with PostgreSQL’s precedence', () => {
		expect(parseTsquery("'digit'")).toEqual({ kind: 'word', lexeme: 'digit' });
		// & binds tighter than |, and ! tighter than &.
		expect(parseTsquery("'a' | 'b' & !'c'")).toEqual({
			kind: 'or',
			left: { kind: 'word', lexeme: 'a' },
			right: {
				kind: 'and',
				left: { kind: 'word', lexeme: 'b' },
				right: { kind: 'not', operand: { kind: 'word', lexeme: 'c' } }
			}
		});
		expect(parseTsquery("( 'a' | 'b' ) & 'c'")).toEqual({
			kind: 'and',
			left: {
				kind: 'or',
				left: { kind: 'word', lexeme: 'a' },
				right: { kind: 'word', lexeme: 'b' }
			},
			right: { kind: 'word', lexeme: 'c' }
		});
	});

	it('lists every lexeme, accents included', () => {
		const expression = parseTsquery("'donne' & !( 'numer' | 'élu' )");
		expect(expression && lexemesOf(expression)).toEqual(['donne', 'numer', 'élu']);
	});
});
