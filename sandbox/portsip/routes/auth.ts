import type { PortSipRoutes } from '../api';

export function registerAuthRoutes(sandbox: PortSipRoutes): void {
	// GET /api/auth/user (v22.2; v22.3 adds domain)
	sandbox.route('GET', '/api/auth/user', 'any', ({ session }) => ({
		status: 200,
		body: {
			role: session.user.role,
			password_verified: true,
			password_force_reset: false,
			domain: session.user.domain ?? '',
		},
	}));
}
