/** A VOXO sandbox and an engine whose credential points at it, started and stopped around a test file. */
import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

import { VoxoSandbox, type VoxoSandboxOptions } from '../../sandbox/voxo';
import { Engine, PACKAGE, type NodeRunOptions } from './engine';

export const VOXO_NODE = `${PACKAGE}.voxo`;

/** A platform/partner administrator of the sandbox (may manage tenants). */
export const PARTNER_ADMIN = { email: 'admin@partner.example', password: 'partner-password' };
/** A tenant administrator of the sandbox (may not). */
export const TENANT_OWNER = { email: 'owner@tenant.example', password: 'owner-password' };

export function voxoCredential(
	baseUrl: string,
	login: { email: string; password: string } = PARTNER_ADMIN,
): ICredentialDataDecryptedObject {
	return { baseUrl, authentication: 'emailPassword', ...login, accessToken: '', sessionToken: '', sessionOwner: '' };
}

export function voxoTokenCredential(baseUrl: string, token: string): ICredentialDataDecryptedObject {
	return { baseUrl, authentication: 'accessToken', email: '', password: '', accessToken: token, sessionToken: '', sessionOwner: '' };
}

export interface VoxoFixture {
	sandbox: VoxoSandbox;
	engine: Engine;
	/** Runs the VOXO node with these parameters (Manual Trigger → [items] → VOXO). */
	run(parameters: IDataObject, options?: Omit<NodeRunOptions, 'type'>): ReturnType<Engine['runNode']>;
	/** A token for a sandbox user, as if pasted from VOXO (Access Token mode). */
	tokenFor(email: string): string;
}

/**
 * Use inside a describe block: a fresh sandbox per test file, a fresh engine (email and password
 * credential, no token yet) per test, and after each test the check that no request broke VOXO's
 * documented request rules.
 */
export function useVoxo(options: VoxoSandboxOptions & { allowContractViolations?: boolean } = {}): VoxoFixture {
	const fixture = {
		run: (parameters, runOptions = {}) => fixture.engine.runNode(parameters, { ...runOptions, type: VOXO_NODE }),
		tokenFor: (email) => {
			const user = fixture.sandbox.state.users.find((u) => u.email === email);
			if (!user) throw new Error(`VOXO sandbox: no user ${email}`);
			return fixture.sandbox.issueToken(user);
		},
	} as VoxoFixture;
	beforeAll(async () => {
		fixture.sandbox = new VoxoSandbox(options);
		await fixture.sandbox.start();
	});
	afterAll(async () => {
		await fixture.sandbox.stop();
	});
	beforeEach(() => {
		fixture.sandbox.clearLog();
		fixture.engine = new Engine({ voxoApi: voxoCredential(fixture.sandbox.url) });
	});
	afterEach(() => {
		if (!options.allowContractViolations) expect(fixture.sandbox.contractProblems()).toEqual([]);
	});
	return fixture;
}
