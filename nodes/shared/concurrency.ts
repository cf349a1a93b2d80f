/**
 * At most N requests of one node run in flight. n8n's declarative engine starts every item's
 * request at once (10,000 items: 10,000 sockets, and a burst no PBX wants); the one request path
 * takes a slot here first: an item of a declarative operation holds one slot for its whole work
 * (the request, its read-back, the pages of a Get Many), any other request (Sync, the pickers) one
 * slot per request. Nothing that holds a slot ever waits for another, so no run can deadlock.
 */
import type { INodeProperties } from 'n8n-workflow';

export const DEFAULT_MAX_CONCURRENT_REQUESTS = 10;

/** Where the limit is set: an option of n8n's own "Request Options" (n8n adds Batching, Proxy, Timeout... to it). */
export const MAX_CONCURRENT_REQUESTS_PARAMETER = 'requestOptions.maxConcurrentRequests';

/**
 * The node's "Request Options" with the limit. n8n's loader merges n8n's own options (Batching,
 * Ignore SSL Issues, Proxy, Timeout) into a declarative node's `requestOptions`, so this adds one
 * option there, shown on every operation.
 */
export const requestOptionsProperty: INodeProperties = {
	displayName: 'Request Options',
	name: 'requestOptions',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		{
			displayName: 'Max Concurrent Requests',
			name: 'maxConcurrentRequests',
			type: 'number',
			typeOptions: { minValue: 1, numberPrecision: 0 },
			default: DEFAULT_MAX_CONCURRENT_REQUESTS,
			noDataExpression: true,
			description:
				'How many items the node works on at once (each item\'s request, its read-back and the pages of Get Many take one place). Lower it if the server answers 429 Too Many Requests; Batching spaces the items out on top of this.',
		},
	],
};

/** Why every later request of a node run fails at once (see failRemaining). */
export interface RunFailure {
	message: string;
	description?: string;
}

/** The slots of one node run: how many are taken, who waits for one (a queue read from `head`), and a failure shared by the rest. */
interface Lane {
	limit: number;
	active: number;
	waiting: Array<(() => void) | undefined>;
	head: number;
	failure?: RunFailure;
}

/*
 * Lanes of the node runs that have work in flight, keyed by a plain string (execution ID and node
 * name). A lane is deleted as soon as nothing holds or waits for one of its slots: no timer, no
 * n8n object kept, nothing that outlives the requests.
 */
const lanes = new Map<string, Lane>();

/**
 * Runs `work` once one of the lane's slots is free (`limit` is read only when the lane starts),
 * and hands the slot on to the next in line when it is done, failed or not.
 */
export async function withRequestSlot<T>(key: string, limit: () => number, work: () => Promise<T>): Promise<T> {
	let lane = lanes.get(key);
	if (!lane) {
		lane = { limit: limit(), active: 0, waiting: [], head: 0 };
		lanes.set(key, lane);
	}
	if (lane.active < lane.limit) lane.active += 1;
	// the slot is handed over by the item that frees it (active stays the same)
	else await new Promise<void>((resolve) => lane.waiting.push(resolve));
	try {
		return await work();
	} finally {
		release(key, lane);
	}
}

function release(key: string, lane: Lane): void {
	const next = lane.waiting[lane.head];
	if (next) {
		lane.waiting[lane.head++] = undefined;
		if (lane.head === lane.waiting.length) {
			lane.waiting = [];
			lane.head = 0;
		}
		next();
		return;
	}
	lane.active -= 1;
	if (lane.active === 0) lanes.delete(key);
}

/**
 * Makes the requests of the run that are still to come fail with `failure` without being sent: a
 * login the server refused would be refused again, and each attempt counts against the account.
 * Kept in the lane, so it ends with the run.
 */
export function failRemaining(key: string, failure: RunFailure): void {
	const lane = lanes.get(key);
	if (lane) lane.failure ??= failure;
}

/** The failure the run's remaining requests share, if any (failRemaining). */
export function runFailure(key: string): RunFailure | undefined {
	return lanes.get(key)?.failure;
}

/** Node runs with work in flight (for tests: 0 once every run is over). */
export function lanesInUse(): number {
	return lanes.size;
}
