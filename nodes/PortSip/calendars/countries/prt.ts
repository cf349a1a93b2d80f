// Portugal: the feriados obrigatórios of the Código do Trabalho, art. 234. Lei 23/2012 suspended
// Corpus Christi, 5 October, 1 November and 1 December in 2013-2015; Lei 8/2016 restored them.
// Carnival Tuesday is an optional day (tolerância de ponto), not included.
import { CountryDefinition, easter, fixed, h } from '../rules';

const suspended = { skip: [2013, 2014, 2015] };

export const PRT: CountryDefinition = {
	alpha2: 'PT',
	alpha3: 'PRT',
	name: 'Portugal',
	observedLocalSuffix: '(observado)',
	rules: [
		fixed(h('new-years-day', "New Year's Day", 'Ano Novo'), 1, 1),
		easter(h('good-friday', 'Good Friday', 'Sexta-feira Santa'), -2),
		easter(h('easter-sunday', 'Easter Sunday', 'Domingo de Páscoa'), 0),
		fixed(h('freedom-day', 'Freedom Day', 'Dia da Liberdade'), 4, 25),
		fixed(h('labour-day', 'Labour Day', 'Dia do Trabalhador'), 5, 1),
		easter(h('corpus-christi', 'Corpus Christi', 'Corpo de Deus'), 60, suspended),
		fixed(h('portugal-day', 'Portugal Day', 'Dia de Portugal, de Camões e das Comunidades Portuguesas'), 6, 10),
		fixed(h('assumption-day', 'Assumption Day', 'Assunção de Nossa Senhora'), 8, 15),
		fixed(h('republic-day', 'Republic Day', 'Implantação da República'), 10, 5, suspended),
		fixed(h('all-saints-day', "All Saints' Day", 'Dia de Todos os Santos'), 11, 1, suspended),
		fixed(h('restoration-of-independence', 'Restoration of Independence', 'Restauração da Independência'), 12, 1, suspended),
		fixed(h('immaculate-conception', 'Immaculate Conception', 'Imaculada Conceição'), 12, 8),
		fixed(h('christmas-day', 'Christmas Day', 'Natal'), 12, 25),
	],
};
