import type { INodeProperties } from 'n8n-workflow';

import { portSipListOptions, returnAllAndLimit } from '../../../shared/descriptions';

const show = { resource: ['tenant'], operation: ['getAll'] };

export const tenantGetAllDescription: INodeProperties[] = [
	...returnAllAndLimit(show),
	portSipListOptions(show, {
		filter: "enabled eq true and startswith(name,'Acme')",
		orderby: 'name asc, created_at desc',
		search: 'acme',
		what: 'tenants',
	}),
];
