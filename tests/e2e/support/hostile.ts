/** Strings that have broken web applications; every one must be refused or stored, never 5xx. */
export const hostileStrings: readonly string[] = [
	'<script>alert("xss")</script>',
	'"><img src=x onerror=alert(1)>',
	"'; DROP TABLE users; --",
	"' OR '1'='1",
	'x'.repeat(100_000),
	'🏙️🚲🌍 emoji 👩🏽‍💻',
	'مدينة ذكية — right-to-left ‮text‬',
	'nul\u0000byte',
	'',
	'   ',
	'../../../../etc/passwd',
	'%00%0d%0a',
	'{{7*7}}${7*7}',
	'-1',
	'1e309',
	'NaN'
];

/** Values of the wrong JSON type, for API bodies. */
export const hostileJsonValues: readonly unknown[] = [
	null,
	1e21,
	-1,
	true,
	[],
	{},
	{ $gt: '' },
	['<script>alert(1)</script>']
];

/** The one string that, if it ever reaches a page unescaped, is an injection. */
export const scriptMarker = '<script>alert("xss")</script>';
