import type { INodeProperties } from 'n8n-workflow';

// Get takes no parameters besides Include Secrets (index.ts): the settings belong to the signed-in tenant.
export const tenantSettingsGetDescription: INodeProperties[] = [];
