/**
 * The two variants that separate the package's cost from n8n's, both run by the same engine
 * (n8n-core's WorkflowExecute, test/harness/engine.ts) against the same sandbox as the node:
 *
 * - `httpRequestNode`: what a user builds without this package. n8n's own HTTP Request node
 *   (n8n-nodes-base, the version n8n 2.41.1 ships) logs in, then lists with pagination by `skip`
 *   (bearer header from the login's output) and a Split Out node makes one item per holiday; or, for
 *   Create, two HTTP Request nodes per item (POST, then the read-back GET the node also does).
 * - `n8nFloor`: the same requests in a plain loop through n8n-core's authenticated request helper
 *   (`this.helpers.httpRequestWithAuthentication` with the package's PortSIP credential, so the same
 *   login and token handling), inside one bare programmatic node: no declarative routing, no
 *   parameters per item; Create at the node's concurrency, as the fetch floor.
 *
 * The HTTP Request node runs with its default options: it starts every item's request at once (its
 * Batching option only waits between groups of items, it does not bound what is in flight).
 *
 * n8n-nodes-base is loaded on first use only (it takes about a second), so workers that do not run
 * these variants do not pay for it.
 */
import {
	NodeConnectionTypes,
	type IDataObject,
	type IExecuteFunctions,
	type IHttpRequestOptions,
	type INode,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
	type IConnections,
} from 'n8n-workflow';

import { Engine, registerTypes } from '../test/harness/engine';
import { portSipCredential } from '../test/harness/portsip';
import { LOGIN } from './holidays';
import { inPool } from './scenarios';

const PAGE_SIZE = 100;
const CLIENT_ID = '9d806019-75b2-4b3d-bb8b-f5a3a412cc0a';
const HTTP_REQUEST = 'n8n-nodes-base.httpRequest';
const SPLIT_OUT = 'n8n-nodes-base.splitOut';
const FLOOR = 'bench.n8nFloor';
/** The HTTP Request node's current version (what the editor adds today). */
const HTTP_REQUEST_VERSION = 4.2;

let registered = false;

function register(): void {
	if (registered) return;
	/* eslint-disable @typescript-eslint/no-require-imports */
	const { HttpRequest } = require('n8n-nodes-base/dist/nodes/HttpRequest/HttpRequest.node') as { HttpRequest: new () => { getNodeType(version: number): INodeType } };
	const { SplitOut } = require('n8n-nodes-base/dist/nodes/Transform/SplitOut/SplitOut.node') as { SplitOut: new () => INodeType };
	/* eslint-enable @typescript-eslint/no-require-imports */
	registerTypes({ [HTTP_REQUEST]: new HttpRequest().getNodeType(HTTP_REQUEST_VERSION), [SPLIT_OUT]: new SplitOut(), [FLOOR]: new N8nFloor() });
	registered = true;
}

// ---------------------------------------------------------------------------------------------
// the HTTP Request node workflows

function node(name: string, type: string, parameters: IDataObject, x: number): INode {
	const typeVersion = type === HTTP_REQUEST ? HTTP_REQUEST_VERSION : 1;
	return { id: name, name, type, typeVersion, position: [x, 0], parameters: parameters as INode['parameters'] };
}

/** Manual Trigger → the given nodes in a chain. */
async function runChain(nodes: INode[]): Promise<{ items: number; error?: Error }> {
	register();
	const all = [node('Manual Trigger', 'n8n-nodes-base.manualTrigger', {}, 0), ...nodes];
	const connections: IConnections = {};
	for (let index = 1; index < all.length; index++) connections[all[index - 1].name] = { main: [[{ node: all[index].name, type: 'main', index: 0 }]] };
	const result = await new Engine().run(all, connections);
	const last = all[all.length - 1].name;
	return { items: result.output(last).length, error: result.error };
}

function outcome(result: { items: number; error?: Error }): number {
	if (result.error) throw new Error(`bench: the HTTP Request workflow failed: ${result.error.message}`);
	return result.items;
}

const keyValues = (values: Record<string, string>) => ({ parameters: Object.entries(values).map(([name, value]) => ({ name, value })) });

/** The password-grant login the credential also does, as a form POST. */
function loginNode(url: string): INode {
	return node('Login', HTTP_REQUEST, {
		method: 'POST',
		url: `${url}/api/login/oauth/token`,
		sendBody: true,
		contentType: 'form-urlencoded',
		bodyParameters: keyValues({ grant_type: 'password', username: LOGIN.username, password: LOGIN.password, scope: 'all', client_id: CLIENT_ID, domain: LOGIN.domain }),
		options: {},
	}, 200);
}

