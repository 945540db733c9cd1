// Places of the catalogue benchmark's practices, with their English and French names,
// and misspellings a reader may type.
import type { Region } from '../../src/lib/server/modules/catalogue/vocabulary';
import type { Pair } from './catalogue-corpus';

export interface City extends Pair {
	country: string;
}

const city = (en: string, country: string, fr = en): City => ({ en, fr, country });

/** Places, many with accents, so that folding and typo tolerance are exercised. */
export const cities: readonly City[] = [
	...['Dakar', 'Guédiawaye', 'Saint-Louis', 'Thiès', 'Ziguinchor', 'Kaolack', 'Rufisque'].map(
		(name) => city(name, 'SN')
	),
	...['Abidjan', 'Bouaké', 'Yamoussoukro', 'Korhogo'].map((name) => city(name, 'CI')),
	...['Ouagadougou', 'Bobo-Dioulasso', 'Koudougou'].map((name) => city(name, 'BF')),
	...['Bamako', 'Ségou', 'Mopti'].map((name) => city(name, 'ML')),
	...['Cotonou', 'Porto-Novo', 'Parakou'].map((name) => city(name, 'BJ')),
	...['Lomé', 'Kara', 'Sokodé'].map((name) => city(name, 'TG')),
	...['Niamey', 'Zinder', 'Maradi'].map((name) => city(name, 'NE')),
	...['Accra', 'Kumasi', 'Tamale'].map((name) => city(name, 'GH')),
	...['Lagos', 'Abuja', 'Kano', 'Ibadan'].map((name) => city(name, 'NG')),
	...['Douala', 'Yaoundé', 'Bafoussam'].map((name) => city(name, 'CM')),
	...['Kinshasa', 'Lubumbashi', 'Goma'].map((name) => city(name, 'CD')),
	...['Nairobi', 'Mombasa', 'Kisumu'].map((name) => city(name, 'KE')),
	...['Kigali', 'Huye'].map((name) => city(name, 'RW')),
	city('Kampala', 'UG'),
	city('Dar es Salaam', 'TZ'),
	city('Addis Ababa', 'ET', 'Addis-Abeba'),
	...['Antananarivo', 'Toamasina', 'Fianarantsoa'].map((name) => city(name, 'MG')),
	city('Maputo', 'MZ'),
	city('Cape Town', 'ZA', 'Le Cap'),
	city('Johannesburg', 'ZA'),
	...['Fez', 'Marrakesh', 'Tangier'].map((name, i) =>
		city(name, 'MA', ['Fès', 'Marrakech', 'Tanger'][i])
	),
	...['Casablanca', 'Rabat', 'Agadir'].map((name) => city(name, 'MA')),
	...['Tunis', 'Sfax', 'Sousse'].map((name) => city(name, 'TN')),
	city('Algiers', 'DZ', 'Alger'),
	...['Oran', 'Constantine', 'Tlemcen'].map((name) => city(name, 'DZ')),
	city('Cairo', 'EG', 'Le Caire'),
	city('Alexandria', 'EG', 'Alexandrie'),
	city('Beirut', 'LB', 'Beyrouth'),
	city('Amman', 'JO'),
	...[
		'Lille',
		'Roubaix',
		'Tourcoing',
		"Villeneuve-d'Ascq",
		'Besançon',
		'Nîmes',
		'Béziers',
		'Orléans',
		'Angoulême',
		'Saint-Étienne',
		'Évry-Courcouronnes',
		'Grenoble',
		'Rennes',
		'Nantes',
		'Montpellier',
		'Chambéry'
	].map((name) => city(name, 'FR')),
	city('Brussels', 'BE', 'Bruxelles'),
	...['Liège', 'Namur', 'Mons'].map((name) => city(name, 'BE')),
	city('Geneva', 'CH', 'Genève'),
	...['Lausanne', 'Neuchâtel', 'Fribourg'].map((name) => city(name, 'CH')),
	...['Barcelona', 'Málaga', 'Zaragoza', 'A Coruña'].map((name, i) =>
		city(name, 'ES', ['Barcelone', 'Malaga', 'Saragosse', 'La Corogne'][i])
	),
	city('Lisbon', 'PT', 'Lisbonne'),
	...['Évora', 'Porto', 'Braga'].map((name) => city(name, 'PT')),
	city('Munich', 'DE'),
	city('Cologne', 'DE'),
	...['Düsseldorf', 'Tübingen', 'Freiburg'].map((name) => city(name, 'DE')),
	city('Gothenburg', 'SE', 'Göteborg'),
	city('Malmö', 'SE'),
	city('Aarhus', 'DK'),
	...['Tallinn', 'Tartu'].map((name) => city(name, 'EE')),
	city('Gdańsk', 'PL', 'Gdansk'),
	city('Kraków', 'PL', 'Cracovie'),
	city('Łódź', 'PL', 'Lodz'),
	...['Brno', 'Plzeň'].map((name) => city(name, 'CZ')),
	...['Belo Horizonte', 'São Paulo', 'Curitiba', 'Porto Alegre', 'Recife'].map((name) =>
		city(name, 'BR')
	),
	...['Medellín', 'Bogotá', 'Cali'].map((name) => city(name, 'CO')),
	...['Querétaro', 'Mérida', 'Puebla'].map((name) => city(name, 'MX')),
	city('Mexico City', 'MX', 'Mexico'),
	...['Rosario', 'Córdoba'].map((name) => city(name, 'AR')),
	city('Montevideo', 'UY'),
	city('Valparaíso', 'CL'),
	city('Cusco', 'PE'),
	...['Quito', 'Cuenca'].map((name) => city(name, 'EC')),
	city('Port-au-Prince', 'HT'),
	...['Pune', 'Surat', 'Bengaluru', 'Kochi'].map((name) => city(name, 'IN')),
	...['Da Nang', 'Hue', 'Hanoi'].map((name, i) => city(name, 'VN', ['Đà Nẵng', 'Huế', 'Hanoï'][i])),
	...['Cebu', 'Iloilo'].map((name) => city(name, 'PH')),
	...['Surabaya', 'Bandung', 'Yogyakarta'].map((name) => city(name, 'ID')),
	city('Chiang Mai', 'TH'),
	city('Seongnam', 'KR'),
	...['Wellington', 'Christchurch'].map((name) => city(name, 'NZ')),
	city('Adelaide', 'AU'),
	...['Montreal', 'Quebec City', 'Trois-Rivières', 'Gatineau'].map((name, i) =>
		city(name, 'CA', ['Montréal', 'Québec', 'Trois-Rivières', 'Gatineau'][i])
	),
	...['Boston', 'Detroit', 'Pittsburgh', 'Santa Fe'].map((name) => city(name, 'US'))
];

