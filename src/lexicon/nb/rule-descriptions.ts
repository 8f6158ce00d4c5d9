/**
 * The nb words of src/report/rule-descriptions.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  'RULE_DESCRIPTIONS/parse': 'Filen kan leses og tolkes som et prosjektforslag (YAML eller Markdown med valgfri front matter).',
  'RULE_DESCRIPTIONS/directive': 'Kommentarer som slår av regler, nevner kjente regler og gir en begrunnelse etter " -- ".',
  'RULE_DESCRIPTIONS/advantages-disadvantages': 'Kost-nytte-analysen lister opp løsningens fordeler og ulemper.',
  'RULE_DESCRIPTIONS/approval-and-organisation':
    'Nye løsninger godkjennes av rådmannskollegiet, anskaffes etter lov om offentlige anskaffelser og innføres som et organisasjonsprosjekt.',
  'RULE_DESCRIPTIONS/architecture-principles':
    'Forslaget viser at det følger byens arkitekturprinsipper: åpent og integrerbart, tilstrekkelig sikkerhetsnivå, registrert i applikasjonsporteføljen, gjenbruk av det som finnes.',
  'RULE_DESCRIPTIONS/benefit-baseline':
    'Forslaget har en plan for gevinstrealisering med et utgangspunkt og nevner både kvantitative og kvalitative gevinster.',
  'RULE_DESCRIPTIONS/benefit-realisation-plan':
    'Et porteføljefinansiert prosjekt har en plan for å realisere gevinsten og passer innenfor ett budsjettår eller er delt i årlige deler.',
  'RULE_DESCRIPTIONS/business-case': 'Kost-nytte-analysen oppgir valuta, kostnader med beløp (investering og drift) og gevinster, og summene stemmer.',
  'RULE_DESCRIPTIONS/common-platforms':
    'E-tjenester, innlogging på internett og beslutningsstøtte bruker byens felles plattformer (e-tjänstplattform, id-portal, LIS), med mindre kommunstyrelsen gir unntak.',
  'RULE_DESCRIPTIONS/competence': 'Opplæring i det nye systemet er budsjettert, og fageksperter deltar i bestilling og utvikling.',
  'RULE_DESCRIPTIONS/council-goals': 'Forslaget knytter prosjektet til kommunestyrets mål og Visjon 2030 og sier hvordan driften vil endre seg.',
  'RULE_DESCRIPTIONS/cross-cutting-consequences': 'Forslaget beskriver sine tverrgående konsekvenser for andre områder, systemer, data og ansatte.',
  'RULE_DESCRIPTIONS/description': 'Forslaget beskriver IT-løsningen eller prosjektet med mer enn en plassholder.',
  'RULE_DESCRIPTIONS/digital-channel': 'Et forslag som betjener innbyggere eller virksomheter, nevner den digitale selvbetjeningskanalen de skal bruke.',
  'RULE_DESCRIPTIONS/evaluation-process': 'Kost-nytte-analysen har en avtalt evaluering: metode, dato og ansvarlig.',
  'RULE_DESCRIPTIONS/focus-area': 'Forslaget nevner minst ett av IT-programmets fem fokusområder.',
  'RULE_DESCRIPTIONS/follow-up-perspectives':
    'Oppfølgingen dekker alle fem perspektiver, hvert med et navngitt måltall, en objektiv eller subjektiv metode og et mål.',
  'RULE_DESCRIPTIONS/front-matter-conflict': 'Et felt er oppgitt både i front matter og i et avsnitt av Markdown-teksten, med ulike verdier.',
  'RULE_DESCRIPTIONS/it-category': 'Forslaget oppgir sin IT-kategori (innovativ, differensierende, grunnleggende) og oppfyller kategoriens krav.',
  'RULE_DESCRIPTIONS/it-council': 'Anskaffelsen er meldt til IT-rådet / IT-sjefen.',
  'RULE_DESCRIPTIONS/kpi-followup': 'Prosjektet følges opp med enkle, forståelige nøkkeltall og en tydelig prosjektstyring.',
  'RULE_DESCRIPTIONS/measurable-targets': 'Hvert måltall har et målbart mål (et tall eller nivå) og en frist.',
  'RULE_DESCRIPTIONS/metric-baseline': 'Hvert måltall har en definert målemetode og en utgangsmåling.',
  'RULE_DESCRIPTIONS/noark': 'En løsning som håndterer arkivverdig materiale, bygger på en Noark 5-kjerne og følger bevarings- og kassasjonsplanene.',
  'RULE_DESCRIPTIONS/old-vs-new': 'Kost/nytte-analysen veier tilpasning av eksisterende systemer mot anskaffelse av nye.',
  'RULE_DESCRIPTIONS/post-calculation': 'Gevinstvurderingen følges opp med en datert etterkalkyle, en plan for gevinstrealisering og risikohåndtering.',
  'RULE_DESCRIPTIONS/priority-criteria':
    'Forslaget behandler de tre prioriteringskriteriene (standardisering, kommunal helhet, effektivisering) og sier hvordan gevinstene skal brukes.',
  'RULE_DESCRIPTIONS/proven-solution': 'Forslaget viser at løsningen er utprøvd, vurderer leverings- og driftssikkerhet og vurderer ekstern drift.',
  'RULE_DESCRIPTIONS/ros-and-dpa':
    'En skytjeneste eller en ny tjeneste som behandler personopplysninger, har en risiko- og sårbarhetsanalyse (ROS) og en databehandleravtale.',
  'RULE_DESCRIPTIONS/schema': 'Forslaget stemmer med JSON-skjemaet for et forslag: kjente felt, riktige typer og verdier.',
  'RULE_DESCRIPTIONS/shared-component-duplication':
    'Forslaget bygger ikke egen innlogging, digital post, skjemaportal, registerkopi, arkiv eller signering der en felleskomponent finnes, med mindre det nevner komponenten eller forklarer avviket.',
  'RULE_DESCRIPTIONS/shared-solution': 'Forslaget sier om det bruker en fellesløsning, og forklarer et avvik med de grunnene strategien tillater.',
  'RULE_DESCRIPTIONS/single-owner': 'Forslaget oppgir nøyaktig én ansvarlig eier: én person eller én enhet, ikke flere og ikke en plassholder.',
  'RULE_DESCRIPTIONS/sourcing': 'Forslaget sier hvordan IT-støtten anskaffes i konkurranse, og hvordan den inngår i byens felles driftsavtaler.',
  'RULE_DESCRIPTIONS/special-needs': 'Tjenestene tilpasses innbyggere med særlige behov, og forvaltningens IT-sikkerhetsplan følges.',
  'RULE_DESCRIPTIONS/strategy-alignment':
    'Forslaget beskriver hvordan det oppfyller IT-strategien, og nevner de strategiske valgene og kriteriene det støtter.',
  'RULE_DESCRIPTIONS/system-owner': 'Den kommende systemeieren er et utvalg eller et selskapsstyre som har påtatt seg det framtidige ansvaret og kostnadene.',
  'RULE_DESCRIPTIONS/universal-design': 'Forslaget behandler universell utforming: hvordan løsningen er tilgjengelig for alle, uansett funksjonsevne.',
  'RULE_DESCRIPTIONS/work-process': 'Kost-nytte-analysen beskriver den forventede arbeidsprosessen, og hvordan den gjenbruker data kommunen allerede har.',
};
