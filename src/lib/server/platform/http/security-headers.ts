/**
 * Headers for every response. The Content-Security-Policy of pages comes from
 * svelte.config.js (SvelteKit hashes its own inline script); API and other responses get
 * a strict one here.
 */
export function securityHeaders(headers: Headers, https: boolean): void {
	headers.set('x-content-type-options', 'nosniff');
	headers.set('referrer-policy', 'strict-origin-when-cross-origin');
	headers.set('x-frame-options', 'DENY');
	headers.set('cross-origin-opener-policy', 'same-origin');
	headers.set('permissions-policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()');
	if (!headers.has('content-security-policy')) {
		headers.set('content-security-policy', "default-src 'none'; frame-ancestors 'none'");
	}
	if (https) {
		headers.set('strict-transport-security', 'max-age=31536000; includeSubDomains');
	}
}
