// Greece: the official public holidays observed nationwide, with the movable ones reckoned from
// Orthodox Easter. Whit Monday is a public-sector holiday and is included, as in the official lists.
// Labour Day is moved by ministerial decision when it falls in Holy Week or on Easter.
import { CountryDefinition, fixed, h, orthodoxEaster } from '../rules';

export const GRC: CountryDefinition = {
	alpha2: 'GR',
	alpha3: 'GRC',
	name: 'Greece',
	observedLocalSuffix: '(μεταφέρεται)',
	rules: [
		fixed(h('new-years-day', "New Year's Day", 'Πρωτοχρονιά'), 1, 1),
		fixed(h('epiphany', 'Epiphany', 'Θεοφάνεια'), 1, 6),
		orthodoxEaster(h('clean-monday', 'Clean Monday', 'Καθαρά Δευτέρα'), -48),
		fixed(h('independence-day', 'Independence Day', 'Εικοστή Πέμπτη Μαρτίου'), 3, 25),
		orthodoxEaster(h('good-friday', 'Good Friday', 'Μεγάλη Παρασκευή'), -2),
		orthodoxEaster(h('easter-sunday', 'Easter Sunday', 'Κυριακή του Πάσχα'), 0),
		orthodoxEaster(h('easter-monday', 'Easter Monday', 'Δευτέρα του Πάσχα'), 1),
		fixed(h('labour-day', 'Labour Day', 'Εργατική Πρωτομαγιά'), 5, 1, { moved: { 2013: [5, 7], 2016: [5, 3], 2021: [5, 4], 2024: [5, 7] } }),
		orthodoxEaster(h('whit-monday', 'Whit Monday', 'Δευτέρα του Αγίου Πνεύματος'), 50),
		fixed(h('assumption-day', 'Assumption Day', 'Κοίμηση της Θεοτόκου'), 8, 15),
		fixed(h('ochi-day', 'Ochi Day', 'Επέτειος του Όχι'), 10, 28),
		fixed(h('christmas-day', 'Christmas Day', 'Χριστούγεννα'), 12, 25),
		fixed(h('synaxis-of-the-theotokos', 'Synaxis of the Mother of God', 'Σύναξη της Υπεραγίας Θεοτόκου'), 12, 26),
	],
};
