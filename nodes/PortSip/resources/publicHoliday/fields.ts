/*
 * The calendar fields (country and subdivision) shared by Public Holiday and Holiday → Sync. Their
 * pickers are `loadOptions` methods that need no request: the lists come from the built-in calendars.
 */
import type { ILoadOptionsFunctions, INodeListSearchResult, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { SUPPORTED_COUNTRIES, subdivisionsOf } from '../../calendars';

type DisplayOptions = INodeProperties['displayOptions'];

/** Countries with a built-in calendar, by name (value: ISO 3166-1 alpha-3). */
export async function calendarCountries(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return [...SUPPORTED_COUNTRIES]
		.sort((a, b) => a.name.localeCompare(b.name))
		.map((country) => ({ name: country.name, value: country.alpha3, description: `${country.alpha2} / ${country.alpha3}` }));
}

/**
 * "Whole country" and the subdivisions of the country in the Country field (ISO 3166-2 codes), for
 * the Subdivision picker. A resource locator, not options with `loadOptionsDependsOn`: the editor
 * resolves a depended-on expression strictly, so a Country given as `{{ $json.region }}` with no
 * input data yet broke the list ("Error fetching options"); here such a country resolves to null
 * and the list offers "Whole Country" until the country is known.
 */
export async function searchCalendarSubdivisions(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const whole = { name: 'Whole Country (National Holidays)', value: '' };
	const country = this.getCurrentNodeParameter('country');
	let subdivisions: Array<{ name: string; value: string }> = [];
	if (typeof country === 'string' && country !== '' && !country.startsWith('=')) {
		try {
			subdivisions = subdivisionsOf(country).map((sub) => ({ name: `${sub.name} (${sub.code})`, value: sub.code }));
		} catch {
			// an unknown country: the run reports it, naming the field
		}
	}
	const wanted = (filter ?? '').trim().toLowerCase();
	const results = [whole, ...subdivisions].filter((entry) => wanted === '' || entry.name.toLowerCase().includes(wanted));
	return { results };
}

export function calendarCountryField(displayOptions: DisplayOptions): INodeProperties {
	return {
		displayName: 'Country Name or ID',
		name: 'country',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'calendarCountries' },
		// an expression giving alpha-2 (DE) shows no issue in the editor: the node converts it
		allowArbitraryValues: true,
		default: 'USA',
		displayOptions,
		// an expression may give alpha-2 or alpha-3 (DE, DEU): the README says so
		description: 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	};
}

export function calendarSubdivisionField(displayOptions: DisplayOptions): INodeProperties {
	return {
		displayName: 'Subdivision',
		name: 'subdivision',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		displayOptions,
		description: 'Its holidays join the national ones; empty: the national holidays only',
		modes: [
			{ displayName: 'From List', name: 'list', type: 'list', typeOptions: { searchListMethod: 'searchCalendarSubdivisions', searchable: true } },
			{ displayName: 'By Code', name: 'code', type: 'string', placeholder: 'e.g. DE-BY', hint: 'ISO 3166-2 code, such as DE-BY or GB-SCT' },
		],
	};
}
