import type { INodeProperties } from 'n8n-workflow';

import { createdItemPath, portSipRouting } from '../../shared/operation';
import { buildHolidayCreateBody, holidayCreateDescription } from './create';
import { holidayDeleted, holidayDeleteDescription } from './delete';
import { holidayGetDescription } from './get';
import { holidayGetAllDescription } from './getAll';
import { holidayIdOf, holidayUrl } from './shared';
import { holidaySyncDescription } from './sync';
import { buildHolidayUpdateBody, holidayUpdateDescription } from './update';

const showOnlyForHoliday = { resource: ['holiday'] };

export const holidayDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForHoliday },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a holiday',
				description: 'Create a holiday and return it as it now stands',
				routing: portSipRouting({
					method: 'POST',
					url: '/api/holidays',
					preSend: [buildHolidayCreateBody],
					// 201 {id}: read the new holiday back
					readBack: createdItemPath('/api/holidays'),
				}),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a holiday',
				description: 'Delete a holiday',
				routing: portSipRouting({
					method: 'POST',
					// the spec answers 400 "Invalid rule ID supplied." for a holiday that does not exist
					deletes: { goneStatuses: [400, 404] },
					url: '/api/holidays/{id}/destroy',
					preSend: [holidayUrl],
					output: [holidayDeleted],
				}),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a holiday',
				description: 'Get a holiday by ID',
				routing: portSipRouting({ method: 'GET', url: '/api/holidays/{id}', preSend: [holidayUrl] }),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many holidays',
				description: "Get the tenant's holidays",
				routing: portSipRouting({ method: 'GET', url: '/api/holidays', paginate: true }),
			},
			{
				// no routing: a custom operation (PortSip.customOperations), as it needs every input item at once
				name: 'Sync',
				value: 'sync',
				action: 'Sync holidays',
				description:
					'Make the holidays match a built-in calendar, the input items or a JSON list: create what is missing, update what differs, delete within a scope',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a holiday',
				description: 'Update a holiday and return it as it now stands',
				routing: portSipRouting({
					method: 'POST',
					idempotent: true,
					url: '/api/holidays/{id}',
					preSend: [buildHolidayUpdateBody, holidayUrl],
					readBack() {
						return `/api/holidays/${encodeURIComponent(holidayIdOf(this))}`;
					},
				}),
			},
		],
		default: 'getAll',
	},
	...holidayCreateDescription,
	...holidayGetDescription,
	...holidayGetAllDescription,
	...holidayUpdateDescription,
	...holidayDeleteDescription,
	...holidaySyncDescription,
];
