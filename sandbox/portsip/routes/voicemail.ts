import { portSipError, type PortSipRoutes } from '../api';

export function registerVoicemailRoutes(sandbox: PortSipRoutes): void {
	sandbox.route('GET', '/api/voicemail', 'tenant', ({ tenant }) => ({ status: 200, body: { ...tenant!.voicemail } }));

	// 200 with no body, as PortSIP answers updates
	sandbox.route('POST', '/api/voicemail', 'tenant', ({ tenant, request }) => {
		const body = request.body as Record<string, unknown>;
		const number = body.extension_number as string | undefined;
		if (number !== undefined && !tenant!.extensions.has(number)) {
			return portSipError(400, 'VALIDATE_FAILED', `The extension number ${number} does not exist in this tenant`);
		}
		Object.assign(tenant!.voicemail, body);
		return { status: 200 };
	});
}
