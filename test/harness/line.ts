/**
 * The n8n line the engine tests run on: 2 (n8n-core/n8n-workflow as installed) or 1 (the 1.x
 * packages n8n 1.123.81 ships, mapped in by jest.config.js's "n8n 1.x" project).
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const N8N_MAJOR = Number((require('n8n-workflow/package.json') as { version: string }).version.split('.')[0]);

/**
 * n8n 2.x keeps the original error of a failed request (`cause`), with the answer's headers;
 * n8n 1.x drops it, so a Retry-After is unknown there and the backoff applies.
 */
export const KEEPS_ANSWER_HEADERS = N8N_MAJOR >= 2;
