import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { fieldProperties, fieldsToApi } from '../../../shared/field';
import { sendValidatedBody } from '../../../shared/routing';
import { validateBody } from '../../../shared/validation';
import { holidayDatesSchema, holidayNameAndRegion, holidayRawDateFields, holidayUpdateSchema } from '../../schemas/holiday';
import { holidayDateInput, holidayDateInputProperty, holidayDateProperties } from './shared';

const showOnlyForHolidayUpdate = { resource: ['holiday'], operation: ['update'] };

export const holidayUpdateDescription: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showOnlyForHolidayUpdate },
		options: fieldProperties(holidayNameAndRegion),
	},
	holidayDateInputProperty('update'),
	// Create's too (one set for both)
	...holidayDateProperties(),
];

export const buildHolidayUpdateBody = sendValidatedBody(holidayUpdateSchema, function (this: IExecuteSingleFunctions) {
	const fields = fieldsToApi(holidayNameAndRegion, this.getNodeParameter('updateFields', {}) as IDataObject);
	const mode = this.getNodeParameter('dateInput', 'keep') as 'keep' | 'date' | 'dateRange' | 'rawFields';
	if (mode === 'keep') return fields;
	if (mode === 'rawFields') return { ...fields, ...fieldsToApi(holidayRawDateFields, this.getNodeParameter('dateFields', {}) as IDataObject) };
	const dates = validateBody(this.getNode(), holidayDatesSchema, holidayDateInput(this, mode), this.getItemIndex());
	return { ...fields, ...dates };
});
