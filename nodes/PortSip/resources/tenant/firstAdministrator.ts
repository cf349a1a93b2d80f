/**
 * Tenant → Create → First Administrator: POST /api/tenants creates a tenant with no user, so the
 * node then creates its administrator (role Admin) acting in the new tenant (tenantSession.ts).
 */
import { NodeApiError } from 'n8n-workflow';
import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { z } from 'zod';

import { portSipProfile } from '../../../shared/errors';
import { maskPaths } from '../../../shared/secrets';
import { responseError } from '../../../shared/transport';
import { validateBody } from '../../../shared/validation';
import { fieldProperties } from '../../../shared/field';
import { USER_SECRET_PATHS, userBody, userCreateSchema, userOptionalFields, userRequiredFields } from '../../schemas/user';
import { sendInTenant } from '../../shared/tenantSession';

export const firstAdministratorProperty: INodeProperties = {
	displayName: 'First Administrator',
	name: 'firstAdministrator',
	type: 'collection',
	placeholder: 'Add Administrator Field',
	default: {},
	displayOptions: { show: { resource: ['tenant'], operation: ['create'] } },
	description: 'Created (role Admin) in the new tenant right after it; needs all but Display Name, Department and Mobile Phone',
	// the user's fields (schemas/user.ts) but the role, which is Admin
	options: fieldProperties([
		...userRequiredFields.filter((entry) => entry.api !== 'role'),
		...userOptionalFields.filter((entry) => ['department', 'mobile_phone'].includes(entry.api)),
	]).map((property) => (property.name === 'extensionNumber' ? { ...property, default: '100' } : property)),
};

const firstAdministratorSchema = z.object({ first_administrator: userCreateSchema.describe('First Administrator') }).strict();

/** The administrator's create body, checked; undefined when none is asked for. */
function firstAdministratorBody(context: IExecuteSingleFunctions): IDataObject | undefined {
	const fields = context.getNodeParameter('firstAdministrator', {}) as IDataObject;
	if (Object.keys(fields).length === 0) return undefined;
	const body = { ...userBody(fields), role: 'Admin' } as IDataObject;
	if (body.display_name === undefined || body.display_name === '') body.display_name = body.name;
	return validateBody(context.getNode(), firstAdministratorSchema, { first_administrator: body }, context.getItemIndex()).first_administrator;
}

/** preSend: the administrator's fields are checked before the tenant is created. */
export async function checkFirstAdministrator(this: IExecuteSingleFunctions, options: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	firstAdministratorBody(this);
	return options;
}

/** postReceive after the read-back of the new tenant: create the administrator in it, and add it to the output. */
export async function createFirstAdministrator(this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const body = firstAdministratorBody(this);
	if (!body) return items;
	const tenant = items[0].json;
	const tenantId = String(tenant.id);
	const itemIndex = this.getItemIndex();
	const fail = (response: { statusCode: number; body: unknown }, what: string) => {
		const error = responseError(this.getNode(), portSipProfile, response, { itemIndex, method: 'POST', url: '/api/users' });
		const description = `The tenant ${String(tenant.name)} (ID ${tenantId}) was created; only ${what} failed, so do not run Create again: create the administrator with User → Create, Tenant = ${tenantId}. ${error.description ?? ''}`;
		return new NodeApiError(this.getNode(), { message: error.message }, { message: error.message, description: description.trim(), itemIndex, httpCode: String(response.statusCode) });
	};
	const created = await sendInTenant(this, tenantId, { method: 'POST', url: '/api/users', body }, itemIndex);
	if (created.statusCode >= 400) throw fail(created, 'creating its first administrator');
	const userId = String((created.body as IDataObject | undefined)?.id ?? '');
	const readBack = await sendInTenant(this, tenantId, { method: 'GET', url: `/api/users/${encodeURIComponent(userId)}` }, itemIndex);
	if (readBack.statusCode >= 400) throw fail(readBack, `reading its new administrator (ID ${userId}) back`);
	const administrator = maskPaths(readBack.body as IDataObject, USER_SECRET_PATHS);
	return [{ ...items[0], json: { ...tenant, firstAdministrator: administrator } }];
}
