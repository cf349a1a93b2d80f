import type { RecordedRequest } from '../../http';
import { voxoError, type VoxoRoutes } from '../api';
import type { VoxoUser } from '../state';

/** The login answer's user, as the third-party clients read it (a subset). */
function userOf(user: VoxoUser) {
	return {
		id: user.id,
		email: user.email,
		userRole: user.userRole,
		tenantId: user.tenantId,
		partnerId: user.partnerId,
		mfaEnabled: 0,
	};
}

export function registerAuthRoutes(sandbox: VoxoRoutes): void {
	// POST /v2/authentication {email, password} → 201 {accessToken, user}
	sandbox.publicRoute('POST', '/v2/authentication', (request: RecordedRequest) => {
		const body = (request.body ?? {}) as Record<string, unknown>;
		if (typeof body.email !== 'string' || typeof body.password !== 'string') {
			return voxoError(400, 'email and password are required');
		}
		const user = sandbox.state.users.find((u) => u.email === body.email && u.password === body.password);
		if (!user) return voxoError(401, 'Invalid login');
		sandbox.countLogin();
		return { status: 201, body: { accessToken: sandbox.issueToken(user), user: userOf(user) } };
	});

	// POST /v2/authentication/jwt {accessToken} → 201 {accessToken, user}, or 401
	sandbox.publicRoute('POST', '/v2/authentication/jwt', (request: RecordedRequest) => {
		const token = ((request.body ?? {}) as Record<string, unknown>).accessToken;
		if (typeof token !== 'string' || token === '') return voxoError(400, 'accessToken is required');
		const session = sandbox.session(token);
		if (!session) return voxoError(401, 'jwt expired');
		return { status: 201, body: { accessToken: token, user: userOf(session.user) } };
	});
}
