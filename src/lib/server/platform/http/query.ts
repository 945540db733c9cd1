/** A query string as an object; a parameter given several times becomes an array. */
export function queryObject(params: URLSearchParams): Record<string, string | string[]> {
	const object: Record<string, string | string[]> = {};
	for (const key of new Set(params.keys())) {
		const values = params.getAll(key);
		object[key] = values.length > 1 ? values : (values[0] ?? '');
	}
	return object;
}
