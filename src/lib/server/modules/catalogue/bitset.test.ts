import { describe, expect, it } from 'vitest';
import { Bitset } from './bitset';

/** Sizes around word boundaries, where off-by-one errors hide. */
const sizes = [0, 1, 31, 32, 33, 64, 100];

describe('Bitset', () => {
	it('holds every position and no more when full', () => {
		for (const size of sizes) {
			const full = Bitset.full(size);
			expect(full.count()).toBe(size);
			expect(full.positions(0, size + 5)).toEqual([...Array(size).keys()]);
		}
	});

	it('adds and finds positions, including the last bit of a word', () => {
		const set = Bitset.of(100, [0, 31, 32, 63, 99]);
		expect([0, 31, 32, 63, 99].every((p) => set.has(p))).toBe(true);
		expect([1, 30, 33, 64, 98].some((p) => set.has(p))).toBe(false);
		expect(set.count()).toBe(5);
	});

	it('intersects, subtracts and unites without changing its operands', () => {
		const a = Bitset.of(70, [1, 2, 40, 69]);
		const b = Bitset.of(70, [2, 40, 41]);
		const c = Bitset.of(70, [40, 69]);
		expect(a.and(b).positions(0, 70)).toEqual([2, 40]);
		expect(a.and(b, c).positions(0, 70)).toEqual([40]);
		expect(a.and().positions(0, 70)).toEqual([1, 2, 40, 69]);
		expect(a.andNot(b).positions(0, 70)).toEqual([1, 69]);
		expect(a.countAnd(b)).toBe(2);
		expect(a.positions(0, 70)).toEqual([1, 2, 40, 69]);
		expect(Bitset.of(70, [5]).orInPlace(b).positions(0, 70)).toEqual([2, 5, 40, 41]);
	});

	it('pages through positions in order, skipping whole words', () => {
		const positions = [3, 31, 32, 33, 64, 65, 96, 127];
		const set = Bitset.of(128, positions);
		for (let skip = 0; skip <= positions.length; skip++) {
			for (const limit of [1, 2, 3, 10]) {
				expect(set.positions(skip, limit)).toEqual(positions.slice(skip, skip + limit));
			}
		}
		expect(set.positions(0, 0)).toEqual([]);
	});

	it('agrees with a plain Set on random data', () => {
		let seed = 7;
		const random = () => {
			seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
			return seed / 2_147_483_648;
		};
		const size = 1_000;
		const pick = () => [...Array(size).keys()].filter(() => random() < 0.3);
		const [left, right] = [pick(), pick()];
		const a = Bitset.of(size, left);
		const b = Bitset.of(size, right);
		const both = left.filter((p) => right.includes(p));
		expect(a.and(b).positions(0, size)).toEqual(both);
		expect(a.countAnd(b)).toBe(both.length);
		expect(a.countAndIn(b, a.nonZeroWords())).toBe(both.length);
		expect(Bitset.of(size, [40, 999]).nonZeroWords()).toEqual(Int32Array.from([1, 31]));
		expect(a.andNot(b).positions(0, size)).toEqual(left.filter((p) => !right.includes(p)));
		expect(a.positions(17, 50)).toEqual(left.slice(17, 67));
		// Reused space gives the same answers as fresh sets, whatever it held before.
		const reused = Bitset.full(size).assignAnd(a, [b]);
		expect(reused.positions(0, size)).toEqual(both);
		expect(reused.assignAnd(b, []).positions(0, size)).toEqual(right);
		const buffer = new Int32Array(size).fill(7);
		expect(a.nonZeroWords(buffer)).toEqual(a.nonZeroWords());
	});
});
