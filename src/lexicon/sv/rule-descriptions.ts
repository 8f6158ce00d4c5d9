/**
 * The sv words of src/report/rule-descriptions.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  'RULE_DESCRIPTIONS/parse': 'Filen kan läsas och tolkas som ett projektförslag (YAML eller Markdown med valfri front matter).',
  'RULE_DESCRIPTIONS/directive': 'Kommentarer som stänger av regler nämner kända regler och ger en motivering efter " -- ".',
  'RULE_DESCRIPTIONS/advantages-disadvantages': 'Nyttovärderingen listar lösningens för- och nackdelar.',
  'RULE_DESCRIPTIONS/approval-and-organisation':
    'Nya lösningar godkänns av rådmannskollegiet, upphandlas enligt lagen om offentlig upphandling och införs som ett organisationsprojekt.',
  'RULE_DESCRIPTIONS/architecture-principles':
    'Förslaget visar att det följer stadens arkitekturprinciper: öppet och integrerbart, adekvat säkerhetsnivå, registrerat i applikationsportföljen, återanvänder det som finns.',
  'RULE_DESCRIPTIONS/benefit-baseline': 'Förslaget har en plan för nyttorealisering med en utgångsmätning och nämner både kvantitativa och kvalitativa nyttor.',
  'RULE_DESCRIPTIONS/benefit-realisation-plan':
    'Ett portföljfinansierat projekt har en plan för att realisera nyttan och ryms inom ett budgetår eller är uppdelat i årliga delar.',
  'RULE_DESCRIPTIONS/business-case': 'Nyttovärderingen anger valuta, kostnader med belopp (investering och drift) och nyttor, och summorna stämmer.',
  'RULE_DESCRIPTIONS/common-platforms':
    'E-tjänster, inloggning på internet och beslutsstöd använder stadens gemensamma plattformar (e-tjänstplattform, id-portal, LIS), om inte kommunstyrelsen beviljar undantag.',
  'RULE_DESCRIPTIONS/competence': 'Utbildning i det nya systemet är budgeterad, och verksamhetsexperter deltar i beställning och utveckling.',
  'RULE_DESCRIPTIONS/council-goals': 'Förslaget kopplar projektet till kommunfullmäktiges mål och Vision 2030 och säger hur verksamheten kommer att förändras.',
  'RULE_DESCRIPTIONS/cross-cutting-consequences': 'Förslaget beskriver sina övergripande konsekvenser för andra områden, system, data och medarbetare.',
  'RULE_DESCRIPTIONS/description': 'Förslaget beskriver it-lösningen eller projektet med mer än en platshållare.',
  'RULE_DESCRIPTIONS/digital-channel': 'Ett förslag som riktar sig till medborgare eller företag nämner den digitala självservicekanal de ska använda.',
  'RULE_DESCRIPTIONS/evaluation-process': 'Nyttovärderingen har en överenskommen utvärdering: metod, datum och ansvarig.',
  'RULE_DESCRIPTIONS/focus-area': 'Förslaget nämner minst ett av it-programmets fem fokusområden.',
  'RULE_DESCRIPTIONS/follow-up-perspectives':
    'Uppföljningen täcker alla fem perspektiv, vart och ett med ett namngivet mätetal, en objektiv eller subjektiv metod och ett mål.',
  'RULE_DESCRIPTIONS/front-matter-conflict': 'Ett fält anges både i front matter och i ett avsnitt av Markdown-texten, med olika värden.',
  'RULE_DESCRIPTIONS/it-category': 'Förslaget anger sin it-kategori (innovativ, differentierande, grundläggande) och uppfyller kategorins krav.',
  'RULE_DESCRIPTIONS/it-council': 'Anskaffningen har anmälts till it-rådet / it-chefen.',
  'RULE_DESCRIPTIONS/kpi-followup': 'Projektet följs upp med enkla, begripliga nyckeltal och en tydlig projektstyrning.',
  'RULE_DESCRIPTIONS/measurable-targets': 'Varje mätetal har ett mätbart mål (ett tal eller en nivå) och en tidpunkt.',
  'RULE_DESCRIPTIONS/metric-baseline': 'Varje mätetal har en definierad mätmetod och en utgångsmätning.',
  'RULE_DESCRIPTIONS/noark': 'En lösning som hanterar allmänna handlingar bygger på en Noark 5-kärna och följer bevarande- och gallringsplanerna.',
  'RULE_DESCRIPTIONS/old-vs-new': 'Kostnads-/nyttoanalysen väger anpassning av befintliga system mot anskaffning av nya.',
  'RULE_DESCRIPTIONS/post-calculation': 'Nyttovärderingen följs upp med en daterad efterkalkyl, en plan för nyttorealisering och riskhantering.',
  'RULE_DESCRIPTIONS/priority-criteria':
    'Förslaget behandlar de tre prioriteringskriterierna (standardisering, kommunal helhet, effektivisering) och säger hur nyttorna ska användas.',
  'RULE_DESCRIPTIONS/proven-solution': 'Förslaget visar att lösningen är beprövad, väger leverans- och driftsäkerhet och överväger extern drift.',
  'RULE_DESCRIPTIONS/ros-and-dpa':
    'En molntjänst eller en ny tjänst som hanterar personuppgifter har en risk- och sårbarhetsanalys (ROS) och ett personuppgiftsbiträdesavtal.',
  'RULE_DESCRIPTIONS/schema': 'Förslaget stämmer med JSON-schemat för ett förslag: kända fält, rätt typer och värden.',
  'RULE_DESCRIPTIONS/shared-component-duplication':
    'Förslaget bygger inte egen inloggning, digital post, e-tjänsteportal, registerkopia, arkiv eller signering där en gemensam komponent finns, om det inte nämner komponenten eller förklarar avvikelsen.',
  'RULE_DESCRIPTIONS/shared-solution': 'Förslaget säger om det använder en gemensam lösning och förklarar en avvikelse med de skäl strategin tillåter.',
  'RULE_DESCRIPTIONS/single-owner': 'Förslaget anger exakt en ansvarig ägare: en person eller en enhet, inte flera och inte en platshållare.',
  'RULE_DESCRIPTIONS/sourcing': 'Förslaget säger hur it-stödet upphandlas i konkurrens och hur det ansluter till stadens gemensamma driftavtal.',
  'RULE_DESCRIPTIONS/special-needs': 'Tjänsterna anpassas till medborgare med särskilda behov, och förvaltningens it-säkerhetsplan följs.',
  'RULE_DESCRIPTIONS/strategy-alignment': 'Förslaget beskriver hur det lever upp till it-strategin och nämner de strategiska val och kriterier det stöder.',
  'RULE_DESCRIPTIONS/system-owner': 'Den blivande systemägaren är en nämnd eller en bolagsstyrelse som har accepterat det framtida ansvaret och kostnaderna.',
  'RULE_DESCRIPTIONS/universal-design': 'Förslaget behandlar universell utformning: hur lösningen är tillgänglig för alla, oavsett förmåga.',
  'RULE_DESCRIPTIONS/work-process': 'Nyttovärderingen beskriver den förväntade arbetsprocessen och hur den återanvänder data kommunen redan har.',
};
