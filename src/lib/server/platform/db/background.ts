/** Work started on a database and not awaited by whoever started it, per database object. */
const pending = new WeakMap<object, Set<Promise<unknown>>>();

/**
 * Starts `task` on `db` without waiting for it (e.g. reading the catalogue's word lists
 * after a search). Closing the database waits for it first (`settleBackgroundWork`):
 * otherwise a query would run on a closed connection, or hold the process open.
 */
export function runInBackground<T>(db: object, task: () => Promise<T>): Promise<T> {
	let tasks = pending.get(db);
	if (!tasks) {
		tasks = new Set();
		pending.set(db, tasks);
	}
	const promise = task();
	const running = tasks;
	running.add(promise);
	const forget = () => running.delete(promise);
	promise.then(forget, forget);
	return promise;
}

/** Waits until the background work started on `db` has ended, however it ended. */
export async function settleBackgroundWork(db: object): Promise<void> {
	const tasks = pending.get(db);
	if (tasks) {
		await Promise.allSettled([...tasks]);
	}
}
