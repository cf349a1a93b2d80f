import type { IExecuteSingleFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { holidayIdOf, holidayLocator } from './shared';

export const holidayDeleteDescription: INodeProperties[] = [holidayLocator(['delete'])];

/** The API answers 204 with no body: say what was deleted. */
export async function holidayDeleted(this: IExecuteSingleFunctions): Promise<INodeExecutionData[]> {
	return [{ json: { deleted: true, id: holidayIdOf(this) } }];
}
