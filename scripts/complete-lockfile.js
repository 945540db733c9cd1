// npm run lock:complete — after `npm install`, adds to package-lock.json the entries of
// platform-specific optional packages (rollup's, lix's, jco's native builds for other
// systems) that npm left out because the registry mirror it used did not serve them.
// Without those entries `npm ci` refuses the lock file ("Missing: … from lock file").
// Each added entry carries its os/cpu/libc, so npm never installs it on another system.
import { readFileSync, writeFileSync } from 'node:fs';

const systems = [
	'android',
	'darwin',
	'freebsd',
	'linux',
	'openbsd',
	'openharmony',
	'win32',
	'sunos',
	'aix'
];
const cpus = ['arm', 'arm64', 'x64', 'ia32', 'loong64', 'ppc64', 'riscv64', 's390x', 'wasm32'];

/** `@rollup/rollup-linux-arm-musleabihf` → { os: ['linux'], cpu: ['arm'], libc: ['musl'] } */
export function platformOf(name) {
	const parts = name.split('/').pop().split('-');
	const osIndex = parts.findIndex((part) => systems.includes(part));
	const cpu = parts.slice(osIndex + 1).find((part) => cpus.includes(part));
	if (osIndex < 0 || !cpu) {
		return null;
	}
	const os = parts[osIndex];
	const rest = parts.slice(osIndex + 1).join('-');
	const platform = { os: [os], cpu: [cpu] };
	if (os === 'linux' && /musl/.test(rest)) {
		platform.libc = ['musl'];
	} else if (os === 'linux' && /gnu/.test(rest)) {
		platform.libc = ['glibc'];
	}
	return platform;
}

const lockPath = new URL('../package-lock.json', import.meta.url);
const text = readFileSync(lockPath, 'utf8');
const lock = JSON.parse(text);
const indent = /^(\s+)"/m.exec(text)?.[1] ?? '  ';
let added = 0;
for (const [location, entry] of Object.entries(lock.packages)) {
	for (const [dependency, range] of Object.entries(entry.optionalDependencies ?? {})) {
		const nested = `${location}/node_modules/${dependency}`;
		const hoisted = `node_modules/${dependency}`;
		if (lock.packages[nested] || lock.packages[hoisted]) {
			continue;
		}
		const platform = platformOf(dependency);
		if (!platform || !/^\d+\.\d+\.\d+/.test(range)) {
			console.warn(`left as is: ${dependency}@${range} (needed by ${location || 'the project'})`);
			continue;
		}
		lock.packages[hoisted] = { version: range, optional: true, ...platform };
		added++;
	}
}
lock.packages = Object.fromEntries(
	Object.entries(lock.packages).sort(([a], [b]) =>
		a === '' ? -1 : b === '' ? 1 : a.localeCompare(b)
	)
);
writeFileSync(lockPath, `${JSON.stringify(lock, null, indent)}\n`);
console.log(`package-lock.json: ${added} platform entries added`);
