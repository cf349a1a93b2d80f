import type { INodePropertyOptions } from 'n8n-workflow';

import { COUNTRIES, CURRENCIES } from './iso';

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

/** IANA time zones known to the runtime n8n runs on. */
export function timeZoneNames(): string[] {
	const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
	const zones = intl.supportedValuesOf ? intl.supportedValuesOf('timeZone') : [];
	return zones.includes('UTC') ? zones : ['UTC', ...zones];
}

export const timeZoneOptions: INodePropertyOptions[] = timeZoneNames().map((zone) => ({ name: zone, value: zone }));
