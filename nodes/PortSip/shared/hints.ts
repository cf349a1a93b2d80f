/*
 * Advice for a 403 that says which login an operation needs (the PBX answers only "Permission
 * denied"). The resources are named as the editor shows them.
 */

/** The resources that act on the signed-in tenant, as the editor names them. */
const TENANT_RESOURCES = 'Current Tenant, Holiday, Inbound Rule, Password Policy, User and Voicemail Server';

export const TENANT_ADMIN_HINTS = {
	403: `${TENANT_RESOURCES} act on the tenant you are signed in to: each needs a tenant administrator login: in the PortSIP credential, use a tenant administrator's username and password and set Tenant Domain to the tenant's SIP domain. With a system administrator login, choose the tenant to act in under "Tenant".`,
};

export const SYSTEM_ADMIN_HINTS = {
	403: `Tenant (managing tenants) needs a system administrator login: in the PortSIP credential, use a system administrator's username and password and leave Tenant Domain empty. A tenant administrator can only use ${TENANT_RESOURCES}.`,
};
