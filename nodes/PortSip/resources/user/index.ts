import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	INodeExecutionData,
	INodeListSearchResult,
	INodeProperties,
} from 'n8n-workflow';

import { fieldProperties } from '../../../shared/field';
import { sendValidatedBody } from '../../../shared/routing';
import { maskSecrets } from '../../../shared/secrets';
import { validateBody } from '../../../shared/validation';
import { USER_SECRET_PATHS, userBody, userCreateSchema, userIdSchema, userOptionalFields, userRequiredFields, userUpdateFields, userUpdateSchema } from '../../schemas/user';
import { TENANT_ADMIN_HINTS } from '../../shared/hints';
import { listLocator } from '../../shared/locator';
import { searchPortSipList } from '../../shared/listSearch';
import { createdItemPath, portSipRouting } from '../../shared/operation';
import { userCreateInput } from './fields';

const showOnlyForUser = { resource: ['user'] };
const show = (operation: string[]) => ({ ...showOnlyForUser, operation });

const maskUserSecrets = maskSecrets(USER_SECRET_PATHS);

/** The chosen user's ID, checked (an empty ID would turn a Get into a list). */
function userIdOf(context: IExecuteSingleFunctions): string {
	const userId = context.getNodeParameter('userId', undefined, { extractValue: true });
	return validateBody(context.getNode(), userIdSchema, { userId }, context.getItemIndex()).userId;
}

/** preSend: the chosen user's ID in place of `{id}`. */
async function userUrl(this: IExecuteSingleFunctions, options: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	return { ...options, url: (options.url ?? '').replace('{id}', encodeURIComponent(userIdOf(this))) };
}

function chosenUserPath(this: IExecuteSingleFunctions): string {
	return `/api/users/${encodeURIComponent(userIdOf(this))}`;
}

async function userDeleted(this: IExecuteSingleFunctions): Promise<INodeExecutionData[]> {
	return [{ json: { deleted: true, id: userIdOf(this) } }];
}

const buildUserCreateBody = sendValidatedBody(userCreateSchema, function (this: IExecuteSingleFunctions) {
	return userCreateInput(this);
});

const buildUserUpdateBody = sendValidatedBody(userUpdateSchema, function (this: IExecuteSingleFunctions) {
	return userBody(this.getNodeParameter('updateFields', {}) as IDataObject);
});

/** From List: the tenant's users by name and extension, searched by the API. */
export async function searchUsers(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const label = (user: IDataObject) => `${String(user.display_name || user.name)} (${String(user.extension_number ?? user.name)})`;
	return await searchPortSipList(this, { url: '/api/users', label, hints: TENANT_ADMIN_HINTS }, filter, paginationToken);
}

export const userDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForUser },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a user',
				description: 'Create a user with an extension',
				routing: portSipRouting({
					method: 'POST',
					url: '/api/users',
					preSend: [buildUserCreateBody],
					readBack: createdItemPath('/api/users'),
					output: [maskUserSecrets],
					hints: TENANT_ADMIN_HINTS,
				}),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a user',
				description: 'Delete a user and its extension',
				routing: portSipRouting({
					method: 'POST',
					deletes: { goneStatuses: [404] },
					url: '/api/users/{id}/destroy',
					preSend: [userUrl],
					output: [userDeleted],
					hints: TENANT_ADMIN_HINTS,
				}),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a user',
				description: 'Get a user by ID',
				routing: portSipRouting({
					method: 'GET',
					url: '/api/users/{id}',
					preSend: [userUrl],
					output: [maskUserSecrets],
					hints: TENANT_ADMIN_HINTS,
				}),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many users',
				description: "Get the tenant's users (in the API's summary form)",
				routing: portSipRouting({ method: 'GET', url: '/api/users', paginate: true, hints: TENANT_ADMIN_HINTS }),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a user',
				description: 'Update a user',
				routing: portSipRouting({
					method: 'POST',
					idempotent: true,
					url: '/api/users/{id}',
					preSend: [buildUserUpdateBody, userUrl],
					readBack: chosenUserPath,
					output: [maskUserSecrets],
					hints: TENANT_ADMIN_HINTS,
				}),
			},
		],
		default: 'get',
	},
	{
		name: 'userId',
		...listLocator(
			{ displayName: 'User', description: 'The user to act on', required: true, displayOptions: { show: show(['get', 'update', 'delete']) } },
			{ method: 'searchUsers', placeholder: 'Select a user...' },
		),
	},
	...userRequiredFields.map(({ property }) => ({ ...property, required: true, displayOptions: { show: show(['create']) } })),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: show(['create']) },
		options: fieldProperties(userOptionalFields),
	},
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: show(['update']) },
		options: fieldProperties(userUpdateFields),
	},
];
