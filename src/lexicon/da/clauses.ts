/**
 * The da words of src/lexicon/clauses.ts: each clause's title in da, by clause id. A clause of a
 * strategy written in da is named by its own title in data/clauses.json, so it is not here.
 */
export default {
  TITLES: {
    'STH-2': 'It-beslutninger relateres til byrådets mål',
    'STH-3': 'Prioritér de fem fokusområder',
    'STH-4a': 'Principper for it-styring; godkendte undtagelser',
    'STH-4b': 'It-kategori; exitplan for innovative projekter',
    'STH-4c': 'Tydeligt systemejerskab accepteret på forhånd',
    'STH-5': 'Porteføljefinansiering kræver plan for gevinstrealisering',
    'STH-6': 'Opfølgning i fem perspektiver med måltal',
    'STH-7': 'Byens fælles it må ikke dubleres',
    'STH-7.2': 'Konkurrenceudsættelse og fælles driftsaftaler',
    'OSK-3': 'Nyttevurdering, projektstyring og enkle nøgletal',
    'OSK-10': 'Målbare mål med frist; nyttevurdering',
    'OSK-11': 'Definerede målemetoder og nulpunktsmåling',
    'OSK-16': 'Nyttevurdering med efterkalkule og gevinstrealisering',
    'OSK-19': 'Fælles beslutning og anmeldelse til it-rådet',
    'OSK-6/7': 'Følg it-sikkerhedsplaner; tilpas til særlige behov',
    'FLO-6': 'Universelt design er altid et kriterium',
    'FLO-9': 'Cost-benefit: tilpas gammelt eller anskaf nyt',
    'FLO-11': 'Godkendelse i rådmannskollegiet; fællesløsninger; organisationsprojekt',
    'FLO-12': 'Rapportér gevinstrealisering mod baseline',
    'FLO-14': 'Budgettér kompetenceudvikling; inddrag fagpersoner',
    'FLO-18': 'Noark 5-kerne; bevarings- og kassationsplaner',
    'FLO-19': 'Risikoanalyse og databehandleraftale',
    'FLO-21': 'Byg på nationale fælleskomponenter og standarder',
  },
};
