/** The HTTP status a use case's outcome maps to: 200 when it resolves, else its error's. */
export async function statusOf(promise: Promise<unknown>): Promise<number> {
	try {
		await promise;
		return 200;
	} catch (error) {
		return (error as { status?: number }).status ?? 500;
	}
}
