/**
 * The da words of src/report/rule-descriptions.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  'RULE_DESCRIPTIONS/parse': 'Filen kan læses og tolkes som et projektforslag (YAML eller Markdown med valgfri front matter).',
  'RULE_DESCRIPTIONS/directive': 'Kommentarer, der slår regler fra, nævner kendte regler og giver en begrundelse efter " -- ".',
  'RULE_DESCRIPTIONS/advantages-disadvantages': 'Business casen oplister løsningens fordele og ulemper.',
  'RULE_DESCRIPTIONS/approval-and-organisation':
    'Nye løsninger godkendes af rådmannskollegiet, udbydes efter lov om offentlige anskaffelser og indføres som et organisationsprojekt.',
  'RULE_DESCRIPTIONS/architecture-principles':
    'Forslaget viser, at det følger byens arkitekturprincipper: åbent og integrerbart, passende sikkerhedsniveau, registreret i applikationsporteføljen, genbrug af det eksisterende.',
  'RULE_DESCRIPTIONS/benefit-baseline': 'Forslaget har en plan for gevinstrealisering med en baseline og nævner både kvantitative og kvalitative gevinster.',
  'RULE_DESCRIPTIONS/benefit-realisation-plan':
    'Et porteføljefinansieret projekt har en plan for at realisere gevinsten og passer i ét budgetår eller er delt i årlige dele.',
  'RULE_DESCRIPTIONS/business-case': 'Business casen angiver valuta, omkostninger med beløb (investering og drift) og gevinster, og totalerne stemmer.',
  'RULE_DESCRIPTIONS/common-platforms':
    'E-services, internetlogin og beslutningsstøtte bruger byens fælles platforme (e-tjänstplattform, id-portal, LIS), medmindre kommunstyrelsen giver undtagelse.',
  'RULE_DESCRIPTIONS/competence': 'Der er afsat budget til oplæring i det nye system, og fageksperter deltager i bestilling og udvikling.',
  'RULE_DESCRIPTIONS/council-goals': 'Forslaget knytter projektet til kommunalbestyrelsens mål og Vision 2030 og siger, hvordan driften vil ændre sig.',
  'RULE_DESCRIPTIONS/cross-cutting-consequences': 'Forslaget beskriver sine tværgående konsekvenser for andre områder, systemer, data og medarbejdere.',
  'RULE_DESCRIPTIONS/description': 'Forslaget beskriver it-løsningen eller projektet med mere end en pladsholder.',
  'RULE_DESCRIPTIONS/digital-channel': 'Et forslag, der betjener borgere eller virksomheder, nævner den digitale selvbetjeningskanal, de skal bruge.',
  'RULE_DESCRIPTIONS/evaluation-process': 'Business casen har en aftalt evaluering: metode, dato og ansvarlig.',
  'RULE_DESCRIPTIONS/focus-area': 'Forslaget nævner mindst ét af it-programmets fem fokusområder.',
  'RULE_DESCRIPTIONS/follow-up-perspectives':
    'Opfølgningen dækker alle fem perspektiver, hvert med et navngivet måltal, en objektiv eller subjektiv metode og et mål.',
  'RULE_DESCRIPTIONS/front-matter-conflict': 'Et felt er angivet både i front matter og i et afsnit af Markdown-teksten med forskellige værdier.',
  'RULE_DESCRIPTIONS/it-category': 'Forslaget angiver sin it-kategori (innovativ, differentierende, grundlæggende) og opfylder kategoriens krav.',
  'RULE_DESCRIPTIONS/it-council': 'Anskaffelsen er meddelt it-rådet / it-chefen.',
  'RULE_DESCRIPTIONS/kpi-followup': 'Projektet følges op med enkle, forståelige nøgletal og en klar projektstyring.',
  'RULE_DESCRIPTIONS/measurable-targets': 'Hvert måltal har et målbart mål (et tal eller niveau) og en frist.',
  'RULE_DESCRIPTIONS/metric-baseline': 'Hvert måltal har en defineret målemetode og en baselinemåling.',
  'RULE_DESCRIPTIONS/noark': 'En løsning, der håndterer arkivalier, bygger på en Noark 5-kerne og følger bevarings- og kassationsplanerne.',
  'RULE_DESCRIPTIONS/old-vs-new': 'Cost/benefit-analysen afvejer tilpasning af de eksisterende systemer mod anskaffelse af nye.',
  'RULE_DESCRIPTIONS/post-calculation': 'Gevinstvurderingen følges op af en dateret efterkalkulation, en plan for gevinstrealisering og risikohåndtering.',
  'RULE_DESCRIPTIONS/priority-criteria':
    'Forslaget behandler de tre prioriteringskriterier (standardisering, kommunal sammenhæng, effektivisering) og siger, hvordan gevinsterne bruges.',
  'RULE_DESCRIPTIONS/proven-solution': 'Forslaget viser, at løsningen er afprøvet, vurderer leverings- og driftssikkerhed og overvejer ekstern drift.',
  'RULE_DESCRIPTIONS/ros-and-dpa':
    'En cloudtjeneste eller en ny tjeneste med personoplysninger har en risiko- og sårbarhedsanalyse (ROS) og en databehandleraftale.',
  'RULE_DESCRIPTIONS/schema': 'Forslaget passer til JSON-skemaet for et forslag: kendte felter, rigtige typer og værdier.',
  'RULE_DESCRIPTIONS/shared-component-duplication':
    'Forslaget bygger ikke eget login, digital post, blanketportal, registerkopi, arkiv eller signering, hvor en fællesoffentlig komponent findes, medmindre det nævner komponenten eller forklarer afvigelsen.',
  'RULE_DESCRIPTIONS/shared-solution':
    'Forslaget siger, om det bruger en fællesoffentlig løsning, og forklarer en afvigelse med de grunde, strategien tillader.',
  'RULE_DESCRIPTIONS/single-owner': 'Forslaget nævner præcis én ansvarlig ejer: én person eller én enhed, ikke flere og ikke en pladsholder.',
  'RULE_DESCRIPTIONS/sourcing': 'Forslaget siger, hvordan it-støtten udbydes i konkurrence, og hvordan den indgår i byens fælles driftsaftaler.',
  'RULE_DESCRIPTIONS/special-needs': 'Tjenesterne tilpasses borgere med særlige behov, og forvaltningens it-sikkerhedsplan følges.',
  'RULE_DESCRIPTIONS/strategy-alignment':
    'Forslaget beskriver, hvordan det lever op til it-strategien, og nævner de strategiske valg og kriterier, det understøtter.',
  'RULE_DESCRIPTIONS/system-owner':
    'Den kommende systemejer er et udvalg eller en selskabsbestyrelse, der har påtaget sig det fremtidige ansvar og de fremtidige omkostninger.',
  'RULE_DESCRIPTIONS/universal-design': 'Forslaget behandler universelt design: hvordan løsningen er tilgængelig for alle, uanset funktionsevne.',
  'RULE_DESCRIPTIONS/work-process': 'Business casen beskriver den forventede arbejdsgang, og hvordan den genbruger data, kommunen allerede har.',
};
