import type { INodeProperties } from 'n8n-workflow';

// Get Status takes no parameters: it reports the signed-in tenant's counters and version.
export const tenantSettingsGetStatusDescription: INodeProperties[] = [];
