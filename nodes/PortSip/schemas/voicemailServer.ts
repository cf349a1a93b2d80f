import { z } from 'zod';

import { field, fieldShape } from '../../shared/field';
import { atLeastOneField, text, wholeNumber } from '../../shared/validation';

/** The fields of POST /api/voicemail (v22.2 spec: every field optional), as the node shows them. */
export const voicemailServerFields = [
	field(
		'extension_number',
		{
			displayName: 'Extension Number',
			type: 'string',
			default: '',
			placeholder: '999',
			description: '3 to 64 digits',
		},
		text({ min: 3, max: 64, pattern: /^[0-9]{3,64}$/, rule: 'must be 3 to 64 digits' }),
	),
	field(
		'min_seconds',
		{
			displayName: 'Minimum Length (Seconds)',
			type: 'number',
			default: 1,
			description: 'Shorter messages are not saved',
		},
		wholeNumber({ min: 0 }),
	),
	field(
		'retain_days',
		{
			displayName: 'Retention (Days)',
			type: 'number',
			default: 30,
			description: 'Days a voicemail is kept',
		},
		wholeNumber({ min: 0 }),
	),
];

/** Body of POST /api/voicemail. */
export const voicemailServerSchema = atLeastOneField(z.object(fieldShape(voicemailServerFields)).partial().strict());
