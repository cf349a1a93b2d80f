// Brazil: the national holidays (feriados nacionais) of Lei 662/1949, Lei 6.802/1980 and
// Lei 14.759/2023, plus Good Friday, which the federal government's yearly list treats as a
// national holiday. Carnival and Corpus Christi are optional days (pontos facultativos), not holidays.
import { CountryDefinition, easter, fixed, h } from '../rules';

export const BRA: CountryDefinition = {
	alpha2: 'BR',
	alpha3: 'BRA',
	name: 'Brazil',
	observedLocalSuffix: '(observado)',
	rules: [
		fixed(h('new-years-day', "New Year's Day", 'Confraternização Universal'), 1, 1),
		easter(h('good-friday', 'Good Friday', 'Sexta-feira Santa'), -2),
		fixed(h('tiradentes-day', "Tiradentes' Day", 'Tiradentes'), 4, 21),
		fixed(h('labour-day', 'Labour Day', 'Dia do Trabalhador'), 5, 1),
		fixed(h('independence-day', 'Independence Day', 'Independência do Brasil'), 9, 7),
		fixed(h('our-lady-of-aparecida', 'Our Lady of Aparecida', 'Nossa Senhora Aparecida'), 10, 12),
		fixed(h('all-souls-day', "All Souls' Day", 'Finados'), 11, 2),
		fixed(h('republic-proclamation-day', 'Republic Proclamation Day', 'Proclamação da República'), 11, 15),
		// Lei 14.759 of 21 December 2023: national holiday from 2024.
		fixed(h('black-consciousness-day', 'National Day of Zumbi and Black Consciousness', 'Dia Nacional de Zumbi e da Consciência Negra'), 11, 20, { from: 2024 }),
		fixed(h('christmas-day', 'Christmas Day', 'Natal'), 12, 25),
	],
};
