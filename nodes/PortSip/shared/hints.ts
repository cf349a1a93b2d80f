/** Advice for a 403 that says which login an operation needs (the PBX answers only "Permission denied"). */
export const TENANT_ADMIN_HINTS = {
	403: "This operation acts on the signed-in tenant and needs a tenant administrator login: in the PortSIP credential, use a tenant administrator's username and password and set Tenant Domain to the tenant's SIP domain. With a system administrator login, choose the tenant to act in under \"Tenant\".",
};

export const SYSTEM_ADMIN_HINTS = {
	403: 'Managing tenants needs a system administrator login: in the PortSIP credential, use a system administrator\'s username and password and leave Tenant Domain empty. A tenant administrator can only use Tenant Settings.',
};
