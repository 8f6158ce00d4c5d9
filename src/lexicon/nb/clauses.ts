/**
 * The nb words of src/lexicon/clauses.ts: each clause's title in nb, by clause id. A clause of a
 * strategy written in nb is named by its own title in data/clauses.json, so it is not here.
 */
export default {
  TITLES: {
    'ESB-3.1a': 'Slutt deg til felles offentlige IT-løsninger',
    'ESB-3.1b': 'Følg eller forklar: begrunn avvik',
    'ESB-4.1': 'Standardisering, sammenheng og effektivisering',
    'ESB-8': 'Minstekrav før prioritering',
    'ESB-8a': 'Én entydig eier',
    'ESB-8b': 'Beskrivelse av løsningen/prosjektet',
    'ESB-8c': 'Hvordan den oppfyller IT-strategien',
    'ESB-8d': 'Tverrgående konsekvenser',
    'ESB-8e': 'Overslag over finansiering, kostnader og gevinster',
    'ESB-8f': 'Hvorfor felles offentlig løsning ikke brukes',
    'STH-2': 'IT-beslutninger knyttes til bystyrets mål',
    'STH-3': 'Prioriter de fem fokusområdene',
    'STH-4a': 'Prinsipper for IT-styring; godkjente unntak',
    'STH-4b': 'IT-kategori; avviklingsplan for innovative prosjekter',
    'STH-4c': 'Tydelig systemeierskap akseptert på forhånd',
    'STH-5': 'Porteføljefinansiering krever plan for gevinstrealisering',
    'STH-6': 'Oppfølging fra fem perspektiver med måltall',
    'STH-7': 'Byens felles IT skal ikke dupliseres',
    'STH-7.2': 'Anskaffelse i konkurranse og felles driftsavtaler',
    'OSK-3': 'Nyttevurdering, prosjektstyring og enkle nøkkeltall',
    'OSK-10': 'Målbare mål med frist; nyttevurdering',
    'OSK-11': 'Definerte målemetoder og nullpunktsmåling',
    'OSK-16': 'Nyttevurdering med etterkalkyle og gevinstrealisering',
    'OSK-19': 'Felles beslutning og meldeplikt til IT-rådet',
    'OSK-6/7': 'Følg IT-sikkerhetsplaner; tilpass for spesielle behov',
    'NFY-4': 'Utprøvde, enhetlige løsninger; felles offentlige initiativer',
    'NFY-6c': 'Business case og avtalt evalueringsprosess',
    'NFY-6d': 'All kommunikasjon med innbyggere og næringsliv digital',
    'NFY-7': 'Vurder arbeidsprosesser digitalt; gjenbruk data',
  },
};
