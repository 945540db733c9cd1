// A throwaway PostgreSQL cluster on a free loopback port, for the test suite
// (scripts/test.js) and the benchmarks (scripts/bench-catalogue.ts). Uses the newest
// Debian PostgreSQL under /usr/lib/postgresql; as root, the cluster belongs to `postgres`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The bin directory of the newest installed PostgreSQL, or null.
 * @returns {string | null}
 */
export function findPgBin() {
	const base = '/usr/lib/postgresql';
	if (!existsSync(base)) {
		return null;
	}
	const versions = readdirSync(base)
		.filter((v) => existsSync(path.join(base, v, 'bin', 'initdb')))
		.sort((a, b) => Number(b) - Number(a));
	return versions[0] ? path.join(base, versions[0], 'bin') : null;
}

/**
 * A port nobody listens on, on the loopback interface.
 * @returns {Promise<number>}
 */
export function freePort() {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => resolve(port));
		});
	});
}

/**
 * initdb refuses to run as root: the cluster belongs to the `postgres` user then.
 * @param {string} command
 * @param {string[]} args
 */
function asPostgresUser(command, args) {
	if (process.getuid?.() === 0) {
		return execFileSync('runuser', ['-u', 'postgres', '--', command, ...args], { stdio: 'pipe' });
	}
	return execFileSync(command, args, { stdio: 'pipe' });
}

/**
 * @typedef {object} PostgresCluster
 * @property {string} url connection string of the `postgres` database, as `postgres`
 * @property {() => void} stop stops the cluster and deletes its files; safe to call twice
 */

/**
 * Creates and starts a cluster in a temporary directory. Durability is off (fsync,
 * synchronous commit, full pages): the data is thrown away.
 * @param {string[]} [settings] extra server settings, as `name=value`
 * @returns {Promise<PostgresCluster>}
 */
export async function startPostgres(settings = []) {
	const bin = findPgBin();
	if (!bin) {
		throw new Error('PostgreSQL is not installed (apt-get install postgresql).');
	}
	const dir = mkdtempSync(path.join(tmpdir(), 'territoria-pg-'));
	if (process.getuid?.() === 0) {
		execFileSync('chown', ['postgres:postgres', dir]);
	}
	const dataDir = path.join(dir, 'data');
	const port = await freePort();
	asPostgresUser(path.join(bin, 'initdb'), [
		'-D',
		dataDir,
		'-U',
		'postgres',
		'--auth=trust',
		'-E',
		'UTF8',
		'--locale=C.UTF-8'
	]);
	const options = [
		`-p ${port} -c listen_addresses=127.0.0.1 -k ${dir}`,
		'-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200',
		...settings.map((setting) => `-c ${setting}`)
	];
	asPostgresUser(path.join(bin, 'pg_ctl'), [
		'-D',
		dataDir,
		'-l',
		path.join(dir, 'server.log'),
		'-w',
		'start',
		'-o',
		options.join(' ')
	]);
	let stopped = false;
	return {
		url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
		stop() {
			if (stopped) {
				return;
			}
			stopped = true;
			try {
				asPostgresUser(path.join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'immediate', 'stop']);
			} finally {
				rmSync(dir, { recursive: true, force: true });
			}
		}
	};
}
