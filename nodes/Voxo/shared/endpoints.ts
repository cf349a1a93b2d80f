import type { IHttpRequestMethods } from 'n8n-workflow';

/**
 * VOXO's v2 admin tenants. Create is documented (`POST /v2/admin/tenants/`, with the trailing slash
 * of VOXO's own example); get, list and update follow VOXO's v2 conventions (see the README).
 */
export const TENANTS_PATH = '/v2/admin/tenants';

/**
 * The update method is NOT in the public excerpt of VOXO's Update Tenant page (only its fields are).
 * VOXO's API is built on Feathers, whose REST transport maps PATCH to a partial update and PUT to a
 * replacement of the whole record; the page makes every field optional, which is a partial update.
 * If VOXO answers 404/405, change this one line: the node, the sandbox and the tests follow it.
 */
export const TENANT_UPDATE_METHOD: IHttpRequestMethods = 'PATCH';

/** Records per page asked for by Return All (VOXO's other v2 lists are read 75 to 100 at a time). */
export const TENANTS_PAGE_SIZE = 100;
