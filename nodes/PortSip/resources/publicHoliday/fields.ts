/*
 * The calendar fields (country and subdivision) shared by Public Holiday and Holiday → Sync. Their
 * pickers are `loadOptions` methods that need no request: the lists come from the built-in calendars.
 */
import type { ILoadOptionsFunctions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { SUPPORTED_COUNTRIES, subdivisionsOf } from '../../calendars';

type DisplayOptions = INodeProperties['displayOptions'];

/** Countries with a built-in calendar, by name (value: ISO 3166-1 alpha-3). */
export async function calendarCountries(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return [...SUPPORTED_COUNTRIES]
		.sort((a, b) => a.name.localeCompare(b.name))
		.map((country) => ({ name: country.name, value: country.alpha3, description: `${country.alpha2} / ${country.alpha3}` }));
}

/** "Whole country" and the subdivisions of the country chosen in the Country field (ISO 3166-2 codes). */
export async function calendarSubdivisions(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const whole: INodePropertyOptions = { name: 'Whole Country (National Holidays)', value: '' };
	const country = this.getCurrentNodeParameter('country');
	if (typeof country !== 'string' || country === '' || country.startsWith('=')) return [whole];
	try {
		return [whole, ...subdivisionsOf(country).map((sub) => ({ name: sub.name, value: sub.code, description: sub.code }))];
	} catch {
		return [whole]; // an unknown country: the run reports it, naming the field
	}
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
		displayName: 'Subdivision Name or ID',
		name: 'subdivision',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'calendarSubdivisions', loadOptionsDependsOn: ['country'] },
		allowArbitraryValues: true,
		default: '',
		displayOptions,
		// its holidays join the national ones; an expression gives ISO 3166-2 (DE-BY): the README says so
		description: 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	};
}
