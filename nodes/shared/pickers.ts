import type { ILoadOptionsFunctions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { COUNTRIES, CURRENCIES } from './iso';
import { TIME_ZONES } from './timeZones';

/*
 * Long lists (countries, currencies, time zones) are served by `methods.loadOptions` from lists
 * shipped in the package, with no request: the node description (which n8n sends to the editor)
 * carries each list once, not once per field. `allowArbitraryValues` tells the editor that a value
 * outside the list (an expression giving `DE` where the list has `DEU`) is no issue: the node
 * checks and converts it when it runs.
 */

/** Country picker: shown by name, sent as ISO 3166-1 alpha-3 (as PortSIP's `region` wants). */
export const countryOptions: INodePropertyOptions[] = COUNTRIES.map(([alpha2, alpha3, name]) => ({
	name: `${name} (${alpha3})`,
	value: alpha3,
	description: `${alpha2} / ${alpha3}`,
}));

/** Currency picker: ISO 4217. */
export const currencyOptions: INodePropertyOptions[] = CURRENCIES.map(([code, name]) => ({
	name: `${code} — ${name}`,
	value: code,
}));

/** IANA time zones shipped with the package (the same on every Node version). */
export function timeZoneNames(): string[] {
	return [...TIME_ZONES];
}

export const timeZoneOptions: INodePropertyOptions[] = TIME_ZONES.map((zone) => ({ name: zone, value: zone }));

const ANY_REGION: INodePropertyOptions = { name: 'Any Region', value: 'any' };

/** The node's `methods.loadOptions`: static lists, no request, no credential needed. */
export const pickerLists = {
	async getCountries(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		return countryOptions;
	},
	async getCountriesOrAny(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		return [ANY_REGION, ...countryOptions];
	},
	async getCurrencies(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		return currencyOptions;
	},
	async getTimeZones(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		return timeZoneOptions;
	},
};

export type PickerList = keyof typeof pickerLists;

/**
 * What a property needs to show one of these lists (spread into the property): an options field
 * whose options come from `list`. Its default may be a value of the list (the list is fixed).
 */
export function pickerOf(list: PickerList): Pick<INodeProperties, 'type' | 'typeOptions' | 'allowArbitraryValues'> {
	return { type: 'options', typeOptions: { loadOptionsMethod: list }, allowArbitraryValues: true };
}
