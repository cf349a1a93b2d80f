import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { userBody, userRequiredFields } from '../../schemas/user';

/** The create body from this item's parameters (checked by userCreateSchema before sending). */
export function userCreateInput(context: IExecuteSingleFunctions): IDataObject {
	const fields: IDataObject = {};
	for (const { property } of userRequiredFields) fields[property.name] = context.getNodeParameter(property.name, '');
	return userBody({ ...fields, ...(context.getNodeParameter('additionalFields', {}) as IDataObject) });
}