const regionOfCountry: Record<string, Region> = {
	...Object.fromEntries(
		'SN CI BF ML BJ TG NE GH NG CM CD KE RW UG TZ ET MG MZ ZA'
			.split(' ')
			.map((c) => [c, 'sub-saharan-africa' as const])
	),
	...Object.fromEntries(
		'MA TN DZ EG LB JO'.split(' ').map((c) => [c, 'north-africa-middle-east' as const])
	),
	...Object.fromEntries(
		'FR BE CH ES PT DE SE DK EE PL CZ'.split(' ').map((c) => [c, 'europe' as const])
	),
	...Object.fromEntries(
		'BR CO MX AR UY CL PE EC HT'.split(' ').map((c) => [c, 'latin-america-caribbean' as const])
	),
	...Object.fromEntries(
		'IN VN PH ID TH KR NZ AU'.split(' ').map((c) => [c, 'asia-pacific' as const])
	),
	CA: 'north-america',
	US: 'north-america'
};

export function regionOf(country: string): Region {
	const region = regionOfCountry[country];
	if (!region) {
		throw new Error(`no region for ${country}`);
	}
	return region;
}

/** Misspelt places a reader may type: each is a typo of a city above. */
export const misspeltPlaces: readonly string[] = [
	'Guediawaie',
	'Ouagadougu',
	'Yamousoukro',
	'Antananarivu',
	'Bobo-Diulasso',
	'Ziguinshor',
	'Lubumbachi',
	'Saint-Etiene',
	'Neuchatell',
	'Valparaisso',
	'Medelin',
	'Queretero',
	'Yogyakarte',
	'Christchurh',
	'Dusseldorff',
	'Tubinguen',
	'Gotebourg',
	'Porto-Nov',
	'Trois-Rivieres',
	'Besancone'
];
