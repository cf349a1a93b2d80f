import type { IDataObject } from 'n8n-workflow';

/** What a secret is replaced with in output, unless "Include Secrets" is on. */
export const SECRET_MASK = '********';

/**
 * A copy of `record` with the named fields masked. Empty or null fields stay as they are: they hide
 * nothing, and they tell the builder that no secret is set.
 */
export function maskSecrets(record: IDataObject, fields: readonly string[]): IDataObject {
	const masked: IDataObject = { ...record };
	for (const field of fields) {
		const value = masked[field];
		if (value !== undefined && value !== null && value !== '') masked[field] = SECRET_MASK;
	}
	return masked;
}
