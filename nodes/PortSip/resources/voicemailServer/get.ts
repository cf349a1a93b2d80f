import type { INodeProperties } from 'n8n-workflow';

// Get takes no parameters: the voicemail server belongs to the signed-in tenant.
export const voicemailServerGetDescription: INodeProperties[] = [];
