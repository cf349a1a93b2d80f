import { z } from 'zod';

import { atLeastOneField, text, wholeNumber } from '../../shared/validation';

/** Body of POST /api/voicemail (v22.2 spec: every field optional). */
export const voicemailServerSchema = atLeastOneField(
	z
		.object({
			extension_number: text({ min: 3, max: 64, pattern: /^[0-9]{3,64}$/, rule: 'must be 3 to 64 digits' }),
			retain_days: wholeNumber({ min: 0 }),
			min_seconds: wholeNumber({ min: 0 }),
		})
		.partial()
		.strict(),
);