const bearer = { sendHeaders: true, headerParameters: keyValues({ Authorization: "={{ 'Bearer ' + $('Login').first().json.access_token }}" }) };

/** Login → List holidays (pages of 100 by `skip` until a short page) → Split Out `items`. */
export async function getAllHttpRequestNode(url: string): Promise<number> {
	return outcome(
		await runChain([
			loginNode(url),
			node('List', HTTP_REQUEST, {
				method: 'GET',
				url: `${url}/api/holidays`,
				sendQuery: true,
				queryParameters: keyValues({ skip: '0', top: String(PAGE_SIZE) }),
				...bearer,
				options: {
					pagination: {
						pagination: {
							paginationMode: 'updateAParameterInEachRequest',
							parameters: { parameters: [{ type: 'qs', name: 'skip', value: `={{ $pageCount * ${PAGE_SIZE} }}` }] },
							paginationCompleteWhen: 'other',
							completeExpression: `={{ $response.body.items.length < ${PAGE_SIZE} }}`,
							limitPagesFetched: false,
						},
					},
				},
			}, 400),
			node('Split Out', SPLIT_OUT, { fieldToSplitOut: 'items', include: 'noOtherFields', options: {} }, 600),
		]),
	);
}

/** Login → the items (PortSIP bodies) → POST /api/holidays per item → GET /api/holidays/{id} per item. */
export async function createHttpRequestNode(url: string, bodies: IDataObject[]): Promise<number> {
	return outcome(
		await runChain([
			loginNode(url),
			node('Items', 'test.fixedItems', { items: JSON.stringify(bodies) }, 400),
			node('Create', HTTP_REQUEST, {
				method: 'POST',
				url: `${url}/api/holidays`,
				...bearer,
				sendBody: true,
				contentType: 'json',
				specifyBody: 'json',
				jsonBody: '={{ $json }}',
				options: {},
			}, 600),
			node('Read back', HTTP_REQUEST, { method: 'GET', url: `={{ '${url}/api/holidays/' + encodeURIComponent($json.id) }}`, ...bearer, options: {} }, 800),
		]),
	);
}

// ---------------------------------------------------------------------------------------------
// the n8n floor: a bare node whose execute() sends the requests through n8n-core's helper

class N8nFloor implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'n8n floor',
		name: 'n8nFloor',
		group: ['transform'],
		version: 1,
		description: 'Sends the benchmark requests through httpRequestWithAuthentication',
		defaults: { name: 'n8n floor' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'portSipApi', required: true }],
		properties: [
			{ displayName: 'Scenario', name: 'scenario', type: 'string', default: '' },
			{ displayName: 'Bodies', name: 'bodies', type: 'json', default: '[]' },
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const send = async (options: IHttpRequestOptions) => (await this.helpers.httpRequestWithAuthentication.call(this, 'portSipApi', { json: true, ...options })) as IDataObject;
		if (this.getNodeParameter('scenario', 0) === 'getAll') {
			const all: IDataObject[] = [];
			for (let skip = 0; ; ) {
				const page = await send({ method: 'GET', url: '/api/holidays', qs: { skip, top: PAGE_SIZE } });
				const items = page.items as IDataObject[];
				all.push(...items);
				skip += items.length;
				if (items.length < PAGE_SIZE) break;
			}
			return [all.map((json) => ({ json }))];
		}
		// create: as the fetch floor, each item's POST + read-back, at the node's concurrency
		const raw = this.getNodeParameter('bodies', 0) as string | IDataObject[];
		const bodies = (typeof raw === 'string' ? JSON.parse(raw) : raw) as IDataObject[];
		const created = await inPool(bodies, async (body) => {
			const { id } = await send({ method: 'POST', url: '/api/holidays', body });
			return await send({ method: 'GET', url: `/api/holidays/${encodeURIComponent(id as string)}` });
		});
		return [created.map((json) => ({ json }))];
	}
}

async function runFloor(url: string, parameters: IDataObject): Promise<number> {
	register();
	const result = await new Engine({ portSipApi: portSipCredential(url, LOGIN) }).runNode(parameters, { type: FLOOR });
	if (result.error) throw new Error(`bench: the n8n floor failed: ${result.error.message}`);
	return result.items.length;
}

export const getAllN8nFloor = (url: string) => runFloor(url, { scenario: 'getAll' });
export const createN8nFloor = (url: string, bodies: IDataObject[]) => runFloor(url, { scenario: 'create', bodies: JSON.stringify(bodies) });
