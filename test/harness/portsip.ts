/** A PortSIP sandbox and an engine whose credential points at it, started and stopped around a test file. */
import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { PortSipSandbox, type PortSipSandboxOptions } from '../../sandbox/portsip';
import { Engine } from './engine';

export const TENANT_ADMIN = { username: 'tenantadmin', password: 'tenant-password', domain: 'tenant1.example.com' };
export const SYSTEM_ADMIN = { username: 'admin', password: 'admin-password', domain: '' };

export function portSipCredential(
	baseUrl: string,
	login: { username: string; password: string; domain: string } = TENANT_ADMIN,
): ICredentialDataDecryptedObject {
	return { baseUrl, ...login, ignoreSslIssues: false, accessToken: '' };
}

export interface PortSipFixture {
	sandbox: PortSipSandbox;
	engine: Engine;
}

/**
 * Use inside a describe block: a fresh sandbox per test file, a fresh engine (credential with no
 * token yet) per test, and after each test the contract check: no request broke the vendor's spec.
 */
export function usePortSip(
	options: PortSipSandboxOptions & { login?: typeof TENANT_ADMIN; allowContractViolations?: boolean } = {},
): PortSipFixture {
	const fixture = {} as PortSipFixture;
	beforeAll(async () => {
		fixture.sandbox = new PortSipSandbox(options);
		await fixture.sandbox.start();
	});
	afterAll(async () => {
		await fixture.sandbox.stop();
	});
	beforeEach(() => {
		fixture.sandbox.clearLog();
		fixture.engine = new Engine({ portSipApi: portSipCredential(fixture.sandbox.url, options.login) });
	});
	afterEach(() => {
		if (!options.allowContractViolations) expect(fixture.sandbox.contractProblems()).toEqual([]);
	});
	return fixture;
}
