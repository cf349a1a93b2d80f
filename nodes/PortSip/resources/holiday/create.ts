import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { fieldsToApi } from '../../../shared/field';
import { sendValidatedBody } from '../../../shared/routing';
import { holidayCreateSchema, holidayNameAndRegion, holidayRawDateFields } from '../../schemas/holiday';
import { holidayBody } from './body';
import { holidayDateInput, holidayDateInputProperty } from './shared';

const showOnlyForHolidayCreate = { resource: ['holiday'], operation: ['create'] };

export const holidayCreateDescription: INodeProperties[] = [
	// Name: one property for every resource's Create (PortSip.node.ts)
	...holidayNameAndRegion
		.filter(({ api }) => api !== 'name')
		.map(({ property }) => ({ ...property, required: true, displayOptions: { show: showOnlyForHolidayCreate } })),
	// the date fields follow Update's Dates selector (holidayDateProperties in update.ts)
	holidayDateInputProperty('create'),
];

export const buildHolidayCreateBody = sendValidatedBody(holidayCreateSchema, function (this: IExecuteSingleFunctions) {
	const name = this.getNodeParameter('name', '') as string;
	const region = this.getNodeParameter('region', '') as string;
	const mode = this.getNodeParameter('dateInput', 'date') as 'date' | 'dateRange' | 'rawFields';
	if (mode === 'rawFields') {
		return { name, region, ...fieldsToApi(holidayRawDateFields, this.getNodeParameter('dateFields', {}) as IDataObject) };
	}
	return holidayBody(this.getNode(), { name, region, ...holidayDateInput(this, mode) }, this.getItemIndex());
});
