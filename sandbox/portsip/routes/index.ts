import type { PortSipSandbox } from '../index';
import { registerAuthRoutes } from './auth';
import { registerHolidayRoutes } from './holidays';
import { registerTenantRoutes } from './tenant';
import { registerTenantsRoutes } from './tenants';
import { registerUserRoutes } from './users';
import { registerVoicemailRoutes } from './voicemail';

/** Every PortSIP endpoint the sandbox implements; one file per resource. */
export function registerPortSipRoutes(sandbox: PortSipSandbox): void {
	registerAuthRoutes(sandbox);
	registerTenantRoutes(sandbox);
	registerTenantsRoutes(sandbox);
	registerVoicemailRoutes(sandbox);
	registerHolidayRoutes(sandbox);
	registerUserRoutes(sandbox);
}
