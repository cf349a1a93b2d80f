import type { IExecuteSingleFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { TENANT_ADMIN_HINTS } from '../../shared/hints';
import { createdItemPath, portSipRouting, type PortSipOperation } from '../../shared/operation';
import {
	buildInboundRuleCreateBody,
	buildInboundRuleUpdateBody,
	inboundRuleCreateDescription,
	inboundRuleIdOf,
	inboundRuleLocator,
	inboundRuleUpdateDescription,
	inboundRuleUrl,
} from './shared';

/** Every operation acts on the signed-in tenant: a 403 says which login is needed. */
const tenantRouting = (operation: PortSipOperation) => portSipRouting({ ...operation, hints: TENANT_ADMIN_HINTS });

/** The API answers a delete with 204 and no body: say what was deleted. */
async function inboundRuleDeleted(this: IExecuteSingleFunctions): Promise<INodeExecutionData[]> {
	return [{ json: { deleted: true, id: inboundRuleIdOf(this) } }];
}

export const inboundRuleDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['inboundRule'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create an inbound rule',
				description: 'Create an inbound rule',
				routing: tenantRouting({
					method: 'POST',
					url: '/api/inbound_rules',
					preSend: [buildInboundRuleCreateBody],
					// 201 {id}: read the new rule back
					readBack: createdItemPath('/api/inbound_rules'),
				}),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete an inbound rule',
				description: 'Delete an inbound rule',
				routing: tenantRouting({
					method: 'POST',
					// the spec answers 400 "Invalid inbound rule ID supplied" for a rule that does not exist
					deletes: { goneStatuses: [400, 404] },
					url: '/api/inbound_rules/{id}/destroy',
					preSend: [inboundRuleUrl],
					output: [inboundRuleDeleted],
				}),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get an inbound rule',
				description: 'Get an inbound rule by ID, with the holidays it observes',
				routing: tenantRouting({ method: 'GET', url: '/api/inbound_rules/{id}', preSend: [inboundRuleUrl] }),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many inbound rules',
				description: "Get the tenant's inbound rules",
				routing: tenantRouting({ method: 'GET', url: '/api/inbound_rules', paginate: true }),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update an inbound rule',
				description: 'Update an inbound rule',
				routing: tenantRouting({
					method: 'POST',
					idempotent: true,
					url: '/api/inbound_rules/{id}',
					preSend: [buildInboundRuleUpdateBody, inboundRuleUrl],
					readBack() {
						return `/api/inbound_rules/${encodeURIComponent(inboundRuleIdOf(this))}`;
					},
				}),
			},
		],
		default: 'getAll',
	},
	// one locator for every operation on one rule (shown first in each)
	inboundRuleLocator(['get', 'update', 'delete']),
	...inboundRuleCreateDescription,
	...inboundRuleUpdateDescription,
];
