import { describe, expect, it } from 'vitest';
import { safeRedirectPath } from './redirect-target';

describe('safeRedirectPath', () => {
	it.each([
		[null],
		[''],
		['account'],
		['https://evil.example/account'],
		['//evil.example/account'],
		['/\\evil.example'],
		['/%0d%0aSet-Cookie:x=1'.replace('%0d%0a', '\r\n')],
		['/\taccount'],
		['javascript:alert(1)'],
		['/' + 'a'.repeat(2001)]
	])('refuses %j', (value) => {
		expect(safeRedirectPath(value)).toBeNull();
	});

	it.each([
		['/account', '/account'],
		['/fr/account/tokens', '/fr/account/tokens'],
		['/territories?page=2#list', '/territories?page=2#list'],
		['/a/../account', '/account']
	])('keeps the same-site path %j', (value, expected) => {
		expect(safeRedirectPath(value)).toBe(expected);
	});
});
