import { describe, expect, it } from 'vitest';
import { Bitset } from './bitset';
import { matchWords, type WordLists } from './search-words';

const size = 70;
const rows = (...positions: number[]) => Bitset.of(size, positions);
const positionsOf = (set: Bitset | undefined) => set?.positions(0, size) ?? [];

// Rows 0–39 hold "digit", rows 30–69 hold "data"; headings hold "digit" in rows 0–9 only.
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);
const lists: WordLists = {
	version: 3,
	document: new Map([
		['digit', rows(...range(0, 40))],
		['data', rows(...range(30, 70))]
	]),
	heading: new Map([['digit', rows(...range(0, 10))]])
};

describe('matchWords', () => {
	it('answers AND, OR and NOT over documents and headings', () => {
		const both = matchWords(lists, size, "'digit' & 'data'");
		expect(positionsOf(both?.document)).toEqual(range(30, 40));
		expect(positionsOf(both?.heading)).toEqual([]);

		const either = matchWords(lists, size, "'digit' | 'data'");
		expect(positionsOf(either?.document)).toEqual(range(0, 70));
		expect(positionsOf(either?.heading)).toEqual(range(0, 10));

		const without = matchWords(lists, size, "'digit' & !'data'");
		expect(positionsOf(without?.document)).toEqual(range(0, 30));
		expect(positionsOf(without?.heading)).toEqual(range(0, 10));
	});

	it('leaves to PostgreSQL a word it has no list of, and a phrase', () => {
		expect(matchWords(lists, size, "'digit' & 'rooftop'")).toBeUndefined();
		expect(matchWords(lists, size, "'digit' <-> 'data'")).toBeUndefined();
		expect(matchWords(lists, size, '')).toBeUndefined();
	});
});
