// Production entry: the SvelteKit app (adapter-node's handler) behind a Node HTTP server
// that compresses responses and shuts down gracefully. `npm start` runs this file.
import http from 'node:http';
import compression from 'compression';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
// adapter-node needs to know the public origin to accept form POSTs (CSRF check).
process.env.ORIGIN ??= `http://localhost:${port}`;

// Imported after ORIGIN is set: loading the handler runs the app's init hook (config
// check, database start-up, migrations, demo data).
const { handler } = await import('../build/handler.js');

const compress = compression({ threshold: 1024 });

const server = http.createServer((req, res) => {
	compress(req, res, () => handler(req, res));
});
server.keepAliveTimeout = 5_000;

server.listen(port, host, () => {
	console.log(
		JSON.stringify({ level: 30, msg: `Territoria listening on http://localhost:${port}`, port })
	);
});

let stopping = false;
function shutdown(signal) {
	if (stopping) {
		return;
	}
	stopping = true;
	console.log(JSON.stringify({ level: 30, msg: 'shutting down', signal }));
	// Stop accepting connections; in-flight requests finish, idle keep-alives close.
	server.close(() => {
		process.emit('sveltekit:shutdown', signal);
		// Give the database a moment to close cleanly, then leave.
		setTimeout(() => process.exit(0), 2_000).unref();
	});
	server.closeIdleConnections();
	setTimeout(() => {
		server.closeAllConnections();
	}, 10_000).unref();
}

process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
