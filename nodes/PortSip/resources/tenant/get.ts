import type { INodeProperties } from 'n8n-workflow';

// Get takes the tenant (tenantId.ts) and Include Secrets (index.ts).
export const tenantGetDescription: INodeProperties[] = [];
