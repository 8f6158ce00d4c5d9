/**
 * What each built-in rule checks, in Danish, Swedish and Norwegian, for the report's rule table
 * in `--lang` (a rule's own `meta.description` is one English line, for `itstrat rules` and
 * SARIF). A plugin rule, or a rule added since, shows its English description.
 */
import type { RuleMeta } from '../engine/rule-api.js';
import type { Lang } from '../model/model.js';
import { ruleDescription } from '../formatters/common.js';

/** A description in the languages it is written in (English is the rule's own line). */
type Translated = Partial<Record<Lang, string>>;

export const RULE_DESCRIPTIONS: Record<string, Translated> = {
  parse: {
    da: 'Filen kan læses og tolkes som et projektforslag (YAML eller Markdown med valgfri front matter).',
    sv: 'Filen kan läsas och tolkas som ett projektförslag (YAML eller Markdown med valfri front matter).',
    nb: 'Filen kan leses og tolkes som et prosjektforslag (YAML eller Markdown med valgfri front matter).',
  },
  directive: {
    da: 'Kommentarer, der slår regler fra, nævner kendte regler og giver en begrundelse efter " -- ".',
    sv: 'Kommentarer som stänger av regler nämner kända regler och ger en motivering efter " -- ".',
    nb: 'Kommentarer som slår av regler, nevner kjente regler og gir en begrunnelse etter " -- ".',
  },
  'advantages-disadvantages': {
    da: 'Business casen oplister løsningens fordele og ulemper.',
    sv: 'Nyttovärderingen listar lösningens för- och nackdelar.',
    nb: 'Kost-nytte-analysen lister opp løsningens fordeler og ulemper.',
  },
  'approval-and-organisation': {
    da: 'Nye løsninger godkendes af rådmannskollegiet, udbydes efter lov om offentlige anskaffelser og indføres som et organisationsprojekt.',
    sv: 'Nya lösningar godkänns av rådmannskollegiet, upphandlas enligt lagen om offentlig upphandling och införs som ett organisationsprojekt.',
    nb: 'Nye løsninger godkjennes av rådmannskollegiet, anskaffes etter lov om offentlige anskaffelser og innføres som et organisasjonsprosjekt.',
  },
  'architecture-principles': {
    da: 'Forslaget viser, at det følger byens arkitekturprincipper: åbent og integrerbart, passende sikkerhedsniveau, registreret i applikationsporteføljen, genbrug af det eksisterende.',
    sv: 'Förslaget visar att det följer stadens arkitekturprinciper: öppet och integrerbart, adekvat säkerhetsnivå, registrerat i applikationsportföljen, återanvänder det som finns.',
    nb: 'Forslaget viser at det følger byens arkitekturprinsipper: åpent og integrerbart, tilstrekkelig sikkerhetsnivå, registrert i applikasjonsporteføljen, gjenbruk av det som finnes.',
  },
  'benefit-baseline': {
    da: 'Forslaget har en plan for gevinstrealisering med en baseline og nævner både kvantitative og kvalitative gevinster.',
    sv: 'Förslaget har en plan för nyttorealisering med en utgångsmätning och nämner både kvantitativa och kvalitativa nyttor.',
    nb: 'Forslaget har en plan for gevinstrealisering med et utgangspunkt og nevner både kvantitative og kvalitative gevinster.',
  },
  'benefit-realisation-plan': {
    da: 'Et porteføljefinansieret projekt har en plan for at realisere gevinsten og passer i ét budgetår eller er delt i årlige dele.',
    sv: 'Ett portföljfinansierat projekt har en plan för att realisera nyttan och ryms inom ett budgetår eller är uppdelat i årliga delar.',
    nb: 'Et porteføljefinansiert prosjekt har en plan for å realisere gevinsten og passer innenfor ett budsjettår eller er delt i årlige deler.',
  },
  'business-case': {
    da: 'Business casen angiver valuta, omkostninger med beløb (investering og drift) og gevinster, og totalerne stemmer.',
    sv: 'Nyttovärderingen anger valuta, kostnader med belopp (investering och drift) och nyttor, och summorna stämmer.',
    nb: 'Kost-nytte-analysen oppgir valuta, kostnader med beløp (investering og drift) og gevinster, og summene stemmer.',
  },
  'common-platforms': {
    da: 'E-services, internetlogin og beslutningsstøtte bruger byens fælles platforme (e-tjänstplattform, id-portal, LIS), medmindre kommunstyrelsen giver undtagelse.',
    sv: 'E-tjänster, inloggning på internet och beslutsstöd använder stadens gemensamma plattformar (e-tjänstplattform, id-portal, LIS), om inte kommunstyrelsen beviljar undantag.',
    nb: 'E-tjenester, innlogging på internett og beslutningsstøtte bruker byens felles plattformer (e-tjänstplattform, id-portal, LIS), med mindre kommunstyrelsen gir unntak.',
  },
  competence: {
    da: 'Der er afsat budget til oplæring i det nye system, og fageksperter deltager i bestilling og udvikling.',
    sv: 'Utbildning i det nya systemet är budgeterad, och verksamhetsexperter deltar i beställning och utveckling.',
    nb: 'Opplæring i det nye systemet er budsjettert, og fageksperter deltar i bestilling og utvikling.',
  },
  'council-goals': {
    da: 'Forslaget knytter projektet til kommunalbestyrelsens mål og Vision 2030 og siger, hvordan driften vil ændre sig.',
    sv: 'Förslaget kopplar projektet till kommunfullmäktiges mål och Vision 2030 och säger hur verksamheten kommer att förändras.',
    nb: 'Forslaget knytter prosjektet til kommunestyrets mål og Visjon 2030 og sier hvordan driften vil endre seg.',
  },
  'cross-cutting-consequences': {
    da: 'Forslaget beskriver sine tværgående konsekvenser for andre områder, systemer, data og medarbejdere.',
    sv: 'Förslaget beskriver sina övergripande konsekvenser för andra områden, system, data och medarbetare.',
    nb: 'Forslaget beskriver sine tverrgående konsekvenser for andre områder, systemer, data og ansatte.',
  },
  description: {
    da: 'Forslaget beskriver it-løsningen eller projektet med mere end en pladsholder.',
    sv: 'Förslaget beskriver it-lösningen eller projektet med mer än en platshållare.',
    nb: 'Forslaget beskriver IT-løsningen eller prosjektet med mer enn en plassholder.',
  },
  'digital-channel': {
    da: 'Et forslag, der betjener borgere eller virksomheder, nævner den digitale selvbetjeningskanal, de skal bruge.',
    sv: 'Ett förslag som riktar sig till medborgare eller företag nämner den digitala självservicekanal de ska använda.',
    nb: 'Et forslag som betjener innbyggere eller virksomheter, nevner den digitale selvbetjeningskanalen de skal bruke.',
  },
  'evaluation-process': {
    da: 'Business casen har en aftalt evaluering: metode, dato og ansvarlig.',
    sv: 'Nyttovärderingen har en överenskommen utvärdering: metod, datum och ansvarig.',
    nb: 'Kost-nytte-analysen har en avtalt evaluering: metode, dato og ansvarlig.',
  },
  'focus-area': {
    da: 'Forslaget nævner mindst ét af it-programmets fem fokusområder.',
    sv: 'Förslaget nämner minst ett av it-programmets fem fokusområden.',
    nb: 'Forslaget nevner minst ett av IT-programmets fem fokusområder.',
  },
  'follow-up-perspectives': {
    da: 'Opfølgningen dækker alle fem perspektiver, hvert med et navngivet måltal, en objektiv eller subjektiv metode og et mål.',
    sv: 'Uppföljningen täcker alla fem perspektiv, vart och ett med ett namngivet mätetal, en objektiv eller subjektiv metod och ett mål.',
    nb: 'Oppfølgingen dekker alle fem perspektiver, hvert med et navngitt måltall, en objektiv eller subjektiv metode og et mål.',
  },
  'front-matter-conflict': {
    da: 'Et felt er angivet både i front matter og i et afsnit af Markdown-teksten med forskellige værdier.',
    sv: 'Ett fält anges både i front matter och i ett avsnitt av Markdown-texten, med olika värden.',
    nb: 'Et felt er oppgitt både i front matter og i et avsnitt av Markdown-teksten, med ulike verdier.',
  },
  'it-category': {
    da: 'Forslaget angiver sin it-kategori (innovativ, differentierende, grundlæggende) og opfylder kategoriens krav.',
    sv: 'Förslaget anger sin it-kategori (innovativ, differentierande, grundläggande) och uppfyller kategorins krav.',
    nb: 'Forslaget oppgir sin IT-kategori (innovativ, differensierende, grunnleggende) og oppfyller kategoriens krav.',
  },
  'it-council': {
    da: 'Anskaffelsen er meddelt it-rådet / it-chefen.',
    sv: 'Anskaffningen har anmälts till it-rådet / it-chefen.',
    nb: 'Anskaffelsen er meldt til IT-rådet / IT-sjefen.',
  },
  'kpi-followup': {
    da: 'Projektet følges op med enkle, forståelige nøgletal og en klar projektstyring.',
    sv: 'Projektet följs upp med enkla, begripliga nyckeltal och en tydlig projektstyrning.',
    nb: 'Prosjektet følges opp med enkle, forståelige nøkkeltall og en tydelig prosjektstyring.',
  },
  'measurable-targets': {
    da: 'Hvert måltal har et målbart mål (et tal eller niveau) og en frist.',
    sv: 'Varje mätetal har ett mätbart mål (ett tal eller en nivå) och en tidpunkt.',
    nb: 'Hvert måltall har et målbart mål (et tall eller nivå) og en frist.',
  },
  'metric-baseline': {
    da: 'Hvert måltal har en defineret målemetode og en baselinemåling.',
    sv: 'Varje mätetal har en definierad mätmetod och en utgångsmätning.',
    nb: 'Hvert måltall har en definert målemetode og en utgangsmåling.',
  },
  noark: {
    da: 'En løsning, der håndterer arkivalier, bygger på en Noark 5-kerne og følger bevarings- og kassationsplanerne.',
    sv: 'En lösning som hanterar allmänna handlingar bygger på en Noark 5-kärna och följer bevarande- och gallringsplanerna.',
    nb: 'En løsning som håndterer arkivverdig materiale, bygger på en Noark 5-kjerne og følger bevarings- og kassasjonsplanene.',
  },
  'old-vs-new': {
    da: 'Cost/benefit-analysen afvejer tilpasning af de eksisterende systemer mod anskaffelse af nye.',
    sv: 'Kostnads-/nyttoanalysen väger anpassning av befintliga system mot anskaffning av nya.',
    nb: 'Kost/nytte-analysen veier tilpasning av eksisterende systemer mot anskaffelse av nye.',
  },
  'post-calculation': {
    da: 'Gevinstvurderingen følges op af en dateret efterkalkulation, en plan for gevinstrealisering og risikohåndtering.',
    sv: 'Nyttovärderingen följs upp med en daterad efterkalkyl, en plan för nyttorealisering och riskhantering.',
    nb: 'Gevinstvurderingen følges opp med en datert etterkalkyle, en plan for gevinstrealisering og risikohåndtering.',
  },
  'priority-criteria': {
    da: 'Forslaget behandler de tre prioriteringskriterier (standardisering, kommunal sammenhæng, effektivisering) og siger, hvordan gevinsterne bruges.',
    sv: 'Förslaget behandlar de tre prioriteringskriterierna (standardisering, kommunal helhet, effektivisering) och säger hur nyttorna ska användas.',
    nb: 'Forslaget behandler de tre prioriteringskriteriene (standardisering, kommunal helhet, effektivisering) og sier hvordan gevinstene skal brukes.',
  },
  'proven-solution': {
    da: 'Forslaget viser, at løsningen er afprøvet, vurderer leverings- og driftssikkerhed og overvejer ekstern drift.',
    sv: 'Förslaget visar att lösningen är beprövad, väger leverans- och driftsäkerhet och överväger extern drift.',
    nb: 'Forslaget viser at løsningen er utprøvd, vurderer leverings- og driftssikkerhet og vurderer ekstern drift.',
  },
  'ros-and-dpa': {
    da: 'En cloudtjeneste eller en ny tjeneste med personoplysninger har en risiko- og sårbarhedsanalyse (ROS) og en databehandleraftale.',
    sv: 'En molntjänst eller en ny tjänst som hanterar personuppgifter har en risk- och sårbarhetsanalys (ROS) och ett personuppgiftsbiträdesavtal.',
    nb: 'En skytjeneste eller en ny tjeneste som behandler personopplysninger, har en risiko- og sårbarhetsanalyse (ROS) og en databehandleravtale.',
  },
  schema: {
    da: 'Forslaget passer til JSON-skemaet for et forslag: kendte felter, rigtige typer og værdier.',
    sv: 'Förslaget stämmer med JSON-schemat för ett förslag: kända fält, rätt typer och värden.',
    nb: 'Forslaget stemmer med JSON-skjemaet for et forslag: kjente felt, riktige typer og verdier.',
  },
  'shared-component-duplication': {
    da: 'Forslaget bygger ikke eget login, digital post, blanketportal, registerkopi, arkiv eller signering, hvor en fællesoffentlig komponent findes, medmindre det nævner komponenten eller forklarer afvigelsen.',
    sv: 'Förslaget bygger inte egen inloggning, digital post, e-tjänsteportal, registerkopia, arkiv eller signering där en gemensam komponent finns, om det inte nämner komponenten eller förklarar avvikelsen.',
    nb: 'Forslaget bygger ikke egen innlogging, digital post, skjemaportal, registerkopi, arkiv eller signering der en felleskomponent finnes, med mindre det nevner komponenten eller forklarer avviket.',
  },
  'shared-solution': {
    da: 'Forslaget siger, om det bruger en fællesoffentlig løsning, og forklarer en afvigelse med de grunde, strategien tillader.',
    sv: 'Förslaget säger om det använder en gemensam lösning och förklarar en avvikelse med de skäl strategin tillåter.',
    nb: 'Forslaget sier om det bruker en fellesløsning, og forklarer et avvik med de grunnene strategien tillater.',
  },
  'single-owner': {
    da: 'Forslaget nævner præcis én ansvarlig ejer: én person eller én enhed, ikke flere og ikke en pladsholder.',
    sv: 'Förslaget anger exakt en ansvarig ägare: en person eller en enhet, inte flera och inte en platshållare.',
    nb: 'Forslaget oppgir nøyaktig én ansvarlig eier: én person eller én enhet, ikke flere og ikke en plassholder.',
  },
  sourcing: {
    da: 'Forslaget siger, hvordan it-støtten udbydes i konkurrence, og hvordan den indgår i byens fælles driftsaftaler.',
    sv: 'Förslaget säger hur it-stödet upphandlas i konkurrens och hur det ansluter till stadens gemensamma driftavtal.',
    nb: 'Forslaget sier hvordan IT-støtten anskaffes i konkurranse, og hvordan den inngår i byens felles driftsavtaler.',
  },
  'special-needs': {
    da: 'Tjenesterne tilpasses borgere med særlige behov, og forvaltningens it-sikkerhedsplan følges.',
    sv: 'Tjänsterna anpassas till medborgare med särskilda behov, och förvaltningens it-säkerhetsplan följs.',
    nb: 'Tjenestene tilpasses innbyggere med særlige behov, og forvaltningens IT-sikkerhetsplan følges.',
  },
  'strategy-alignment': {
    da: 'Forslaget beskriver, hvordan det lever op til it-strategien, og nævner de strategiske valg og kriterier, det understøtter.',
    sv: 'Förslaget beskriver hur det lever upp till it-strategin och nämner de strategiska val och kriterier det stöder.',
    nb: 'Forslaget beskriver hvordan det oppfyller IT-strategien, og nevner de strategiske valgene og kriteriene det støtter.',
  },
  'system-owner': {
    da: 'Den kommende systemejer er et udvalg eller en selskabsbestyrelse, der har påtaget sig det fremtidige ansvar og de fremtidige omkostninger.',
    sv: 'Den blivande systemägaren är en nämnd eller en bolagsstyrelse som har accepterat det framtida ansvaret och kostnaderna.',
    nb: 'Den kommende systemeieren er et utvalg eller et selskapsstyre som har påtatt seg det framtidige ansvaret og kostnadene.',
  },
  'universal-design': {
    da: 'Forslaget behandler universelt design: hvordan løsningen er tilgængelig for alle, uanset funktionsevne.',
    sv: 'Förslaget behandlar universell utformning: hur lösningen är tillgänglig för alla, oavsett förmåga.',
    nb: 'Forslaget behandler universell utforming: hvordan løsningen er tilgjengelig for alle, uansett funksjonsevne.',
  },
  'work-process': {
    da: 'Business casen beskriver den forventede arbejdsgang, og hvordan den genbruger data, kommunen allerede har.',
    sv: 'Nyttovärderingen beskriver den förväntade arbetsprocessen och hur den återanvänder data kommunen redan har.',
    nb: 'Kost-nytte-analysen beskriver den forventede arbeidsprosessen, og hvordan den gjenbruker data kommunen allerede har.',
  },
};

/** The rule's description in `lang`: the translation of a built-in rule, else its own (English) line. */
export function localRuleDescription(id: string, rules: ReadonlyMap<string, RuleMeta>, lang: Lang): string {
  const translated = lang === 'en' || !Object.hasOwn(RULE_DESCRIPTIONS, id) ? undefined : RULE_DESCRIPTIONS[id]![lang];
  return translated ?? ruleDescription(id, rules);
}
