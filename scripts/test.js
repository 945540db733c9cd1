// The whole test suite, as CI runs it: `npm test`.
// 1. installs PostgreSQL and Chromium from Debian when the machine lacks them (as root);
// 2. starts a throwaway PostgreSQL cluster on a free loopback port;
// 3. runs unit tests, then the integration tier on PGlite and on PostgreSQL;
// 4. builds the app and runs the end-to-end tier (HTTP, fuzz, authorization matrix,
//    browser tests with axe-core, JavaScript on and off) against the built server;
// 5. prints one closing line "N passed, N failed" and exits non-zero on any failure.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { findPgBin, startPostgres } from './postgres-cluster.js';

const root = path.resolve(import.meta.dirname, '..');
const resultsDir = path.join(root, 'test-results');

function log(message) {
	console.log(`\n▶ ${message}`);
}

function ensureSystemPackages() {
	const missing = [];
	if (!findPgBin()) {
		missing.push('postgresql');
	}
	if (!existsSync('/usr/bin/chromium')) {
		missing.push('chromium');
	}
	if (missing.length === 0) {
		return;
	}
	if (process.getuid?.() !== 0) {
		throw new Error(
			`Missing Debian packages: ${missing.join(', ')}. Install them (apt-get install ${missing.join(' ')}) or run as root.`
		);
	}
	log(`Installing ${missing.join(', ')} with apt-get`);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
	execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {
		stdio: 'inherit',
		env
	});
}

function vitest(projects, env, reportName) {
	const args = [
		'vitest',
		'run',
		...projects.flatMap((p) => ['--project', p]),
		'--reporter=default',
		'--reporter=json',
		`--outputFile.json=${path.join(resultsDir, `${reportName}.json`)}`
	];
	const result = spawnSync('npx', args, {
		cwd: root,
		stdio: 'inherit',
		env: { ...process.env, ...env }
	});
	return result.status === 0;
}

function counts(reportName) {
	const file = path.join(resultsDir, `${reportName}.json`);
	if (!existsSync(file)) {
		return { passed: 0, failed: 1 };
	}
	const report = JSON.parse(readFileSync(file, 'utf8'));
	return {
		passed: report.numPassedTests,
		// Failed suites count describe blocks as well as files, so they are only added when a
		// run failed without any failed test (a file that could not load, say).
		failed: report.numFailedTests || (report.success ? 0 : Math.max(1, report.numFailedTestSuites))
	};
}

async function main() {
	rmSync(resultsDir, { recursive: true, force: true });
	ensureSystemPackages();
	log('Starting a throwaway PostgreSQL cluster');
	const postgres = await startPostgres();
	let ok = true;
	const reports = [];
	try {
		const env = { TEST_DATABASE_URL: postgres.url, LOG_LEVEL: 'silent' };
		log('Unit and integration tests (PGlite and PostgreSQL)');
		reports.push('unit-integration');
		ok = vitest(['unit', 'pglite', 'postgres'], env, 'unit-integration') && ok;
		log('Building the app for the end-to-end tests');
		execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
		log('End-to-end tests against the built server');
		reports.push('e2e');
		ok = vitest(['e2e'], env, 'e2e') && ok;
	} finally {
		postgres.stop();
	}
	const total = reports
		.map(counts)
		.reduce((a, b) => ({ passed: a.passed + b.passed, failed: a.failed + b.failed }), {
			passed: 0,
			failed: 0
		});
	console.log(`\n${total.passed} passed, ${total.failed} failed`);
	process.exit(ok && total.failed === 0 ? 0 : 1);
}

main().catch((error) => {
	console.error(error);
	console.log('\n0 passed, 1 failed');
	process.exit(1);
});
