import type { VoxoSandbox } from '../index';
import { registerAuthRoutes } from './auth';
import { registerTenantRoutes } from './tenants';

/** Every VOXO endpoint the sandbox implements; one file per resource. */
export function registerVoxoRoutes(sandbox: VoxoSandbox): void {
	registerAuthRoutes(sandbox);
	registerTenantRoutes(sandbox);
}
