import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult, INodePropertyOptions } from 'n8n-workflow';

import { TENANT_ADMIN_HINTS } from '../../shared/hints';
import { readPortSipList } from '../../shared/list';
import { searchPortSipList } from '../../shared/listSearch';
import { describeHolidayDates } from '../holiday/listSearch';

/** From List of the inbound rule locator: rules by name, with their DID numbers. */
export async function searchInboundRules(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const label = (rule: IDataObject) => `${rule.name as string} (${rule.did_numbers as string})`;
	return await searchPortSipList(this, { url: '/api/inbound_rules', label, hints: TENANT_ADMIN_HINTS }, filter, paginationToken);
}

/** From List of the Trunk locator: the providers (trunks) the tenant may use. */
export async function searchTrunks(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const label = (trunk: IDataObject) => (trunk.hostname ? `${trunk.name as string} (${trunk.hostname as string})` : String(trunk.name));
	return await searchPortSipList(this, { url: '/api/providers', label, hints: TENANT_ADMIN_HINTS }, filter, paginationToken);
}

/** The Holidays multi-select: every holiday of the tenant, by name and dates. */
export async function getHolidays(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const { items } = await readPortSipList(this, { url: '/api/holidays', qs: { orderby: 'name asc' } }, {}, { hints: TENANT_ADMIN_HINTS });
	return items.map((holiday) => ({
		name: `${holiday.name as string} (${describeHolidayDates(holiday)})`,
		value: String(holiday.id),
	}));
}

/** The Inbound Rules multi-select of Holiday → Sync: every rule of the tenant. */
export async function getInboundRules(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const { items } = await readPortSipList(this, { url: '/api/inbound_rules', qs: { orderby: 'name asc' } }, {}, { hints: TENANT_ADMIN_HINTS });
	return items.map((rule) => ({ name: `${rule.name as string} (${rule.did_numbers as string})`, value: String(rule.id) }));
}
