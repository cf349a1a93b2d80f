/**
 * Runs real workflows (Manual Trigger → [items] → node) through n8n-core's WorkflowExecute, which
 * drives n8n's own RoutingNode for declarative nodes, with credentials handled as n8n handles them.
 */
import { DirectoryLoader, ExecutionLifecycleHooks, LoadOptionsContext, WorkflowExecute } from 'n8n-core';
import {
	Workflow,
	type ICredentialDataDecryptedObject,
	type ICredentialType,
	type IConnections,
	type IDataObject,
	type INode,
	type INodeExecutionData,
	type INodeListSearchResult,
	type INodePropertyOptions,
	type INodeType,
	type INodeTypes,
	type IRun,
	type IRunExecutionData,
	type IVersionedNodeType,
	type IWorkflowExecuteAdditionalData,
	type ExecutionError,
} from 'n8n-workflow';

import { PortSipApi } from '../../credentials/PortSipApi.credentials';
import { VoxoApi } from '../../credentials/VoxoApi.credentials';
import { PortSip } from '../../nodes/PortSip/PortSip.node';
import { Voxo } from '../../nodes/Voxo/Voxo.node';
import { TestCredentialsHelper } from './credentials';
import { FixedItems, ManualTrigger } from './testNodes';

export const PACKAGE = 'n8n-nodes-pbx-tenants';

const nodeTypeList: Record<string, INodeType> = {
	[`${PACKAGE}.portSip`]: new PortSip(),
	[`${PACKAGE}.voxo`]: new Voxo(),
	'n8n-nodes-base.manualTrigger': new ManualTrigger(),
	'test.fixedItems': new FixedItems(),
};

// as n8n's loader does: declarative nodes get the "Request Options" collection (Batching, Timeout...)
for (const node of Object.values(nodeTypeList)) DirectoryLoader.applyDeclarativeNodeOptionParameters(node);

const credentialTypeList: ICredentialType[] = [new PortSipApi(), new VoxoApi()];

/** Registers more node and credential types (later resources add theirs here). */
export function registerTypes(nodes: Record<string, INodeType>, credentials: ICredentialType[] = []): void {
	Object.assign(nodeTypeList, nodes);
	credentialTypeList.push(...credentials);
}

const nodeTypes: INodeTypes = {
	getByName: (type: string) => lookup(type),
	getByNameAndVersion: (type: string) => lookup(type),
	getKnownTypes: () => ({}),
} as INodeTypes;

function lookup(type: string): INodeType {
	const found = nodeTypeList[type];
	if (!found) throw new Error(`test harness: unknown node type ${type}`);
	return found;
}

export interface RunResult {
	run: IRun;
	/** Output items of a node (first run, first output). */
	output(nodeName: string): INodeExecutionData[];
	/** The error of the run, if a node failed without Continue On Fail. */
	error?: ExecutionError;
	/** The workflow as it ran (its static data, for instance). */
	workflow: Workflow;
}

export interface NodeRunOptions {
	/** Items fed to the node (a Fixed Items node in front of it); one empty item when absent. */
	items?: IDataObject[];
	continueOnFail?: boolean;
	credentials?: Record<string, { id: string; name: string }>;
	type?: string;
}

export class Engine {
	readonly credentials: TestCredentialsHelper;

	constructor(credentials: Record<string, ICredentialDataDecryptedObject> = {}) {
		this.credentials = new TestCredentialsHelper(new Map(credentialTypeList.map((t) => [t.name, t])));
		for (const [type, data] of Object.entries(credentials)) this.credentials.set(type, data);
	}

	private additionalData(more: Partial<IWorkflowExecuteAdditionalData> = {}): IWorkflowExecuteAdditionalData {
		return {
			credentialsHelper: this.credentials,
			executionId: 'test-execution',
			restApiUrl: 'http://localhost/rest',
			instanceBaseUrl: 'http://localhost/',
			webhookBaseUrl: 'http://localhost/webhook',
			webhookWaitingBaseUrl: 'http://localhost/webhook-waiting',
			webhookTestBaseUrl: 'http://localhost/webhook-test',
			formWaitingBaseUrl: 'http://localhost/form-waiting',
			currentNodeParameters: undefined,
			variables: {},
			userId: 'test-user',
			...more,
		} as unknown as IWorkflowExecuteAdditionalData;
	}

	/**
	 * Calls one of the node's `listSearch` methods as n8n's editor does when a resource locator's
	 * "From List" opens or scrolls: a LoadOptionsContext on a node with these parameters and its
	 * credential (n8n's DynamicNodeParametersService does the same).
	 */
	async listSearch(
		method: string,
		options: { filter?: string; paginationToken?: string; parameters?: IDataObject; type?: string } = {},
	): Promise<INodeListSearchResult> {
		const type = options.type ?? `${PACKAGE}.portSip`;
		const search = lookup(type).methods?.listSearch?.[method];
		if (!search) throw new Error(`test harness: ${type} has no listSearch method ${method}`);
		return await search.call(this.loadOptionsContext(type, options.parameters), options.filter, options.paginationToken);
	}

