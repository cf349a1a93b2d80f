import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { toApiFields } from '../../shared/fields';

type Show = NonNullable<NonNullable<INodeProperties['displayOptions']>['show']>;

const string = (displayName: string, name: string, description: string, placeholder = ''): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	...(placeholder ? { placeholder } : {}),
	description,
});

const secret = (displayName: string, name: string, description: string): INodeProperties => ({
	...string(displayName, name, description),
	typeOptions: { password: true },
});

/** Fields a user is created with that the spec requires (top level, in the order a builder fills them). */
export function userRequiredFields(show: Show): INodeProperties[] {
	const fields: INodeProperties[] = [
		string('Name', 'name', "The user's account name (sign-in name): letters, digits, _ - ' and .", 'jane.doe'),
		string('Display Name', 'displayName', 'The name others see', 'Jane Doe'),
		{ ...string('Email', 'email', "The user's email address", 'name@email.com'), placeholder: 'name@email.com' },
		secret('Password', 'password', "The user's password for the web portal and apps (the tenant's password policy applies)"),
		{
			displayName: 'Role',
			name: 'role',
			type: 'options',
			options: [
				{ name: 'Admin', value: 'Admin', description: 'Administrator of the tenant: all tenant-wide permissions' },
				{ name: 'Queue Manager', value: 'QueueManager', description: 'Manages call queues' },
				{ name: 'Standard International User', value: 'StandardInternationalUser', description: 'A user who may also call abroad' },
				{ name: 'Standard User', value: 'StandardUser', description: 'A user with user-wide permissions' },
			],
			// an expression (a CSV's role column, a custom role's name) shows no issue in the editor; checked before sending
			allowArbitraryValues: true,
			default: 'StandardUser',
			description: 'The built-in role; an expression may give the name of a custom role',
		},
		string('Extension Number', 'extensionNumber', "The user's extension: 3 to 64 digits", '101'),
		secret('Extension Password', 'extensionPassword', 'The password phones and apps register the extension with'),
		secret('Voicemail PIN', 'voicemailPin', '6 to 10 digits, no digit three times in a row ("111") and no three ascending digits ("123")'),
	];
	return fields.map((field) => ({ ...field, required: true, displayOptions: { show } }));
}

/** Optional fields, on Create (Additional Fields) and Update (Update Fields). */
export function userOptionalFields(forUpdate: boolean): INodeProperties[] {
	return [
		string('Address', 'address', 'Postal address, up to 128 characters'),
		string('Department', 'department', 'Up to 128 characters'),
		...(forUpdate
			? [
					string('Display Name', 'displayName', 'The name others see'),
					{ ...string('Email', 'email', "The user's email address"), placeholder: 'name@email.com' },
				]
			: []),
		{ displayName: 'Enable Audio Recording', name: 'enableAudioRecording', type: 'boolean', default: false, description: 'Whether all calls of the user are recorded (audio)' },
		{ displayName: 'Enable Hot Desking', name: 'enableHotDesking', type: 'boolean', default: false, description: 'Whether the user may sign in on shared phones' },
		{ displayName: 'Enable Video Recording', name: 'enableVideoRecording', type: 'boolean', default: false, description: 'Whether all calls of the user are recorded (video)' },
		{ displayName: 'Enable Voicemail Notify', name: 'enableVoicemailNotify', type: 'boolean', default: false, description: 'Whether new voicemail is emailed to the user' },
		{ displayName: 'Enable Voicemail PIN', name: 'enableVoicemailPin', type: 'boolean', default: true, description: 'Whether the PIN is asked for to listen to voicemail' },
		{ displayName: 'Enabled', name: 'enabled', type: 'boolean', default: true, description: 'Whether the user and extension are active (off: temporarily disabled)' },
		string('Home Phone', 'homePhone', 'Up to 32 characters'),
		string('Mobile Phone', 'mobilePhone', 'Up to 32 characters'),
		...(forUpdate ? [secret('Voicemail PIN', 'voicemailPin', '6 to 10 digits, no digit three times in a row and no three ascending digits')] : []),
		string('Work Phone', 'workPhone', 'Up to 32 characters'),
	];
}

const REQUIRED = ['name', 'displayName', 'email', 'password', 'role', 'extensionNumber', 'extensionPassword', 'voicemailPin'];

/** The create body from this item's parameters (checked by userCreateSchema before sending). */
export function userCreateInput(context: IExecuteSingleFunctions): IDataObject {
	const fields: IDataObject = {};
	for (const name of REQUIRED) fields[name] = context.getNodeParameter(name, '');
	return toApiFields({ ...fields, ...(context.getNodeParameter('additionalFields', {}) as IDataObject) });
}
