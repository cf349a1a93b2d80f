import type { IDataObject } from 'n8n-workflow';
import { z } from 'zod';

import { field, fieldShape, fieldsToApi, type Field } from '../../shared/field';
import { atLeastOneField, text } from '../../shared/validation';

/** Roles of the whole PBX: not for a user of a tenant (v22.2 spec, `role`). */
const SYSTEM_ROLES = ['SystemAdmin', 'Replicator', 'Dealer'];
/** The spec: "admin, system, administrator and root are reserved names for system admin only with case ignored". */
const RESERVED_NAMES = ['admin', 'system', 'administrator', 'root'];

/** Passwords and PINs read as ******** in the output unless Include Secrets is on. */
export const USER_SECRET_PATHS = ['password', 'extension_password', 'voicemail_pin'] as const;

const userNameRule = text({
	min: 1,
	max: 64,
	pattern: /^[A-Za-z0-9_'-]([A-Za-z0-9_'.-]*[A-Za-z0-9_'-])?$/,
	rule: "may hold only letters, digits, _ - ' and . (not first or last)",
}).refine((name) => !RESERVED_NAMES.includes(String(name).toLowerCase()), {
	message: `must not be one of ${RESERVED_NAMES.join(', ')} (reserved for the system administrator)`,
});

const email = text({ min: 1, max: 128, pattern: /^[^\s@]+@[^\s@]+$/, rule: 'must be an email address' });

const role = text({ min: 1, max: 64 }).refine((value) => !SYSTEM_ROLES.includes(String(value)), {
	message: `must be a role of a tenant user (Admin, StandardUser, StandardInternationalUser, QueueManager or a custom role), not ${SYSTEM_ROLES.join(', ')}`,
});

/** The spec's PIN policy: 6 to 10 digits, no digit three times in a row, no three ascending digits. */
const voicemailPin = text({ pattern: /^\d{6,10}$/, rule: 'must be 6 to 10 digits' }).refine(
	(pin) => {
		const digits = String(pin).split('').map(Number);
		return !digits.some((digit, index) => index >= 2 && ((digits[index - 2] === digit && digits[index - 1] === digit) || (digits[index - 2] + 2 === digit && digits[index - 1] + 1 === digit)));
	},
	{ message: 'must not repeat a digit three times ("111") or hold three ascending digits ("123")' },
);

const string = (api: string, displayName: string, rule: z.ZodTypeAny, description?: string, placeholder?: string) =>
	field(api, { displayName, type: 'string', default: '', ...(placeholder ? { placeholder } : {}), ...(description ? { description } : {}) }, rule);

const secret = (api: string, displayName: string, rule: z.ZodTypeAny, description: string) =>
	field(api, { displayName, type: 'string', typeOptions: { password: true }, default: '', description }, rule);

const switchField = (api: string, displayName: string, fallback: boolean, description: string) =>
	field(api, { displayName, type: 'boolean', default: fallback, description });

const displayName = string('display_name', 'Display Name', text({ max: 1024 }), 'The name others see', 'Jane Doe');
const emailField = string('email', 'Email', email, undefined, 'name@email.com');
const pinField = secret('voicemail_pin', 'Voicemail PIN', voicemailPin, '6 to 10 digits, no "111", no "123"');

const userName = string('name', 'Name', userNameRule, "Sign-in name: letters, digits, _ - ' and .", 'jane.doe');

/** The fields the spec requires on create, in the order a builder fills them (top-level parameters on User → Create). */
export const userRequiredFields: Field[] = [
	userName,
	displayName,
	emailField,
	secret('password', 'Password', text({ min: 1 }), "For the web portal and apps (the tenant's password policy applies)"),
	field(
		'role',
		{
			displayName: 'Role',
			type: 'options',
			options: [
				{ name: 'Admin', value: 'Admin' },
				{ name: 'Queue Manager', value: 'QueueManager' },
				{ name: 'Standard International User', value: 'StandardInternationalUser', description: 'May also call abroad' },
				{ name: 'Standard User', value: 'StandardUser' },
			],
			// an expression (a CSV's role column, a custom role's name) shows no issue in the editor; checked before sending
			allowArbitraryValues: true,
			default: 'StandardUser',
			description: 'An expression may give a custom role',
		},
		role,
	),
	string('extension_number', 'Extension Number', text({ pattern: /^\d{3,64}$/, rule: 'must be 3 to 64 digits' }), '3 to 64 digits', '101'),
	secret('extension_password', 'Extension Password', text({ min: 1 }), 'For phones and apps to register the extension'),
	pinField,
];

const phone = (api: string, displayName: string) => string(api, displayName, text({ max: 32 }));

/** Optional on create (Additional Fields) and on update. */
export const userOptionalFields: Field[] = [
	string('address', 'Address', text({ max: 128 })),
	string('department', 'Department', text({ max: 128 })),
	switchField('enable_audio_recording', 'Enable Audio Recording', false, 'Whether all their calls are recorded'),
	switchField('enable_hot_desking', 'Enable Hot Desking', false, 'Whether the user may sign in on shared phones'),
	switchField('enable_video_recording', 'Enable Video Recording', false, 'Whether all their video calls are recorded'),
	switchField('enable_voicemail_notify', 'Enable Voicemail Notify', false, 'Whether new voicemail is emailed to the user'),
	switchField('enable_voicemail_pin', 'Enable Voicemail PIN', true, 'Whether the PIN is asked for to listen to voicemail'),
	switchField('enabled', 'Enabled', true, 'Whether the user and extension are active'),
	phone('home_phone', 'Home Phone'),
	phone('mobile_phone', 'Mobile Phone'),
	phone('work_phone', 'Work Phone'),
];

/** What POST /api/users/{id} may change (the spec's update body, the fields the node offers). */
export const userUpdateFields: Field[] = [...userOptionalFields, displayName, emailField, pinField];

/** The node's user parameters → the API's body. */
export function userBody(values: IDataObject): IDataObject {
	return fieldsToApi([...userRequiredFields, ...userOptionalFields], values);
}

/** Body of POST /api/users (v22.2 spec: the first eight are required). */
export const userCreateSchema = z
	.object(fieldShape([...userRequiredFields, ...userOptionalFields]))
	.partial()
	.required(Object.fromEntries(userRequiredFields.map((entry) => [entry.api, true])) as Record<string, true>)
	.strict();

/** Body of POST /api/users/{id}: only the fields set, at least one. */
export const userUpdateSchema = atLeastOneField(z.object(fieldShape(userUpdateFields)).partial().strict());

export const userIdSchema = z
	.object({ userId: z.preprocess((value) => (typeof value === 'string' ? value.trim() : value), text({ min: 1 })).describe('User') })
	.strict();