	/** Calls one of the node's `loadOptions` methods as the editor does when an options list opens. */
	async loadOptions(method: string, options: { parameters?: IDataObject; type?: string } = {}): Promise<INodePropertyOptions[]> {
		const type = options.type ?? `${PACKAGE}.portSip`;
		const load = lookup(type).methods?.loadOptions?.[method];
		if (!load) throw new Error(`test harness: ${type} has no loadOptions method ${method}`);
		return await load.call(this.loadOptionsContext(type, options.parameters));
	}

	private loadOptionsContext(type: string, parameters: IDataObject = {}): LoadOptionsContext {
		const node: INode = {
			id: '3',
			name: 'Under Test',
			type,
			typeVersion: 1,
			position: [0, 0],
			parameters: parameters as INode['parameters'],
			credentials: defaultCredentialsFor(type),
		};
		const workflow = new Workflow({ id: 'test', nodes: [node], connections: {}, nodeTypes, active: false, settings: {} });
		const additionalData = this.additionalData({ currentNodeParameters: node.parameters });
		return new LoadOptionsContext(workflow, node, additionalData, 'parameters');
	}

	/** Runs a whole workflow from its Manual Trigger. */
	async run(nodes: INode[], connections: IConnections): Promise<RunResult> {
		const workflow = new Workflow({ id: 'test', nodes, connections, nodeTypes, active: false, settings: {} });
		const hooks = new ExecutionLifecycleHooks('manual', 'test-execution', {
			id: 'test',
			name: 'test',
			active: false,
			isArchived: false,
			createdAt: new Date(),
			updatedAt: new Date(),
			nodes,
			connections,
			activeVersionId: null,
		} as never);
		let resolveRun!: (run: IRun) => void;
		const finished = { promise: new Promise<IRun>((resolve) => (resolveRun = resolve)) };
		hooks.addHandler('workflowExecuteAfter', (fullRunData) => resolveRun(fullRunData));
		const additionalData = this.additionalData({ hooks });
		const start = workflow.getStartNode();
		if (!start) throw new Error('test harness: no start node');
		const runExecutionData = {
			startData: {},
			resultData: { runData: {} },
			executionData: {
				contextData: {},
				metadata: {},
				nodeExecutionStack: [{ node: start, data: { main: [[{ json: {} }]] }, source: null }],
				waitingExecution: {},
				waitingExecutionSource: {},
			},
		} as unknown as IRunExecutionData;
		const execute = new WorkflowExecute(additionalData, 'manual', runExecutionData);
		await execute.processRunExecutionData(workflow);
		const run = await finished.promise;
		return {
			run,
			workflow,
			error: run.data.resultData.error,
			output: (nodeName: string) => run.data.resultData.runData[nodeName]?.[0]?.data?.main?.[0] ?? [],
		};
	}

	/** Manual Trigger → (Fixed Items) → the node with these parameters; returns that node's output. */
	async runNode(parameters: IDataObject, options: NodeRunOptions = {}): Promise<RunResult & { items: INodeExecutionData[] }> {
		const type = options.type ?? `${PACKAGE}.portSip`;
		const nodeName = 'Under Test';
		const nodes: INode[] = [
			{ id: '1', name: 'Manual Trigger', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
		];
		const connections: IConnections = {};
		let previous = 'Manual Trigger';
		if (options.items) {
			nodes.push({ id: '2', name: 'Items', type: 'test.fixedItems', typeVersion: 1, position: [200, 0], parameters: { items: JSON.stringify(options.items) } });
			connections['Manual Trigger'] = { main: [[{ node: 'Items', type: 'main', index: 0 }]] };
			previous = 'Items';
		}
		nodes.push({
			id: '3',
			name: nodeName,
			type,
			typeVersion: 1,
			position: [400, 0],
			parameters: parameters as INode['parameters'],
			credentials: options.credentials ?? defaultCredentialsFor(type),
			...(options.continueOnFail ? { continueOnFail: true, onError: 'continueRegularOutput' as const } : {}),
		});
		connections[previous] = { main: [[{ node: nodeName, type: 'main', index: 0 }]] };
		const result = await this.run(nodes, connections);
		return { ...result, items: result.output(nodeName) };
	}

}

function defaultCredentialsFor(type: string): Record<string, { id: string; name: string }> {
	if (type.endsWith('.voxo')) return { voxoApi: { id: 'voxo-1', name: 'VOXO' } };
	return { portSipApi: { id: 'portsip-1', name: 'PortSIP' } };
}
