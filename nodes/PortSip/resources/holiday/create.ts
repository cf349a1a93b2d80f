import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { countryOptions } from '../../../shared/pickers';
import { sendValidatedBody } from '../../../shared/routing';
import { toApiFields } from '../../shared/fields';
import { holidayCreateSchema } from '../../schemas/holiday';
import { holidayBody } from './body';
import { holidayDateInput, holidayDateProperties } from './shared';

const showOnlyForHolidayCreate = { resource: ['holiday'], operation: ['create'] };

export const holidayCreateDescription: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Christmas Day',
		displayOptions: { show: showOnlyForHolidayCreate },
		description: 'Name of the holiday, 1 to 64 characters',
	},
	{
		displayName: 'Region',
		name: 'region',
		type: 'options',
		required: true,
		options: countryOptions,
		default: 'USA',
		displayOptions: { show: showOnlyForHolidayCreate },
		description:
			'Country the holiday belongs to; sent as ISO 3166-1 alpha-3 (an expression may also give alpha-2, such as DE)',
	},
	...holidayDateProperties('create'),
];

export const buildHolidayCreateBody = sendValidatedBody(holidayCreateSchema, function (this: IExecuteSingleFunctions) {
	const name = this.getNodeParameter('name', '') as string;
	const region = this.getNodeParameter('region', '') as string;
	const mode = this.getNodeParameter('dateInput', 'date') as 'date' | 'dateRange' | 'rawFields';
	if (mode === 'rawFields') {
		return { name, region, ...toApiFields(this.getNodeParameter('dateFields', {}) as IDataObject) };
	}
	return holidayBody(this.getNode(), { name, region, ...holidayDateInput(this, mode) }, this.getItemIndex());
});
