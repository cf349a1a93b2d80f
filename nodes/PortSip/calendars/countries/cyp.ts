// Cyprus: the public holidays the government announces every year (they have not changed since 2000):
// Orthodox Easter dates for Green Monday, Good Friday, Easter Monday and Tuesday and Kataklysmos
// (Whit Monday). No substitute days.
import { CountryDefinition, fixed, h, orthodoxEaster } from '../rules';

export const CYP: CountryDefinition = {
	alpha2: 'CY',
	alpha3: 'CYP',
	name: 'Cyprus',
	observedLocalSuffix: '',
	rules: [
		fixed(h('new-years-day', "New Year's Day", 'Πρωτοχρονιά'), 1, 1),
		fixed(h('epiphany', 'Epiphany', 'Θεοφάνεια'), 1, 6),
		orthodoxEaster(h('green-monday', 'Green Monday', 'Καθαρά Δευτέρα'), -48),
		fixed(h('greek-independence-day', 'Greek Independence Day', 'Ευαγγελισμός της Θεοτόκου'), 3, 25),
		fixed(h('cyprus-national-day', 'Cyprus National Day', 'Εθνική Επέτειος'), 4, 1),
		orthodoxEaster(h('good-friday', 'Good Friday', 'Μεγάλη Παρασκευή'), -2),
		orthodoxEaster(h('easter-monday', 'Easter Monday', 'Δευτέρα της Διακαινησίμου'), 1),
		orthodoxEaster(h('easter-tuesday', 'Easter Tuesday', 'Τρίτη της Διακαινησίμου'), 2),
		fixed(h('labour-day', 'Labour Day', 'Πρωτομαγιά'), 5, 1),
		orthodoxEaster(h('whit-monday', 'Whit Monday (Kataklysmos)', 'Αγίου Πνεύματος (Κατακλυσμός)'), 50),
		fixed(h('assumption-day', 'Assumption Day', 'Κοίμηση της Θεοτόκου'), 8, 15),
		fixed(h('independence-day', 'Cyprus Independence Day', 'Ημέρα της Κυπριακής Ανεξαρτησίας'), 10, 1),
		fixed(h('ochi-day', 'Ochi Day', 'Ημέρα του Όχι'), 10, 28),
		fixed(h('christmas-eve', 'Christmas Eve', 'Παραμονή Χριστουγέννων'), 12, 24),
		fixed(h('christmas-day', 'Christmas Day', 'Χριστούγεννα'), 12, 25),
		fixed(h('boxing-day', 'Day after Christmas', 'Σύναξη της Θεοτόκου'), 12, 26),
	],
};
