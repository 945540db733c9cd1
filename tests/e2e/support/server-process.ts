import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => {
				resolve(port);
			});
		});
	});
}

/** The built app is what the end-to-end tier tests; build it if a run has not. */
export function ensureBuilt(): void {
	if (!existsSync('build/handler.js')) {
		execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
	}
}

export interface RunningServer {
	baseUrl: string;
	process: ChildProcess;
	/** Everything the server wrote on stdout and stderr so far. */
	output: () => string;
	stop: () => Promise<number | null>;
}

/** Starts `node server/index.js` (what `npm start` runs) and waits for /healthz. */
export async function startServer(env: Record<string, string>): Promise<RunningServer> {
	const port = await freePort();
	const baseUrl = `http://127.0.0.1:${port}`;
	let output = '';
	const child = spawn(process.execPath, ['server/index.js'], {
		env: {
			...process.env,
			NODE_ENV: 'production',
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: baseUrl,
			LOG_LEVEL: 'warn',
			...env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
	const deadline = Date.now() + 90_000;
	for (;;) {
		if (child.exitCode !== null) {
			throw new Error(`The server exited with ${child.exitCode}:\n${output}`);
		}
		try {
			const response = await fetch(`${baseUrl}/healthz`);
			if (response.ok) {
				break;
			}
		} catch {
			// Not listening yet: keep polling until the deadline.
		}
		if (Date.now() > deadline) {
			child.kill('SIGKILL');
			throw new Error(`The server did not become healthy in 90 s:\n${output}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	return {
		baseUrl,
		process: child,
		output: () => output,
		stop: async () => {
			if (child.exitCode === null) {
				child.kill('SIGTERM');
			}
			return exited;
		}
	};
}

/**
 * Waits until /healthz says the catalogue's search indexes are built (they are built in
 * the background after a start), so that timings measure a warm server.
 */
export async function waitForWarmSearch(baseUrl: string, timeoutMs: number): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const response = await fetch(`${baseUrl}/healthz`);
		const health = (await response.json()) as { search?: string };
		if (health.search === 'ready') {
			return;
		}
		if (Date.now() > deadline) {
			throw new Error(`search still ${health.search ?? 'unknown'} after ${timeoutMs} ms`);
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
}
