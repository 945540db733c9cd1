// Words the catalogue benchmark writes its practices with, in English and French. Every
// entry is a pair so that one practice's two texts say the same thing.
export interface Pair {
	en: string;
	fr: string;
}

/** What practices are about: each in many practices. */
export const topics: readonly Pair[] = [
	['waste collection', 'la collecte des déchets'],
	['street lighting', 'l’éclairage public'],
	['water distribution', 'la distribution de l’eau'],
	['the land register', 'le cadastre'],
	['public transport', 'les transports publics'],
	['the participatory budget', 'le budget participatif'],
	['local tax collection', 'la collecte de la fiscalité locale'],
	['flood warnings', 'l’alerte aux inondations'],
	['air quality monitoring', 'la surveillance de la qualité de l’air'],
	['market management', 'la gestion des marchés'],
	['school enrolment', 'l’inscription scolaire'],
	['the civil registry', 'l’état civil'],
	['on-street parking', 'le stationnement sur voirie'],
	['building energy efficiency', 'l’efficacité énergétique des bâtiments'],
	['urban planning', 'la planification urbaine'],
	['primary health care', 'les soins de santé primaires'],
	['road maintenance', 'l’entretien des routes'],
	['building permits', 'les permis de construire'],
	['citizen reports', 'les signalements citoyens'],
	['informal settlement upgrading', 'la réhabilitation des quartiers précaires'],
	['green space management', 'la gestion des espaces verts'],
	['emergency response', 'les secours d’urgence'],
	['public procurement', 'la commande publique'],
	['municipal archives', 'les archives municipales']
].map(([en, fr]) => ({ en: en ?? '', fr: fr ?? '' }));

/** How the practice works, with an article in each language. */
export const tools: readonly Pair[] = [
	['a mobile app', 'une application mobile'],
	['text messages', 'des SMS'],
	['connected sensors', 'des capteurs connectés'],
	['a geographic information system', 'un système d’information géographique'],
	['a web platform', 'une plateforme web'],
	['an open data portal', 'un portail de données ouvertes'],
	['online payment', 'le paiement en ligne'],
	['participatory mapping', 'la cartographie participative'],
	['drones', 'des drones'],
	['a public access point', 'un point d’accès public'],
	['a peer network of cities', 'un réseau de villes pairs'],
	['a training programme', 'un programme de formation']
].map(([en, fr]) => ({ en: en ?? '', fr: fr ?? '' }));

export const actors: readonly Pair[] = [
	['the municipality', 'la commune'],
	['the metropolitan council', 'le conseil métropolitain'],
	['a local start-up', 'une jeune pousse locale'],
	['a residents’ association', 'une association d’habitants'],
	['a non-governmental organisation', 'une organisation non gouvernementale'],
	['the regional utility', 'la régie régionale'],
	['the university', 'l’université'],
	['a cooperative of young graduates', 'une coopérative de jeunes diplômés']
].map(([en, fr]) => ({ en: en ?? '', fr: fr ?? '' }));

export const outcomes: readonly Pair[] = [
	['cutting costs by a third', 'ce qui a réduit les coûts d’un tiers'],
	['reaching neighbourhoods that were left out', 'jusque dans les quartiers oubliés'],
	['halving waiting times', 'en divisant par deux les délais d’attente'],
	['raising revenue for the first time in years', 'et les recettes ont enfin augmenté'],
	['with residents involved from the start', 'en associant les habitants dès le départ'],
	['while keeping a paper channel open', 'tout en gardant un guichet papier']
].map(([en, fr]) => ({ en: en ?? '', fr: fr ?? '' }));

/** Sentences of the body; {actor}, {topic}, {tool}, {city}, {year} and {n} are filled in. */
export const sentences: readonly Pair[] = [
	[
		'In {year}, {actor} started to rethink {topic} in {city}.',
		'En {year}, {actor} a entrepris de repenser {topic} à {city}.'
	],
	[
		'Before the project, most requests were handled on paper and took weeks.',
		'Avant le projet, la plupart des demandes étaient traitées sur papier et prenaient des semaines.'
	],
	[
		'Field agents now record each intervention with {tool}.',
		'Les agents de terrain enregistrent désormais chaque intervention avec {tool}.'
	],
	[
		'About {n} households took part in the first year.',
		'Environ {n} ménages y ont pris part la première année.'
	],
	[
		'The team trained municipal staff before opening the service to the public.',
		'L’équipe a formé le personnel municipal avant d’ouvrir le service au public.'
	],
	[
		'Residents can follow the progress of their request and rate the answer.',
		'Les habitants peuvent suivre l’avancement de leur demande et noter la réponse.'
	],
	[
		'Neighbourhood committees meet every quarter to review the results.',
		'Des comités de quartier se réunissent chaque trimestre pour examiner les résultats.'
	],
	[
		'The service was extended to {n} neighbourhoods after a pilot phase.',
		'Le service a été étendu à {n} quartiers après une phase pilote.'
	],
	[
		'Funding came from the city budget and a development bank loan.',
		'Le financement est venu du budget de la ville et d’un prêt d’une banque de développement.'
	],
	[
		'Several neighbouring towns have since asked to replicate the approach.',
		'Plusieurs communes voisines ont depuis demandé à reprendre la démarche.'
	],
	[
		'The main difficulty was keeping the information up to date.',
		'La principale difficulté a été de tenir l’information à jour.'
	],
	[
		'Women and older people were consulted to make the service easier to use.',
		'Les femmes et les personnes âgées ont été consultées pour rendre le service plus simple.'
	]
].map(([en, fr]) => ({ en: en ?? '', fr: fr ?? '' }));

