/**
 * What n8n's credential dialog shows after "Test": the credential's test request run by RoutingNode
 * (see credentialTestNode), then its result read as n8n's CredentialsTester reads it: `rules` for a
 * status code first, then the status text, the connection error code, or the error's message.
 */
import type { ICredentialType } from 'n8n-workflow';

import type { Engine } from './engine';

export interface CredentialTestResult {
	status: 'OK' | 'Error';
	message: string;
}

export async function runCredentialTest(
	engine: Engine,
	credential: ICredentialType,
	testNodeType: string,
): Promise<CredentialTestResult> {
	const { error } = await engine.runNode({}, { type: testNodeType, credentials: { [credential.name]: { id: '1', name: 'test' } } });
	if (!error) return { status: 'OK', message: 'Connection successful!' };
	const cause = (error as { cause?: { response?: { status?: number; statusText?: string }; code?: string } }).cause;
	if (cause?.response?.status !== undefined) {
		const status = cause.response.status;
		for (const rule of credential.test?.rules ?? []) {
			if (rule.type === 'responseCode' && rule.properties.value === status) {
				return { status: 'Error', message: rule.properties.message };
			}
		}
		return { status: 'Error', message: cause.response.statusText || `Received HTTP status code: ${status}` };
	}
	if (cause?.code) return { status: 'Error', message: cause.code };
	return { status: 'Error', message: error.message };
}
