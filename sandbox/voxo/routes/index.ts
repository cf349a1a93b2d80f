import type { VoxoRoutes } from '../api';
import { registerAuthRoutes } from './auth';
import { registerTenantRoutes } from './tenants';

/** Every VOXO endpoint the sandbox implements; one file per resource. */
export function registerVoxoRoutes(sandbox: VoxoRoutes): void {
	registerAuthRoutes(sandbox);
	registerTenantRoutes(sandbox);
}
