/**
 * What is measured: each scenario through n8n's engine (the same WorkflowExecute → RoutingNode path
 * as the tests), and the "floor": the same HTTP requests sent by a plain `fetch` loop, with the same
 * login, the same pages and the same concurrency. Each function returns the number of holidays it
 * read, created or considered, so the runner can check that both did the same work.
 */
import { request as httpRequest } from 'http';

import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

import { DEFAULT_MAX_CONCURRENT_REQUESTS } from '../nodes/shared/concurrency';
import { Engine } from '../test/harness/engine';
import { portSipCredential } from '../test/harness/portsip';
import { benchBody, benchEntry, LOGIN, REGION } from './holidays';

export const PAGE_SIZE = 100;
const CLIENT_ID = '9d806019-75b2-4b3d-bb8b-f5a3a412cc0a';

type Json = Record<string, unknown>;

/**
 * A fresh credential (no token yet, so the run logs in, as the floor does), or one holding a token
 * already, as n8n keeps it between executions until it expires.
 */
function engineFor(url: string, stored?: ICredentialDataDecryptedObject): Engine {
	return new Engine({ portSipApi: stored ?? { ...portSipCredential(url, LOGIN), accessToken: '' } });
}

/**
 * The credential as n8n stores it after a run (token and the login it belongs to), obtained by the
 * credential's own login before the timed run.
 */
export async function storedCredential(url: string): Promise<ICredentialDataDecryptedObject> {
	const engine = engineFor(url);
	outcome(await engine.runNode({ resource: 'voicemailServer', operation: 'get' }));
	return { ...engine.credentials.stored.get('portSipApi')! };
}

function outcome(result: { error?: Error; items: unknown[] }): number {
	if (result.error) throw new Error(`bench: the node failed: ${result.error.message}`);
	return result.items.length;
}

// ---------------------------------------------------------------------------------------------
// the floor's HTTP: fetch (undici, keep-alive), or node:http with a new connection per request

export interface Client {
	send(method: string, url: string, body?: Json, form?: boolean): Promise<Json>;
}

let token = '';

/** Headers (token, content type) and the encoded body of a floor request. */
function requestParts(body?: Json, form?: boolean): { headers: Record<string, string>; payload?: string } {
	const headers: Record<string, string> = { Accept: 'application/json' };
	if (token) headers.Authorization = `Bearer ${token}`;
	if (!body) return { headers };
	if (form) {
		headers['Content-Type'] = 'application/x-www-form-urlencoded';
		return { headers, payload: new URLSearchParams(body as Record<string, string>).toString() };
	}
	headers['Content-Type'] = 'application/json';
	return { headers, payload: JSON.stringify(body) };
}

export const fetchClient: Client = {
	async send(method, url, body, form) {
		const { headers, payload } = requestParts(body, form);
		const response = await fetch(url, { method, headers, body: payload });
		const text = await response.text();
		if (response.status >= 400) throw new Error(`bench floor: ${method} ${url} answered ${response.status} ${text}`);
		return text === '' ? {} : (JSON.parse(text) as Json);
	},
};

/** node:http without keep-alive: a new TCP connection per request, as n8n-core's HTTP layer opens (a new agent per request). */
export const newConnectionClient: Client = {
	send(method, url, body, form) {
		const { headers, payload } = requestParts(body, form);
		if (payload !== undefined) headers['Content-Length'] = String(Buffer.byteLength(payload));
		return new Promise((resolve, reject) => {
			const req = httpRequest(url, { method, headers, agent: false }, (res) => {
				const chunks: Buffer[] = [];
				res.on('data', (chunk: Buffer) => chunks.push(chunk));
				res.on('end', () => {
					const text = Buffer.concat(chunks).toString('utf8');
					if ((res.statusCode ?? 0) >= 400) reject(new Error(`bench floor: ${method} ${url} answered ${res.statusCode} ${text}`));
					else resolve(text === '' ? {} : (JSON.parse(text) as Json));
				});
				res.on('error', reject);
			});
			req.on('error', reject);
			req.end(payload);
		});
	},
};

