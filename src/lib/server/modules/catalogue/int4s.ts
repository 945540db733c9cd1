/** Decodes big-endian 4-byte integers (`int4send`); null (no row) is an empty list. */
export function int4sOf(value: unknown): Int32Array {
	if (!(value instanceof Uint8Array)) {
		return new Int32Array(0);
	}
	const view = new DataView(value.buffer, value.byteOffset, value.byteLength);
	const numbers = new Int32Array(value.byteLength >>> 2);
	for (let i = 0; i < numbers.length; i++) {
		numbers[i] = view.getInt32(i * 4);
	}
	return numbers;
}
