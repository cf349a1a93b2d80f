import type { INodeProperties } from 'n8n-workflow';

import { TENANT_ADMIN_HINTS } from '../../shared/hints';
import { createdItemPath, portSipRouting, type PortSipOperation } from '../../shared/operation';
import { buildHolidayCreateBody, holidayCreateDescription } from './create';
import { holidayDeleted } from './delete';
import { holidayIdOf, holidayLocator, holidayUrl } from './shared';
import { holidaySyncDescription } from './sync';
import { buildHolidayUpdateBody, holidayUpdateDescription } from './update';

/** Every operation here acts on the signed-in tenant: a 403 says which login is needed. */
const tenantRouting = (operation: PortSipOperation) => portSipRouting({ ...operation, hints: TENANT_ADMIN_HINTS });

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
				description: 'Create a holiday',
				routing: tenantRouting({
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
				routing: tenantRouting({
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
				routing: tenantRouting({ method: 'GET', url: '/api/holidays/{id}', preSend: [holidayUrl] }),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many holidays',
				description: "Get the tenant's holidays",
				routing: tenantRouting({ method: 'GET', url: '/api/holidays', paginate: true }),
			},
			{
				// no routing: a custom operation (PortSip.customOperations), as it needs every input item at once
				name: 'Sync',
				value: 'sync',
				action: 'Sync holidays',
				description: 'Make the holidays match a calendar, the input items or a list',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a holiday',
				description: 'Update a holiday',
				routing: tenantRouting({
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
	// one locator for every operation on one holiday (shown first in each)
	holidayLocator(['get', 'update', 'delete']),
	...holidayCreateDescription,
	...holidayUpdateDescription,
	...holidaySyncDescription,
];