/** Words most practices contain: "digital" and "data". */
export const digitalSentence: Pair = {
	en: 'The digital service gives {actor} a single view of {topic}.',
	fr: 'Le service numérique donne à {actor} une vue d’ensemble sur {topic}.'
};
export const dataSentence: Pair = {
	en: 'The data collected are published every month and used to plan investments.',
	fr: 'Les données collectées sont publiées chaque mois et servent à planifier les investissements.'
};

/** Rare subjects: each in about 0.1 % of practices; `word` is what a reader types. */
export const rareSubjects: readonly (Pair & { word: Pair })[] = [
	[
		'beekeeping on public rooftops',
		'l’apiculture sur les toits publics',
		'beekeeping',
		'apiculture'
	],
	['mangrove restoration', 'la restauration des mangroves', 'mangrove', 'mangroves'],
	['geothermal heating', 'le chauffage par géothermie', 'geothermal', 'géothermie'],
	['stormwater harvesting', 'la récupération des eaux pluviales', 'stormwater', 'pluviales'],
	['hydroponic rooftop farms', 'les fermes hydroponiques', 'hydroponic', 'hydroponiques'],
	['cemetery records', 'les registres des cimetières', 'cemetery', 'cimetières'],
	['lighthouse keeping', 'la surveillance des phares', 'lighthouse', 'phares'],
	['camel markets', 'les marchés aux chameaux', 'camel', 'chameaux'],
	['snowplough routes', 'les circuits de déneigement', 'snowplough', 'déneigement'],
	['ferry timetables', 'les horaires des bacs fluviaux', 'ferry', 'fluviaux'],
	['asbestos removal', 'le désamiantage', 'asbestos', 'désamiantage'],
	['seaweed farming', 'la culture des algues', 'seaweed', 'algues'],
	['mosquito surveillance', 'la surveillance des moustiques', 'mosquito', 'moustiques'],
	['gondola lifts', 'les téléphériques urbains', 'gondola', 'téléphériques'],
	['rickshaw licensing', 'les licences de rickshaws', 'rickshaw', 'rickshaws'],
	['glacier monitoring', 'le suivi des glaciers', 'glacier', 'glaciers'],
	['tsunami drills', 'les exercices d’évacuation en cas de tsunami', 'tsunami', 'tsunami'],
	['locust swarms', 'les essaims de criquets', 'locust', 'criquets'],
	['vineyard irrigation', 'l’irrigation des vignobles', 'vineyard', 'vignobles'],
	['sinkhole mapping', 'la cartographie des dolines', 'sinkhole', 'dolines']
].map(([en, fr, wordEn, wordFr]) => ({
	en: en ?? '',
	fr: fr ?? '',
	word: { en: wordEn ?? '', fr: wordFr ?? '' }
}));
export const rareSentence: Pair = {
	en: 'The project also extends to {rare}.',
	fr: 'Le projet s’étend aussi à {rare}.'
};

export const facts: readonly Pair[] = [
	['Launched in {year}.', 'Lancé en {year}.'],
	['About {n} users in the first year.', 'Environ {n} usagers la première année.'],
	['Run by {actor}.', 'Porté par {actor}.'],
	['Covers {n} neighbourhoods.', 'Couvre {n} quartiers.'],
	['Budget of about {n} thousand euros.', 'Budget d’environ {n} milliers d’euros.'],
	['Open-source software reused from another city.', 'Logiciel libre repris d’une autre ville.']
].map(([en, fr]) => ({ en: en ?? '', fr: fr ?? '' }));

export const lessons: readonly Pair[] = [
	[
		'- Start with a pilot in a few neighbourhoods before scaling up.',
		'- Commencer par un pilote dans quelques quartiers avant de généraliser.'
	],
	[
		'- Keep a channel open for those who do not use the tools.',
		'- Garder un canal ouvert pour celles et ceux qui n’utilisent pas les outils.'
	],
	[
		'- Budget for maintenance from the start, not only for the launch.',
		'- Prévoir le budget de maintenance dès le départ, pas seulement le lancement.'
	],
	[
		'- Publish the results so that residents see what their reports change.',
		'- Publier les résultats pour que les habitants voient ce que changent leurs signalements.'
	]
].map(([en, fr]) => ({ en: en ?? '', fr: fr ?? '' }));
