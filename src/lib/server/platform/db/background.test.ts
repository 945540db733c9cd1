import { describe, expect, it } from 'vitest';
import { runInBackground, settleBackgroundWork } from './background';

describe('background work on a database', () => {
	it('is waited for, whether it succeeds or fails, and only for its own database', async () => {
		const db = {};
		const other = {};
		const ended: string[] = [];
		let release: () => void = () => undefined;
		const gate = new Promise<void>((resolve) => (release = resolve));
		const succeeding = runInBackground(db, async () => {
			await gate;
			ended.push('succeeded');
			return 1;
		});
		const failing = runInBackground(db, async () => {
			await gate;
			ended.push('failed');
			throw new Error('the query failed');
		});
		void runInBackground(other, () => new Promise<void>(() => undefined));

		const settled = settleBackgroundWork(db).then(() => ended.push('settled'));
		release();
		await settled;
		expect(ended).toEqual(['succeeded', 'failed', 'settled']);
		await expect(succeeding).resolves.toBe(1);
		await expect(failing).rejects.toThrow('the query failed');
		// Nothing left to wait for once it has ended.
		await expect(settleBackgroundWork(db)).resolves.toBeUndefined();
	});
});
