import type { INodeProperties } from 'n8n-workflow';

/** A resource locator: From List (a listSearch method over a PortSIP list) or By ID. */
export function listLocator(
	property: Pick<INodeProperties, 'displayName' | 'description'> & Partial<Pick<INodeProperties, 'name' | 'required' | 'displayOptions'>>,
	list: { method: string; placeholder: string },
): Omit<INodeProperties, 'name'> & { name?: string } {
	return {
		...property,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: list.placeholder,
				typeOptions: { searchListMethod: list.method, searchable: true },
			},
			{ displayName: 'By ID', name: 'id', type: 'string', placeholder: 'e.g. NzAwNTUxOTA5NzczMTQ4MTYw' },
		],
	};
}
