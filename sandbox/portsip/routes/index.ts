import type { PortSipSandbox } from '../index';
import { registerAuthRoutes } from './auth';
import { registerHolidayRoutes } from './holidays';
import { registerVoicemailRoutes } from './voicemail';

/** Every PortSIP endpoint the sandbox implements; one file per resource. */
export function registerPortSipRoutes(sandbox: PortSipSandbox): void {
	registerAuthRoutes(sandbox);
	registerVoicemailRoutes(sandbox);
	registerHolidayRoutes(sandbox);
}
