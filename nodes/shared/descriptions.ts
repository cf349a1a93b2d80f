import type { INodeProperties } from 'n8n-workflow';

type Show = NonNullable<NonNullable<INodeProperties['displayOptions']>['show']>;

/** The Return All switch and the Limit every Get Many offers (the paging reads them). */
export function returnAllAndLimit(show: Show): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			displayOptions: { show },
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 50,
			displayOptions: { show: { ...show, returnAll: [false] } },
			description: 'Max number of results to return',
		},
	];
}

/**
 * PortSIP's list options (filter, order, search), passed to the API as they are: one property for
 * every PortSIP list (each copy would be sent to the editor again, and read for every item).
 */
export function portSipListOptions(show: Show): INodeProperties {
	const query = (property: string) => ({ send: { type: 'query' as const, property } });
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show },
		options: [
			{
				displayName: 'Filter',
				name: 'filter',
				type: 'string',
				default: '',
				placeholder: "e.g. enabled eq true and startswith(name,'Main')",
				description: "PortSIP's filter: eq, ne, gt, ge, lt, le, and, or, startswith(), endswith(), contains(); text in single quotes",
				routing: query('filter'),
			},
			{
				displayName: 'Order By',
				name: 'orderby',
				type: 'string',
				default: '',
				placeholder: 'e.g. name asc, created_at desc',
				description: 'Fields, each with asc or desc, separated by commas',
				routing: query('orderby'),
			},
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				placeholder: 'e.g. Main',
				description: 'Only the entries that match this text',
				routing: query('search'),
			},
		],
	};
}

/**
 * The node's subtitle, in the editor's words ("Update: Password Policy", not "update:
 * passwordPolicy"): the operation's and the resource's display names, looked up from the node's
 * own Resource and Operation options.
 */
export function displayNameSubtitle(properties: INodeProperties[]): string {
	const names = (name: string) => {
		const map: Record<string, string> = {};
		for (const property of properties.filter((candidate) => candidate.name === name)) {
			for (const option of (property.options ?? []) as Array<{ name: string; value?: unknown }>) {
				const value = String(option.value);
				map[value] ??= option.name;
			}
		}
		return JSON.stringify(map);
	};
	return `={{ (${names('operation')})[$parameter["operation"]] + ": " + (${names('resource')})[$parameter["resource"]] }}`;
}
