/**
 * Small stand-ins for the n8n-nodes-base nodes the examples use, so the demo can run the examples
 * through n8n-core's engine without a full n8n install (the end-to-end suite runs the real ones):
 * Filter (the string and number conditions the examples use), HTTP Request (JSON requests), Loop
 * Over Items, Send Email (recorded, not sent), No Operation and Sticky Note.
 */
import {
	NodeConnectionTypes,
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type IHttpRequestMethods,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

/** n8n keeps only the parameters a node type declares, so each stand-in declares the ones it reads. */
function describe(name: string, parameters: string[] = [], inputs = 1): INodeTypeDescription {
	return {
		displayName: name,
		name,
		group: ['transform'],
		version: [1, 2, 2.1, 2.2, 3, 4, 4.1, 4.2],
		description: `Stand-in for n8n's ${name}`,
		defaults: { name },
		inputs: inputs ? [NodeConnectionTypes.Main] : [],
		outputs: [NodeConnectionTypes.Main],
		properties: parameters.map((parameter) => ({ displayName: parameter, name: parameter, type: 'json', default: '' })),
	};
}

type Condition = { leftValue: unknown; rightValue: unknown; operator: { type: string; operation: string } };

function holds(condition: Condition): boolean {
	const { leftValue: left, rightValue: right, operator } = condition;
	switch (operator.operation) {
		case 'equals':
			return operator.type === 'number' ? Number(left) === Number(right) : String(left) === String(right);
		case 'notEquals':
			return operator.type === 'number' ? Number(left) !== Number(right) : String(left) !== String(right);
		case 'gt':
			return Number(left) > Number(right);
		case 'gte':
			return Number(left) >= Number(right);
		case 'lt':
			return Number(left) < Number(right);
		case 'exists':
			return left !== undefined && left !== null && left !== '';
		case 'notExists':
			return left === undefined || left === null || left === '';
		case 'contains':
			return String(left).includes(String(right));
		case 'true':
			return left === true;
		case 'false':
			return left === false;
		default:
			throw new Error(`demo Filter stand-in: operator ${operator.type}.${operator.operation} is not supported`);
	}
}

export class FilterStandIn implements INodeType {
	description = describe('filter', ['conditions']);

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const kept = this.getInputData().filter((_item, index) => {
			const conditions = this.getNodeParameter('conditions.conditions', index, []) as Condition[];
			const combinator = this.getNodeParameter('conditions.combinator', index, 'and') as string;
			const results = conditions.map(holds);
			return combinator === 'or' ? results.some(Boolean) : results.every(Boolean);
		});
		return [kept];
	}
}

export class HttpRequestStandIn implements INodeType {
	description = describe('httpRequest', ['method', 'url', 'jsonBody']);

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const output: INodeExecutionData[] = [];
		for (let index = 0; index < this.getInputData().length; index++) {
			const method = this.getNodeParameter('method', index, 'GET') as IHttpRequestMethods;
			const url = this.getNodeParameter('url', index) as string;
			const raw = this.getNodeParameter('jsonBody', index, '') as string | IDataObject;
			const body = typeof raw === 'string' && raw.trim() !== '' ? (JSON.parse(raw) as IDataObject) : (raw as IDataObject);
			const response = (await this.helpers.httpRequest({ method, url, body: body || undefined, json: true })) as IDataObject | IDataObject[];
			// a JSON list becomes one item per entry, as n8n's HTTP Request does
			for (const json of Array.isArray(response) ? response : [response ?? {}]) output.push({ json, pairedItem: { item: index } });
		}
		return [output];
	}
}

/** Every email the Send Email stand-in was asked to send, for the demo's report. */
export const sentEmails: Array<{ to: string; subject: string; text: string }> = [];

export class EmailSendStandIn implements INodeType {
	description = describe('emailSend', ['toEmail', 'subject', 'text', 'html']);

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		return [
			items.map((item, index) => {
				const email = {
					to: this.getNodeParameter('toEmail', index, '') as string,
					subject: this.getNodeParameter('subject', index, '') as string,
					text: (this.getNodeParameter('text', index, '') || this.getNodeParameter('html', index, '')) as string,
				};
				if (!email.to) throw new NodeOperationError(this.getNode(), 'demo Send Email stand-in: no recipient');
				sentEmails.push(email);
				return { json: { ...item.json, emailSent: email }, pairedItem: { item: index } };
			}),
		];
	}
}

export class NoOpStandIn implements INodeType {
	description = describe('noOp');

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return [this.getInputData()];
	}
}

export class StickyNoteStandIn implements INodeType {
	description = describe('stickyNote', [], 0);

	async execute(): Promise<INodeExecutionData[][]> {
		return [[]];
	}
}

/** Loop Over Items (v3): output 0 "done" (every item the loop brought back), output 1 "loop" (the next batch). */
export class SplitInBatchesStandIn implements INodeType {
	description = { ...describe('splitInBatches', ['batchSize']), outputs: [NodeConnectionTypes.Main, NodeConnectionTypes.Main] };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const loop = this.getContext('node') as { items?: INodeExecutionData[]; processed?: INodeExecutionData[] };
		const batchSize = Number(this.getNodeParameter('batchSize', 0, 1)) || 1;
		if (loop.items === undefined) {
			loop.items = [...this.getInputData()];
			loop.processed = [];
		} else {
			loop.processed!.push(...this.getInputData());
		}
		const batch = loop.items.splice(0, batchSize);
		if (batch.length > 0) return [[], batch];
		const done = loop.processed!;
		loop.items = undefined;
		return [done, []];
	}
}

export const baseNodeStandIns: Record<string, INodeType> = {
	'n8n-nodes-base.splitInBatches': new SplitInBatchesStandIn(),
	'n8n-nodes-base.filter': new FilterStandIn(),
	'n8n-nodes-base.httpRequest': new HttpRequestStandIn(),
	'n8n-nodes-base.emailSend': new EmailSendStandIn(),
	'n8n-nodes-base.noOp': new NoOpStandIn(),
	'n8n-nodes-base.stickyNote': new StickyNoteStandIn(),
};
