/**
 * The sv words of src/lexicon/clauses.ts: each clause's title in sv, by clause id. A clause of a
 * strategy written in sv is named by its own title in data/clauses.json, so it is not here.
 */
export default {
  TITLES: {
    'ESB-3.1a': 'Anslut till gemensamma offentliga it-lösningar',
    'ESB-3.1b': 'Följ eller förklara: motivera avvikelser',
    'ESB-4.1': 'Standardisering, sammanhang och effektivisering',
    'ESB-8': 'Minimikrav före prioritering',
    'ESB-8a': 'En entydig ägare',
    'ESB-8b': 'Beskrivning av lösningen/projektet',
    'ESB-8c': 'Hur den uppfyller it-strategin',
    'ESB-8d': 'Tvärgående konsekvenser',
    'ESB-8e': 'Uppskattning av finansiering, kostnader och nyttor',
    'ESB-8f': 'Varför gemensam offentlig lösning inte används',
    'NFY-4': 'Beprövade, enhetliga lösningar; gemensamma offentliga initiativ',
    'NFY-6c': 'Business case och överenskommen utvärdering',
    'NFY-6d': 'All kommunikation med medborgare och företag digital',
    'NFY-7': 'Ompröva arbetsprocesser digitalt; återanvänd data',
    'FLO-6': 'Universell utformning är alltid ett kriterium',
    'FLO-9': 'Kostnad/nytta: anpassa gammalt eller skaffa nytt',
    'FLO-11': 'Godkännande av rådmannskollegiet; gemensamma lösningar; organisationsprojekt',
    'FLO-12': 'Rapportera nyttorealisering mot baslinje',
    'FLO-14': 'Budgetera kompetensutveckling; involvera verksamhetsexperter',
    'FLO-18': 'Noark 5-kärna; bevarande- och gallringsplaner',
    'FLO-19': 'Risk- och sårbarhetsanalys och biträdesavtal',
    'FLO-21': 'Bygg på nationella gemensamma komponenter och standarder',
  },
};
