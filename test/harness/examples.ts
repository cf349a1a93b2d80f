/**
 * The example workflows (examples/*.json), made runnable without outside services: each trigger
 * (form, schedule, webhook) becomes a Manual Trigger followed by a node of the same name that emits
 * the trigger's pinned sample data; Send Email may become a No Operation of the same name; and
 * outside addresses may be pointed at local stubs. Used by the demo and the end-to-end suite.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';

export interface WorkflowNode {
	id: string;
	name: string;
	type: string;
	typeVersion: number;
	position: number[];
	parameters: Record<string, unknown>;
	credentials?: Record<string, { id: string; name: string }>;
	executeOnce?: boolean;
	webhookId?: string;
}

export interface WorkflowJson {
	id: string;
	name: string;
	active: boolean;
	nodes: WorkflowNode[];
	connections: Record<string, { main: Array<Array<{ node: string; type: string; index: number }>> }>;
	pinData?: Record<string, Array<{ json: Record<string, unknown> }>>;
	settings?: Record<string, unknown>;
}

/** The staff sheet the onboarding example reads (one user per row), served by the demo's and the e2e suite's stub. */
export const SAMPLE_STAFF = [
	{ username: 'amy.lee', name: 'Amy Lee', email: 'amy@newco.example', extension: '101', initialPassword: 'Amy-Start-2026!', voicemailPin: '314159', role: 'StandardUser', department: 'Sales' },
	{ username: 'ben.ode', name: 'Ben Ode', email: 'ben@newco.example', extension: '102', initialPassword: 'Ben-Start-2026!', voicemailPin: '271828', role: 'StandardUser', department: 'Support' },
	{ username: 'cat.ruiz', name: 'Cat Ruiz', email: 'cat@newco.example', extension: '103', initialPassword: 'Cat-Start-2026!', voicemailPin: '161803', role: 'QueueManager', department: 'Support' },
];

export const EXAMPLES_DIR = join(__dirname, '../../examples');

const TRIGGERS = new Set(['n8n-nodes-base.formTrigger', 'n8n-nodes-base.scheduleTrigger', 'n8n-nodes-base.webhook']);

export function loadExamples(): WorkflowJson[] {
	return readdirSync(EXAMPLES_DIR)
		.filter((file) => file.endsWith('.json'))
		.sort()
		.map((file) => JSON.parse(readFileSync(join(EXAMPLES_DIR, file), 'utf8')) as WorkflowJson);
}

export interface HeadlessOptions {
	/** The node that stands where a trigger was, emitting its sample items. */
	sampleNode: (trigger: WorkflowNode, items: Array<Record<string, unknown>>) => WorkflowNode;
	/** Replace Send Email by a No Operation (no SMTP server here). */
	replaceEmail?: boolean;
	/** Text replacements in parameters, e.g. the CRM's address → a local stub. */
	replace?: Record<string, string>;
}

export function headless(workflow: WorkflowJson, options: HeadlessOptions): WorkflowJson {
	let text = JSON.stringify(workflow);
	for (const [from, to] of Object.entries(options.replace ?? {})) text = text.split(from).join(to);
	const copy = JSON.parse(text) as WorkflowJson;
	const nodes: WorkflowNode[] = [];
	const connections = { ...copy.connections };
	for (const node of copy.nodes) {
		if (TRIGGERS.has(node.type)) {
			const items = (copy.pinData?.[node.name] ?? [{ json: {} }]).map((item) => item.json);
			const start = `Start (${node.name})`;
			nodes.push(
				{ id: `${node.id}-start`, name: start, type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [node.position[0], node.position[1] - 200], parameters: {} },
				options.sampleNode(node, items),
			);
			connections[start] = { main: [[{ node: node.name, type: 'main', index: 0 }]] };
		} else if (options.replaceEmail && node.type === 'n8n-nodes-base.emailSend') {
			nodes.push({ ...node, type: 'n8n-nodes-base.noOp', typeVersion: 1, parameters: {} });
		} else {
			nodes.push(node);
		}
	}
	return { ...copy, nodes, connections, pinData: undefined };
}
