import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { countryOptions } from '../../../shared/pickers';
import { sendValidatedBody } from '../../../shared/routing';
import { validateBody } from '../../../shared/validation';
import { toApiFields } from '../../shared/fields';
import { holidayDatesSchema, holidayUpdateSchema } from '../../schemas/holiday';
import { holidayDateInput, holidayDateProperties, holidayLocator } from './shared';

const showOnlyForHolidayUpdate = { resource: ['holiday'], operation: ['update'] };

export const holidayUpdateDescription: INodeProperties[] = [
	holidayLocator(['update']),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showOnlyForHolidayUpdate },
		options: [
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				placeholder: 'e.g. Christmas Day',
				description: 'Name of the holiday, 1 to 64 characters',
			},
			{
				displayName: 'Region',
				name: 'region',
				type: 'options',
				options: countryOptions,
				default: 'USA',
				description:
					'Country the holiday belongs to; sent as ISO 3166-1 alpha-3 (an expression may also give alpha-2, such as DE)',
			},
		],
	},
	...holidayDateProperties('update'),
];

export const buildHolidayUpdateBody = sendValidatedBody(holidayUpdateSchema, function (this: IExecuteSingleFunctions) {
	const fields = toApiFields(this.getNodeParameter('updateFields', {}) as IDataObject);
	const mode = this.getNodeParameter('dateInput', 'keep') as 'keep' | 'date' | 'dateRange' | 'rawFields';
	if (mode === 'keep') return fields;
	if (mode === 'rawFields') return { ...fields, ...toApiFields(this.getNodeParameter('dateFields', {}) as IDataObject) };
	const dates = validateBody(this.getNode(), holidayDatesSchema, holidayDateInput(this, mode), this.getItemIndex());
	return { ...fields, ...dates };
});
