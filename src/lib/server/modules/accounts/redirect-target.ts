const probeOrigin = 'http://territoria.invalid';

/** Backslashes (browsers read `/\` as `//`) and control characters (tabs, new lines). */
const unsafeCharacters = /[\\\p{Cc}]/u;

/**
 * The `redirectTo` of a sign-in, kept only when it is a path on this site: `/account`
 * yes; `https://evil.example`, `//evil.example`, `/\evil.example` (read as `//` by
 * browsers) and anything with control characters no. Returns null otherwise.
 */
export function safeRedirectPath(value: string | null | undefined): string | null {
	if (!value || value.length > 2000 || !value.startsWith('/')) {
		return null;
	}
	if (value.startsWith('//') || unsafeCharacters.test(value)) {
		return null;
	}
	const url = new URL(value, probeOrigin);
	if (url.origin !== probeOrigin) {
		return null;
	}
	return url.pathname + url.search + url.hash;
}
