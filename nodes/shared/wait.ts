import { sleep } from 'n8n-workflow';

/** Waits between two attempts of a request (its own module so that tests can record the waits instead). */
export async function waitBeforeRetry(ms: number): Promise<void> {
	await sleep(ms);
}
