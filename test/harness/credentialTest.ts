/**
 * What n8n's credential dialog shows after "Test": the credential's test request run by RoutingNode
 * (see credentialTestNode), then its result read as n8n's CredentialsTester reads it: `rules` for a
 * status code first, then the status, or the error's message (a failed login, an unreachable host).
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
	// n8n's tester reads the status from the error's cause (the HTTP response); the engine hands the
	// error back as plain data without it, so the status comes from httpCode, which NodeApiError
	// takes from that same response ("none" or absent when there was no answer)
	const status = Number((error as { httpCode?: string | null }).httpCode);
	if (Number.isInteger(status) && status > 0) {
		for (const rule of credential.test?.rules ?? []) {
			if (rule.type === 'responseCode' && rule.properties.value === status) {
				return { status: 'Error', message: rule.properties.message };
			}
		}
		if (status < 200 || status > 299) return { status: 'Error', message: `Received HTTP status code: ${status}` };
	}
	return { status: 'Error', message: error.message };
}
