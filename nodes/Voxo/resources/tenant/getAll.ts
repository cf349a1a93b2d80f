import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/descriptions';
import { tenantOutputProperties } from './fields';

const showOnlyForTenantGetAll = { resource: ['tenant'], operation: ['getAll'] };

export const tenantGetAllDescription: INodeProperties[] = [
	...returnAllAndLimit(showOnlyForTenantGetAll),
	...tenantOutputProperties(['getAll']),
];
