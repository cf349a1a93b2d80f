import { z } from 'zod';

import { atLeastOneField, text, yesNo } from '../../shared/validation';

/** Roles of the whole PBX: not for a user of a tenant (v22.2 spec, `role`). */
const SYSTEM_ROLES = ['SystemAdmin', 'Replicator', 'Dealer'];
/** The spec: "admin, system, administrator and root are reserved names for system admin only with case ignored". */
const RESERVED_NAMES = ['admin', 'system', 'administrator', 'root'];

/** Passwords and PINs read as ******** in the output unless Include Secrets is on. */
export const USER_SECRET_PATHS = ['password', 'extension_password', 'voicemail_pin'] as const;

const userName = text({
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

/** What POST /api/users/{id} may change (the spec's update body, the fields the node offers). */
const changeable = {
	display_name: text({ max: 1024 }),
	email,
	enabled: yesNo(),
	mobile_phone: text({ max: 32 }),
	work_phone: text({ max: 32 }),
	home_phone: text({ max: 32 }),
	address: text({ max: 128 }),
	department: text({ max: 128 }),
	voicemail_pin: voicemailPin,
	enable_voicemail_pin: yesNo(),
	enable_voicemail_notify: yesNo(),
	enable_audio_recording: yesNo(),
	enable_video_recording: yesNo(),
	enable_hot_desking: yesNo(),
};

/** Body of POST /api/users (v22.2 spec: the first eight are required). */
export const userCreateSchema = z
	.object({
		name: userName,
		display_name: text({ max: 1024 }),
		email,
		password: text({ min: 1 }),
		role,
		extension_number: text({ pattern: /^\d{3,64}$/, rule: 'must be 3 to 64 digits' }),
		extension_password: text({ min: 1 }),
		voicemail_pin: voicemailPin,
		...Object.fromEntries(Object.entries(changeable).map(([name, schema]) => [name, schema.optional()])),
	})
	.strict();

/** Body of POST /api/users/{id}: only the fields set, at least one. */
export const userUpdateSchema = atLeastOneField(z.object(changeable).partial().strict());

export const userIdSchema = z
	.object({ userId: z.preprocess((value) => (typeof value === 'string' ? value.trim() : value), text({ min: 1 })) })
	.strict();
