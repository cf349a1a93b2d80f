import type { INodeProperties } from 'n8n-workflow';

import { tenantLocator, tenantOutputProperties } from './fields';

export const tenantGetDescription: INodeProperties[] = [tenantLocator(['get']), ...tenantOutputProperties(['get'])];
