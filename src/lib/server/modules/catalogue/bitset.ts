/**
 * A fixed-size set of small integers (row positions), one bit each: the in-memory search
 * index filters and counts 100,000 rows with a few thousand word operations instead of a
 * database pass over every matching row.
 */
export class Bitset {
	readonly words: Uint32Array;

	constructor(readonly size: number) {
		this.words = new Uint32Array(Math.ceil(size / 32));
	}

	/** Every position from 0 to size - 1. */
	static full(size: number): Bitset {
		const set = new Bitset(size);
		set.words.fill(0xffffffff);
		const spare = set.words.length * 32 - size;
		if (spare > 0) {
			set.words[set.words.length - 1] = 0xffffffff >>> spare;
		}
		return set;
	}

	static of(size: number, positions: Iterable<number>): Bitset {
		const set = new Bitset(size);
		for (const position of positions) {
			set.add(position);
		}
		return set;
	}

	add(position: number): void {
		const i = position >>> 5;
		this.words[i] = this.word(i) | (1 << (position & 31));
	}

	has(position: number): boolean {
		return (this.word(position >>> 5) & (1 << (position & 31))) !== 0;
	}

	/** The word at `i` (0 past the end, which never happens between sets of one size). */
	private word(i: number): number {
		return this.words[i] ?? 0;
	}

	/** A new set: the positions in this set and in every other. */
	and(...others: Bitset[]): Bitset {
		const result = new Bitset(this.size);
		result.words.set(this.words);
		for (const other of others) {
			for (let i = 0; i < result.words.length; i++) {
				result.words[i] = result.word(i) & other.word(i);
			}
		}
		return result;
	}

	/**
	 * Makes this set `source` ∧ every other, in place: a reused set saves allocating and
	 * collecting 12 kB per facet per search at 100,000 rows.
	 */
	assignAnd(source: Bitset, others: readonly Bitset[]): this {
		this.words.set(source.words);
		for (const other of others) {
			for (let i = 0; i < this.words.length; i++) {
				this.words[i] = this.word(i) & other.word(i);
			}
		}
		return this;
	}

	/** A new set: the positions in this set and not in `other`. */
	andNot(other: Bitset): Bitset {
		const result = new Bitset(this.size);
		for (let i = 0; i < result.words.length; i++) {
			result.words[i] = this.word(i) & ~other.word(i);
		}
		return result;
	}

	/** Up to `limit` positions in ascending order, after skipping the first `skip`. */
	positions(skip: number, limit: number): number[] {
		const result: number[] = [];
		let toSkip = skip;
		for (let i = 0; i < this.words.length && result.length < limit; i++) {
			let word = this.word(i);
			const inWord = popcount(word);
			if (toSkip >= inWord) {
				toSkip -= inWord;
				continue;
			}
			while (word !== 0 && result.length < limit) {
				const lowest = word & -word;
				word ^= lowest;
				if (toSkip > 0) {
					toSkip--;
				} else {
					result.push(i * 32 + 31 - Math.clz32(lowest));
				}
			}
		}
		return result;
	}

	/** Adds every position of `other` to this set, in place. */
	orInPlace(other: Bitset): this {
		for (let i = 0; i < this.words.length; i++) {
			this.words[i] = this.word(i) | other.word(i);
		}
		return this;
	}

	/** How many positions both sets hold, without building their intersection. */
	countAnd(other: Bitset): number {
		let count = 0;
		for (let i = 0; i < this.words.length; i++) {
			count += popcount(this.word(i) & other.word(i));
		}
		return count;
	}

	/**
	 * The indices of the words holding at least one position, written into `buffer` (one
	 * slot per word, reusable) when given.
	 */
	nonZeroWords(buffer: Int32Array = new Int32Array(this.words.length)): Int32Array {
		let count = 0;
		for (let i = 0; i < this.words.length; i++) {
			if (this.word(i) !== 0) {
				buffer[count++] = i;
			}
		}
		return buffer.subarray(0, count);
	}

	/**
	 * `countAnd`, reading only the given words: those where this set is not empty. A
	 * filtered search holds a few percent of the rows, so most words can be skipped.
	 */
	countAndIn(other: Bitset, wordIndices: ArrayLike<number>): number {
		let count = 0;
		for (let k = 0; k < wordIndices.length; k++) {
			const i = wordIndices[k] ?? 0;
			count += popcount(this.word(i) & other.word(i));
		}
		return count;
	}

	count(): number {
		let count = 0;
		for (const word of this.words) {
			count += popcount(word);
		}
		return count;
	}
}

function popcount(word: number): number {
	let v = word - ((word >>> 1) & 0x55555555);
	v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
	return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
