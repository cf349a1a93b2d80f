import type { INodeProperties } from 'n8n-workflow';

// Get takes no parameters: the policy belongs to the signed-in tenant.
export const passwordPolicyGetDescription: INodeProperties[] = [];
