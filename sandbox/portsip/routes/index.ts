import type { PortSipRoutes } from '../api';
import { registerAuthRoutes } from './auth';
import { registerHolidayRoutes } from './holidays';
import { registerInboundRuleRoutes } from './inboundRules';
import { registerTenantRoutes } from './tenant';
import { registerTenantsRoutes } from './tenants';
import { registerUserRoutes } from './users';
import { registerVoicemailRoutes } from './voicemail';

/** Every PortSIP endpoint the sandbox implements; one file per resource. */
export function registerPortSipRoutes(sandbox: PortSipRoutes): void {
	registerAuthRoutes(sandbox);
	registerTenantRoutes(sandbox);
	registerTenantsRoutes(sandbox);
	registerVoicemailRoutes(sandbox);
	registerHolidayRoutes(sandbox);
	registerInboundRuleRoutes(sandbox);
	registerUserRoutes(sandbox);
}
