// Turkey: the national and religious holidays of Law 2429. The Ramadan and Sacrifice Feasts follow the
// Hijri calendar as the Presidency of Religious Affairs announces it, so this calendar covers only the
// years of the published dates it holds (2024-2026); other years are an error. The afternoons before
// the feasts and of 28 October are half days and not included.
import { CountryDefinition, fixed, h, oneOff } from '../rules';

const feast = (key: string, name: string, localName: string, year: number, month: number, day: number, days: number) =>
	oneOff(h(`${key}-${year}`, name, localName), year, month, day, { days });

export const TUR: CountryDefinition = {
	alpha2: 'TR',
	alpha3: 'TUR',
	name: 'Turkey',
	observedLocalSuffix: '',
	years: { from: 2024, until: 2026, why: 'the Ramadan and Sacrifice Feast dates are taken from the Diyanet calendar for 2024 to 2026' },
	rules: [
		fixed(h('new-years-day', "New Year's Day", 'Yılbaşı'), 1, 1),
		fixed(h('national-sovereignty-day', "National Sovereignty and Children's Day", 'Ulusal Egemenlik ve Çocuk Bayramı'), 4, 23),
		fixed(h('labour-day', 'Labour and Solidarity Day', 'Emek ve Dayanışma Günü'), 5, 1),
		fixed(h('youth-day', 'Commemoration of Atatürk, Youth and Sports Day', 'Atatürk’ü Anma, Gençlik ve Spor Bayramı'), 5, 19),
		fixed(h('democracy-day', 'Democracy and National Unity Day', 'Demokrasi ve Millî Birlik Günü'), 7, 15),
		fixed(h('victory-day', 'Victory Day', 'Zafer Bayramı'), 8, 30),
		fixed(h('republic-day', 'Republic Day', 'Cumhuriyet Bayramı'), 10, 29),
		feast('ramadan-feast', 'Ramadan Feast', 'Ramazan Bayramı', 2024, 4, 10, 3),
		feast('sacrifice-feast', 'Sacrifice Feast', 'Kurban Bayramı', 2024, 6, 16, 4),
		feast('ramadan-feast', 'Ramadan Feast', 'Ramazan Bayramı', 2025, 3, 30, 3),
		feast('sacrifice-feast', 'Sacrifice Feast', 'Kurban Bayramı', 2025, 6, 6, 4),
		feast('ramadan-feast', 'Ramadan Feast', 'Ramazan Bayramı', 2026, 3, 20, 3),
		feast('sacrifice-feast', 'Sacrifice Feast', 'Kurban Bayramı', 2026, 5, 27, 4),
	],
};
