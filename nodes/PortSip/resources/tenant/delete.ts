import type { IExecuteSingleFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

// Delete takes only the tenant (tenantId.ts).
export const tenantDeleteDescription: INodeProperties[] = [];

/** The API answers 204 with no body: say what was deleted. */
export async function returnDeleted(this: IExecuteSingleFunctions): Promise<INodeExecutionData[]> {
	const id = this.getNodeParameter('tenantId', undefined, { extractValue: true }) as string;
	return [{ json: { deleted: true, id } }];
}
