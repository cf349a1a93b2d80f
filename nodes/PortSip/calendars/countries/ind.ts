// India: the three national holidays (Republic Day, Independence Day, Gandhi Jayanti), observed in
// every state; the many gazetted/restricted and state holidays are not included. Local names in Hindi.
import { CountryDefinition, fixed, h } from '../rules';

export const IND: CountryDefinition = {
	alpha2: 'IN',
	alpha3: 'IND',
	name: 'India',
	observedLocalSuffix: '(observed)',
	rules: [
		fixed(h('republic-day', 'Republic Day', 'गणतंत्र दिवस'), 1, 26),
		fixed(h('independence-day', 'Independence Day', 'स्वतंत्रता दिवस'), 8, 15),
		fixed(h('gandhi-jayanti', 'Gandhi Jayanti', 'गांधी जयंती'), 10, 2),
	],
};
