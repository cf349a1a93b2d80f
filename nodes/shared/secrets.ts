import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

/** What a secret reads as in the output when "Include Secrets" is off. */
export const SECRET_MASK = '********';

/**
 * Replaces the values at `paths` (dotted, e.g. `cdr_event.password`) with SECRET_MASK. Empty
 * values stay empty, so one can still see whether a secret is set. Returns a copy.
 */
export function maskPaths(data: IDataObject, paths: readonly string[]): IDataObject {
	const copy = JSON.parse(JSON.stringify(data)) as IDataObject;
	for (const path of paths) {
		const names = path.split('.');
		const last = names.pop() as string;
		let parent: unknown = copy;
		for (const name of names) parent = (parent as IDataObject | undefined)?.[name];
		if (!parent || typeof parent !== 'object') continue;
		const value = (parent as IDataObject)[last];
		if (value !== undefined && value !== null && value !== '') (parent as IDataObject)[last] = SECRET_MASK;
	}
	return copy;
}

/**
 * Output step (apiRouting `output`) that masks the secrets in every output item unless the boolean parameter
 * `includeSecretsParameter` (a dotted path such as `options.includeSecrets` works too) is on.
 */
export function maskSecrets(paths: readonly string[], includeSecretsParameter = 'includeSecrets') {
	return async function (
		this: IExecuteSingleFunctions,
		items: INodeExecutionData[],
	): Promise<INodeExecutionData[]> {
		if (this.getNodeParameter(includeSecretsParameter, false) === true) return items;
		return items.map((item) => ({ ...item, json: maskPaths(item.json, paths) }));
	};
}

/** The "Include Secrets" switch; `secrets` names what it reveals, as a person reads it. */
export function includeSecretsProperty(
	secrets: string,
	show: NonNullable<INodeProperties['displayOptions']>['show'],
): INodeProperties {
	return {
		displayName: 'Include Secrets',
		name: 'includeSecrets',
		type: 'boolean',
		default: false,
		displayOptions: { show },
		description: `Whether to show ${secrets} in the output (off: ${SECRET_MASK}, kept out of logs and later nodes)`,
	};
}
