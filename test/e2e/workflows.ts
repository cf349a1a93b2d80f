/** Builds importable workflow JSON: a Manual Trigger followed by a chain of nodes. */
export interface ChainNode {
	name: string;
	type: string;
	parameters: Record<string, unknown>;
	credentials?: Record<string, { id: string; name: string }>;
	/** Run once for the first input item only (n8n's "Execute Once" setting). */
	executeOnce?: boolean;
}

export const PORTSIP_CREDENTIAL = { portSipApi: { id: 'e2ePortSip', name: 'PortSIP sandbox' } };

export function chainWorkflow(id: string, name: string, chain: ChainNode[]): object {
	const nodes = [
		{ id: `${id}-trigger`, name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
		...chain.map((node, index) => ({
			id: `${id}-${index}`,
			typeVersion: 1,
			position: [220 * (index + 1), 0],
			...node,
		})),
	];
	const names = nodes.map((node) => node.name);
	const connections = Object.fromEntries(
		names.slice(0, -1).map((from, index) => [from, { main: [[{ node: names[index + 1], type: 'main', index: 0 }]] }]),
	);
	return { id, name, active: false, nodes, connections, settings: {} };
}