async function login(client: Client, url: string): Promise<void> {
	token = '';
	const answer = await client.send(
		'POST',
		`${url}/api/login/oauth/token`,
		{ grant_type: 'password', username: LOGIN.username, password: LOGIN.password, scope: 'all', client_id: CLIENT_ID, domain: LOGIN.domain },
		true,
	);
	token = answer.access_token as string;
}

// ---------------------------------------------------------------------------------------------
// 1. Get Many, Return All

export async function getAllEngine(url: string): Promise<number> {
	return outcome(await engineFor(url).runNode({ resource: 'holiday', operation: 'getAll', returnAll: true }));
}

/** The node's pages: `skip`/`top=100` until a page comes back short (so one empty page after a full last one). */
export async function getAllFloor(url: string, client: Client = fetchClient): Promise<number> {
	await login(client, url);
	const all: Json[] = [];
	for (let skip = 0; ; ) {
		const page = await client.send('GET', `${url}/api/holidays?skip=${skip}&top=${PAGE_SIZE}`);
		const items = page.items as Json[];
		all.push(...items);
		skip += items.length;
		if (items.length < PAGE_SIZE) break;
	}
	return all.length;
}

// ---------------------------------------------------------------------------------------------
// 2. Holiday → Sync (upsert) against a PBX that holds the same holidays, some changed

export function syncDesired(count: number): string {
	return JSON.stringify(Array.from({ length: count }, (_v, index) => benchEntry(index)));
}

export async function syncEngine(url: string, desiredJson: string): Promise<number> {
	return outcome(
		await engineFor(url).runNode({ resource: 'holiday', operation: 'sync', source: 'json', holidaysJson: desiredJson, region: REGION, mode: 'upsert' }),
	);
}

/** The naive way: list everything, delete every holiday, create every desired one (one request at a time). */
export async function deleteAllAndRecreate(url: string, count: number): Promise<number> {
	const client = fetchClient;
	await login(client, url);
	const ids: string[] = [];
	for (let skip = 0; ; ) {
		const page = await client.send('GET', `${url}/api/holidays?skip=${skip}&top=${PAGE_SIZE}`);
		const items = page.items as Json[];
		ids.push(...items.map((item) => item.id as string));
		skip += items.length;
		if (skip >= (page.count as number) || items.length === 0) break;
	}
	for (const id of ids) await client.send('POST', `${url}/api/holidays/${encodeURIComponent(id)}/destroy`);
	for (let index = 0; index < count; index++) await client.send('POST', `${url}/api/holidays`, benchBody(index));
	return count;
}

// ---------------------------------------------------------------------------------------------
// 3. Create, one holiday per input item

export function createItems(count: number): IDataObject[] {
	return Array.from({ length: count }, (_v, index) => benchEntry(index));
}

export async function createEngine(url: string, items: IDataObject[], stored?: ICredentialDataDecryptedObject): Promise<number> {
	return outcome(
		await engineFor(url, stored).runNode(
			{ resource: 'holiday', operation: 'create', name: '={{ $json.name }}', region: REGION, dateInput: 'date', date: '={{ $json.date }}' },
			{ items },
		),
	);
}

/**
 * Runs `work` for every input with at most `limit` in flight, as the node does (one place per item
 * for its create and read-back; DEFAULT_MAX_CONCURRENT_REQUESTS unless the node's option says
 * otherwise), so the floors keep the node's concurrency.
 */
export async function inPool<T, R>(inputs: T[], work: (input: T) => Promise<R>, limit = DEFAULT_MAX_CONCURRENT_REQUESTS): Promise<R[]> {
	const results: R[] = new Array(inputs.length);
	let next = 0;
	const lane = async () => {
		while (next < inputs.length) {
			const index = next++;
			results[index] = await work(inputs[index]);
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, inputs.length) }, lane));
	return results;
}

/** Each item's create followed by its read-back (`GET /api/holidays/{id}`), as the node's is, at the node's concurrency. */
export async function createFloor(url: string, count: number, client: Client = fetchClient): Promise<number> {
	await login(client, url);
	const bodies = Array.from({ length: count }, (_v, index) => benchBody(index));
	const created = await inPool(bodies, async (body) => {
		const { id } = await client.send('POST', `${url}/api/holidays`, body);
		return await client.send('GET', `${url}/api/holidays/${encodeURIComponent(id as string)}`);
	});
	return created.length;
}
