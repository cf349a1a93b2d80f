/** The login both credentials make: one request, clear failures, a first login shared by the items that start together. */
import type { IDataObject, IHttpRequestHelper } from 'n8n-workflow';

import { sha256Hex } from './hash';
import {
	describeLoginFailure,
	LoginConnectionError,
	LoginRefusedError,
	networkErrorCode,
	type LoginWording,
} from './helpers';

/*
 * n8n runs a credential's preAuthentication for every request that finds no valid token, and a
 * declarative node sends all its items at once: a first run with 1,000 items would log in 1,000
 * times (and a wrong password would count 1,000 failures against the account). Concurrent first
 * logins with the same details share one request. An entry lives only while its login is under
 * way; no token is kept here (n8n stores it in the credential).
 */
const loginsInFlight = new Map<string, Promise<IDataObject>>();

/**
 * Runs `login`; when the credential has no token yet (`renewing` false), concurrent calls with the
 * same `details` (kept only as a hash) share one login. Renewing a rejected token stays each request's own: n8n retries
 * each request once, with the token its own renewal stored.
 */
export async function shareFirstLogin(
	renewing: boolean,
	details: unknown[],
	login: () => Promise<IDataObject>,
): Promise<IDataObject> {
	if (renewing) return await login();
	// a hash: the map must not hold the password itself
	const key = sha256Hex(JSON.stringify(details));
	const pending = loginsInFlight.get(key);
	if (pending) return await pending;
	const started = login().finally(() => loginsInFlight.delete(key));
	loginsInFlight.set(key, started);
	return await started;
}

/**
 * Sends a login request and returns the token of its answer (`tokenField`). No answer, an error
 * status or an answer without a token each become a message a person can act on; none repeats the
 * request (it holds the password).
 */
export async function postLogin(
	helper: IHttpRequestHelper,
	login: {
		api: string;
		baseUrl: string;
		path: string;
		form?: boolean;
		body: IDataObject;
		tokenField: string;
		skipSslCertificateValidation?: boolean;
		wording?: LoginWording;
	},
): Promise<string> {
	// a credential has no node to build a NodeApiError with: n8n wraps what preAuthentication throws
	let response: { statusCode: number; body: unknown } | undefined;
	let noAnswer: unknown;
	try {
		response = (await helper.helpers.httpRequest({
			method: 'POST',
			url: `${login.baseUrl}${login.path}`,
			headers: { 'Content-Type': login.form ? 'application/x-www-form-urlencoded' : 'application/json' },
			body: login.body,
			json: true,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			skipSslCertificateValidation: login.skipSslCertificateValidation === true,
		})) as { statusCode: number; body: unknown };
	} catch (error) {
		noAnswer = error;
	}
	if (!response) {
		throw new LoginConnectionError(
			describeLoginFailure(login.api, login.baseUrl, noAnswer, undefined, undefined, login.wording),
			networkErrorCode(noAnswer),
		);
	}
	const body = (response.body ?? {}) as IDataObject;
	const token = body[login.tokenField];
	if (response.statusCode >= 400 || typeof token !== 'string' || token === '') {
		throw new LoginRefusedError(describeLoginFailure(login.api, login.baseUrl, undefined, response.statusCode, body, login.wording));
	}
	return token;
}
