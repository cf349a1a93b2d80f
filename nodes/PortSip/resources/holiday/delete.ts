import type { IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

import { holidayIdOf } from './shared';

/** The API answers 204 with no body: say what was deleted. */
export async function holidayDeleted(this: IExecuteSingleFunctions): Promise<INodeExecutionData[]> {
	return [{ json: { deleted: true, id: holidayIdOf(this) } }];
}
