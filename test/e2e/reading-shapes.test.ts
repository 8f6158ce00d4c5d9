/**
 * Issue 8, document shapes beyond the template (built CLI): headings written as a bold line or
 * in capitals, numbered paragraphs ("2.3 Kategori: …") and run-in headings ("1.1 Formål. …"),
 * the owner stated in a sentence ("Systemägare är Kulturnämnden.", "Projektet ejes af …"),
 * follow-up metrics written as lines and bullets led by their perspective, and a focus area
 * named among sentences that explain it. Facts are found where the author put them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDir, runBuilt, tempDir, writeTree } from '../helpers/ci-run.js';

interface Message {
  ruleId: string;
  messageId: string;
  line: number;
  column: number;
}

let dir: string;
beforeAll(() => {
  dir = tempDir('reading-shapes');
  writeTree(dir, {
    'bold.md':
      '**BESLUTSUNDERLAG – BOKNING AV IDROTTSHALLAR**\n\nKultur- och fritidsförvaltningen\n\n**1. Ärendet**\n\n1.1 Föreningarna bokar i dag hallar per telefon.\n\n1.2 Systemägare är Kulturnämnden. Systemägarrepresentant är avdelningschef Per Ek.\n\n**2. Koppling till mål, fokusområde och kategori**\n\n2.1 Bokningen bidrar till kommunfullmäktiges inriktningsmål 1.\n\n2.2 Fokusområde 1 – tillgänglighet och service för medborgare, företagande och besök.\n\n2.3 Kategori: grundläggande. Systemet ska användas i minst tio år och finansieras ur förvaltningens linjebudget.\n\n**3. Uppföljning**\n\n3.1 Extern nytta: andel bokningar som görs digitalt (objektiv), från 20 % till 90 %.\n3.2 Intern nytta: antal samtal per vecka (objektiv, stickprov),\nfrån 300 till 50.\n3.3 It-mognad: andel föreningar med e-legitimation (objektiv), mål 95 %.\n3.4 It-kostnad: it-kostnad per bokning (objektiv), mål under 5 kr.\n3.5 It-kvalitet: föreningarnas nöjdhet (subjektiv, enkät), från 3 till 4.\n',
    'caps.md':
      '# Booking af haller\n\nPROJEKTEJER\n\nProjektet ejes af Kultur og Fritid, som også står for driften.\n\nOPFØLGNING\n\n- Ekstern nytte: andel digitale bookinger (objektiv), fra 20 % til 90 %\n- Intern nytte – antal opkald per uge (objektiv), fra 300 til 50\n',
    'runin.md':
      '# Prosjektplan: Digital vaktbytte\n\n1.1 Formål. Prosjektet skal gi de ansatte en app for vaktbytte.\n\n1.2 Eier. Prosjekteier er kommunalsjef Kari Nordmann, Helse og omsorg.\n\n1.3 Oppfølging. Vi følger opp slik:\n\n- Ekstern nytte: andel vaktbytter uten telefon (objektiv), fra 10 % til 80 %\n- Intern nytte: timer brukt på vaktbytte per uke (objektiv), fra 40 til 10\n',
    'prose.md':
      "# Hall booking\n\n## Focus areas\n\nThe booking supports the council's goal of an accessible city.\n\nAccessibility and service for citizens, businesses and visitors.\n\n## Owner\n\nProject owner is Anna Berg, Head of Culture and Leisure.\n",
    'span-da.md':
      '# Chatbot-pilot\n\nKategori: innovativ\n\nProjektet løber fra 1. marts til 31. december 2027, hvorefter chatbotten lukkes.\n\nAfviklingsplan: Chatbotten lukkes efter piloten.\n',
    'span-sv.md':
      '# Chattbot\n\nKategori: innovativ\n\nAvvecklingsplan: Chattboten stängs efter piloten.\n\n## Tidplan\n\nPiloten genomförs 2027-02-01–2027-05-31.\n',
    'span-nb.md': '# Chatbot\n\nKategori: innovativ\n\nAvviklingsplan: Chatboten stenges etter piloten.\n\nGevinstene regnes over perioden 2027–2031.\n',
    'through.md':
      '# Planering i hemtjänsten\n\n**Systemägare:** Äldrenämnden, genom systemägarrepresentant förvaltningschef Lena Sjöberg, äldreförvaltningen\n',
    'through.yaml':
      'title: Home care planning\nlanguage: en\nowner: The Elderly Care Committee, represented by Head of Elderly Care Lena Berg, Elderly Care Department\n',
    'focus-sv.md':
      '# Felanmälan\n\n## Koppling till mål\n\nVision 2030 och inriktningsmål 1. Fokusområde 1 och 4\n(medborgarservice; informationsutbyte med entreprenörer). Kategori: differentierande.\n',
    'focus-en.md':
      '# Preschool applications\n\n## Purpose\n\nThe project supports council goal 2. Focus area 1 (accessibility and service for citizens) and focus area 4 (collaboration) are developed.\n',
    'focus-none.md': '# Preschool applications\n\n## Purpose\n\nThe project supports council goal 2 and focus area 9.\n',
    'body-sv.md':
      '# Felanmälan\n\n## SYSTEMÄGARE\n\nTrafiknämnden (beslut 2026-11-19 § 16, ansvar och förvaltningskostnader accepterade).\nSystemägarrepresentant: avdelningschef Per Holm, trafikkontoret.\n',
    'body-en.md':
      '# Fault reports\n\n## System owner\n\nThe Traffic Committee (decision 2026-11-19 § 16 to accept the responsibility and costs).\nSystem owner representative: Head of Unit Per Holm.\n',
    'criteria-da.md':
      '# Energistyring\n\n**1 Projektbeskrivelse**\n\n1.1 Projektet etablerer én energistyringsløsning for kommunens bygninger, der henter forbrugsdata automatisk.\n\n1.2 Ejer af projektet er Ejendomsservice, ved afdelingschef Mads Kjær, Teknik & Miljø.\n\n**2 Sammenhæng med it-strategien**\n\n2.1 Prioriteringskriterier:\n\n- Standardisering: Bygningerne vises i kommunens GIS, og rapporter gemmes i ESDH på bygningens sag.\n- Kommunal sammenhæng: Bygningsstamdata hentes fra BBR og vedligeholdes ikke lokalt i et eget register.\n- Effektivisering: De sparede 600 timer til manuel aflæsning bruges på driftsoptimering i skolerne.\n',
    'criteria-en.md':
      "# Digital mileage claims\n\n## Assessment\n\nThe proposal has been assessed against the IT strategy's prioritisation criteria:\n\n- **Standardisation:** The module is part of the existing payroll system and uses the municipal GIS address data.\n- **Coherence:** Staff data is fetched from the payroll system and addresses from DAR, so data is kept in one place only.\n- **Efficiency:** Payroll saves about 1.2 FTE of keying; the gain is used to cut the payroll budget by 300,000 a year from 2028.\n",
    'benefit-table.md':
      '# Meal ordering\n\nAmounts in SEK.\n\n## Costs\n\n| Item | Amount | Kind |\n|---|---|---|\n| System and set-up | 260,000 | investment |\n| Licence | 84,000 | operating |\n\n## Benefit valuation\n\n| Benefit per year (from 2028) | Amount |\n|---|---|\n| Less food waste | 310,000 |\n| Fewer hours on manual orders | 120,000 |\n',
    'combined.md':
      '# Online booking\n\n## Costs, advantages and disadvantages\n\nAll amounts in DKK.\n\n| Item | 2027 | 2028 | 2029 | Total |\n|---|---|---|---|---|\n| Booking module (licence) | 36,000 | 36,000 | 36,000 | 108,000 |\n| Set-up and web integration | 40,000 | 0 | 0 | 40,000 |\n| **Total costs** | **76,000** | **36,000** | **36,000** | **148,000** |\n\n| Benefit per year (from 2027) | Amount |\n|---|---|\n| Fewer calls | 60,000 |\n| Less overtime on Mondays | 25,000 |\n\nAdvantages: no queues. Disadvantages: some citizens prefer to walk in.\n',
    'deflist-da.md':
      '# Fugtsensorer\n\nProjektejer\n: Ejendomschef Torben Hvid, Ejendomme og Drift\n\nProjektleder\n: Maja Kjeldsen, energikoordinator\n\n## Forventet arbejdsproces\n\nForventet arbejdsproces\n: Platformen sender alarm til driftsteamets postkasse og opretter automatisk en opgave i\n  vedligeholdelsessystemet. Teknikeren kvitterer på mobil, og data hentes fra ejendomssystemet.\n\nNuværende arbejdsgang\n: Klage via telefon eller e-mail, manuel oprettelse af opgave, besigtigelse.\n',
    'deflist-sv.md': '# Felanmälan\n\nProjektägare\n: Trafiknämnden\n\nFokusområden\n: Tillgänglighet och service för medborgare, företagande och besök\n',
    'kinds-da.md':
      '# Fugtsensorer\n\n## Business case\n\nTabel 1: Omkostninger (1.000 kr.)\n\n| Post | Anlæg 2027 | Drift pr. år fra 2027 |\n|---|---|---|\n| Sensorer og montering | 540 | – |\n| Platform (SaaS, ekstern drift) | 60 | 85 |\n| **I alt** | **600** | **85** |\n\nTabel 2: Gevinster pr. år (1.000 kr.)\n\n| Gevinst | Beløb pr. år |\n|---|---|\n| Færre skimmelsaneringer | 300 |\n',
    'kinds-nb.md':
      '# Fuktsensorer\n\n## Økonomi\n\nTabell 1: Kostnader i tkr\n\n| Post | Investering | Drift |\n|---|---|---|\n| Sensorer | 540 | 0 |\n| Plattform | 60 | 85 |\n',
    'money-sv.md':
      '# X\n\n## Nyttovärdering\n\nGjord med PENG-modellen. Investering 420 000 kr 2027 (kameror,\ninstallation, utbildning). Drift och förvaltning 96 000 kr per år från 2027. Direkt nytta 520 000\nkr per år från 2028 (färre nattbesök med bil), indirekt nytta: bättre sömn för brukarna.\n',
    'money-nb.md':
      '# Trygghetsalarmer\n\n## Økonomi\n\nInvesteringen er 1,2 mill. kr i 2027 (alarmer og installasjon). Drift og lisens koster 150 000 kr per år fra 2027. Gevinsten er 400 000 kr per år fra 2028 i sparte utrykninger.\n',
    'kpi-sv.md':
      '# Båtplatser\n\n**Hur följer vi upp?**\n- Nyckeltal 1: fler båtägare ska tycka att det är enkelt att boka plats.\n- Nyckeltal 2: vid utgången av 2027 skall 90 % av platserna bokas digitalt.\n',
    'kpi-en.md':
      '# Boat berths\n\n**How do we follow up?**\n\n- KPI 1: more boat owners find booking easy.\n- KPI 2: by the end of 2027, 90 % of berths are booked online.\n',
    'criteria-prose.md':
      '# Parking sensors\n\n## Strategy alignment\n\nThe sensor data are published in the national format, in line with the first strategic choice. Maps are shown in the municipal GIS\n(standardisation); parking zone data are maintained once, in the GIS, and reused by the parking\nenforcement system (coherence). Efficiency gains (fewer manual counts, 450 hours a year) will be\nused to extend enforcement to the harbour area instead of hiring a new officer.\n',
    'metric-semicolons.md':
      '# Besöksregister\n\n## Uppföljning\n\n- Extern nytta – andel besökare som registrerar sig digitalt; objektiv (statistik ur tjänsten); mål 90 % senast 2027-12-31.\n- It-kostnad – kostnad per boende och månad; objektiv; högst 100 kr senast 2027-12-31.\n- It-kvalitet – tjänstens tillgänglighet; objektiv (leverantörens driftstatistik); 99,5 % senast 2027-12-31.\n',
    'sides-nb.md':
      '# Parkeringstillatelse\n\n## 3. Økonomi og gevinster\n\nInvestering NOK 0,9 mill. (2027), drift NOK 120 000 per år. Opplæring er budsjettert med NOK 80 000 i 2027.\nGevinster: 0,8 årsverk i saksbehandlingen (ca. NOK 450 000 per år); kvalitativt raskere vedtak.\n',
    'sides-da.md':
      '# FLIS\n\n## V. Økonomi\n\nTilslutning: 0,18 mio. kr. i 2027. Drift: 0,06 mio. kr. om året fra 2027.\nGevinst: 0,4 årsværk svarende til 0,21 mio. kr. om året fra 2027.\nFinansiering: digitaliseringspuljen.\n',
    'subtotal-da.md':
      '# Vintertjeneste\n\n## E. Økonomi (1.000 kr.)\n\n| Post | 2026 | 2027 | 2028 | I alt |\n|---|---:|---:|---:|---:|\n| Anskaffelse | 320 | 0 | 0 | 320 |\n| Licens og drift | 0 | 120 | 120 | 240 |\n| Omkostninger i alt | 320 | 120 | 120 | 560 |\n| Gevinst: mindre saltforbrug | 0 | 190 | 190 | 380 |\n\nFinansiering: anlægsrammen.\n',
    'subtotal-sv.md':
      '# Tidbokning\n\n## Kalkyl (tkr)\n\n| Post | 2027 | 2028 | Summa |\n|---|---:|---:|---:|\n| Utveckling | 900 | 0 | 900 |\n| Förvaltning | 0 | 160 | 160 |\n| Kostnader totalt | 900 | 160 | 1 070 |\n',
    'gains-da.md':
      '# Vandstand\n\n## Sammenhæng med it-strategien\n\n- Standardisering: Sensorerne bruger kommunens eksisterende IoT-platform og GIS.\n- Kommunal sammenhæng: Måledata lagres ét sted og vises både i GIS og i vagtsystemet.\n- Effektivisering: Manuelle aflæsninger (ca. 300 timer om året) bortfalder. Timerne anvendes af Vej & Park til vedligehold af diger.\n',
    'gains-en.md':
      '# Route planning\n\n## Strategy alignment\n\n- Standardisation: Routes are kept in the municipal GIS, which the kitchen already uses.\n- Coherence: Addresses come from the citizen register and are never keyed twice.\n- Efficiency: Drivers save about 400 hours a year. The hours are used by the kitchen for a second daily round.\n',
    'kind-columns-en.md':
      '# Meal ordering\n\n## 3. Benefit valuation\n\n| | Investment (SEK) | Operation per year (SEK) |\n|---|---:|---:|\n| Module licence and set-up | 140,000 | 38,000 |\n| Tablets for 12 groups | 96,000 | 0 |\n| Total | 236,000 | 38,000 |\n\nBenefits: 0.6 FTE in home care (about SEK 340,000 a year), fewer wrong deliveries. Risks: staff without tablet routines.\n',
    'kind-columns-sv.md':
      '# Måltidsbeställning\n\n## Nyttovärdering\n\n| | Investering (kr) | Drift per år (kr) |\n|---|---:|---:|\n| Licens och uppsättning | 140 000 | 38 000 |\n| Surfplattor | 96 000 | 0 |\n\nNyttor: 0,6 årsarbetare i hemtjänsten (ca. 340 000 kr per år). Risker: rutiner för surfplattor saknas.\n',
    'question-sv.md':
      '# PM: Digitala lås\n\n**Vad kostar det och vad ger det?**\nInvestering: 520 tkr (lås, installation). Drift och förvaltning: 85 tkr per år från 2028. Nytta: färre låsbyten (ca. 150 tkr per år).\n\n**Hur följer vi upp?**\n- Låsbyten per år: högst 2 vid utgången av 2028.\n- Nyckelhantering per pass: högst 5 minuter vid utgången av 2028.\n',
    'question-da.md':
      '# Notat: Digitale nøgler\n\n**Hvad koster det?**\n\nAnskaffelse: 480.000 kr. i 2027. Drift: 70.000 kr. om året fra 2028. Gevinst: færre låseskift (ca. 120.000 kr. om året).\n\n**Hvordan følger vi op?**\n\n- Låseskift pr. år: højst 2 ved udgangen af 2028.\n- Nøglehåndtering pr. vagt: højst 5 minutter ved udgangen af 2028.\n',
    'metric-commas-sv.md':
      '# Tidbokning\n\n### Uppföljning\n- Extern nytta: väntetid vid besök, objektiv mätning, från 90 till högst 20 minuter (december 2027).\n- Intern nytta: felbesök per vecka, objektiv, −60 % 2028.\n- It-mognad: medarbetare som planerar med bokningsvyn, enkät (subjektiv), 90 % 2028.\n- It-kostnad: förvaltningskostnad per bokning, objektiv, högst 4 kr 2028.\n- It-kvalitet: tillgänglighet i e-tjänsten, objektiv teknisk mätning, 99,5 % 2028.\n',
    'metric-commas-en.md':
      '# Booking\n\n## Follow-up\n- External benefit: waiting time at the counter, objective, from 90 to at most 20 minutes by December 2027.\n- Internal benefit: wrong visits per week, objective, 60 % fewer by 2028.\n- IT maturity: staff planning with the booking view, survey (subjective), 90 % by 2028.\n- IT cost: cost per booking, objective, at most SEK 4 by 2028.\n- IT quality: availability of the service, objective, 99.5 % in 2028.\n',
    'contents-da.md':
      '# Byggeaffald\n\n1. Baggrund og formål .......................... 2\n2. Sammenhæng med it-strategien ................ 3\n3. Økonomi ..................................... 4\n\n## 1. Baggrund og formål\n\nAnmeldelser modtages i dag som PDF.\n\n## 2. Sammenhæng med it-strategien\n\nPrioriteringskriterierne:\n\n- Standardisering: Vi bruger den ESDH-integration og det GIS-lag, som området allerede har.\n- Kommunal sammenhæng: Anmelderens data hentes fra BBR og CVR og indtastes kun ét sted.\n- Effektivisering: De 0,6 årsværk, der frigøres, anvendes til flere tilsyn på byggepladser.\n',
    'contents-sv.md':
      '# Bygglov\n\nInnehåll\n\n- Sammanfattning …… 1\n- Prioriteringskriterier …… 2\n- Kalkyl …… 3\n\n## Prioriteringskriterier\n\n- Standardisering: Vi använder kommunens befintliga ärendesystem och GIS-skikt.\n- Kommunalt sammanhang: Sökandens uppgifter hämtas ur registren och matas in en gång.\n- Effektivisering: De frigjorda timmarna används till fler tillsynsbesök.\n',
    'tabs-da.md':
      '# Bookingsystem\n\n## 4. Økonomi\n\nOmkostninger (kr.)\t2027\t2028\tI alt\nLicens\t96.000\t96.000\t192.000\nOpsætning\t140.000\t0\t140.000\nI alt\t236.000\t96.000\t332.000\n\nGevinster (kr.)\t2027\t2028\tI alt\nSparet administration\t150.000\t300.000\t450.000\nI alt\t150.000\t300.000\t460.000\n',
    'tabs-nb.md':
      '# Utlån\n\n## Økonomi\n\nKostnader (kr)\t2027\t2028\tSum\nLisens\t45 000\t45 000\t90 000\nOppstart\t60 000\t0\t60 000\n\nGevinster (kr)\t2027\t2028\tSum\nSpart tid\t30 000\t90 000\t120 000\n',
    'colon-sv.md':
      '# Tidbokning\n\n## Kategori och arkitektur\n\nKategori: differentierande, enligt stadens projektmodell. Inga dubblerade funktioner: e-tjänstplattformen och id-portalen återanvänds och besöksstatistiken tas fram i LIS.\n',
    'colon-en.md':
      '# Booking\n\n## Category and architecture\n\nCategory: differentiating, run under the city project model. No duplicated functions: the e-service platform (e-tjänstplattformen) and the id-portal are reused.\n',
    'fallback-sv.md':
      '# Tidbokning\n\n## Sammanfattning\n\nBokningen byggs som en e-tjänst på stadens e-tjänstplattform med inloggning via id-portalen (drop-in finns kvar för den som inte kan boka digitalt).\n',
    'fallback-da.md':
      '# Madservice\n\n## Fællesoffentlig løsning\n\nBestillingen sker på borger.dk med MitID; telefonen bevares for dem, der ikke kan bruge MitID.\n',
    'training-nb.md': '# Utlån\n\n## Organisering og kompetanse\n\nInnføringen er et organisasjonsprosjekt. Opplæring er budsjettert med NOK 20 000.\n',
    'training-en.md':
      '# Lending\n\n## Organisation and competence\n\nThe roll-out is an organisation project. Training of the lending staff is budgeted at NOK 20,000 in 2027.\n',
    'pilot-sv.md':
      '# Pilot: Sensorer i papperskorgar\n\nFinansiering: innovationsportföljen 2027.\n\n## Kategori\n\nInnovativt. Piloten pågår i tre månader.\n\n## Tidplan\n\nPiloten genomförs 2027-04-01–2027-06-30.\n\n## Avvecklings- och erfarenhetsplan\n\nEn utvärderingsrapport tas fram i augusti 2027; annars demonteras sensorerna och kontot avslutas.\n',
    'closed-da.md':
      '# Storskrald\n\n## 5. Business case\n\nAlle beløb i kr.\n\n| Post | 2027 | 2028 | I alt |\n|---|---|---|---|\n| Implementering | 140.000 | 0 | 140.000 |\n| Licens og drift | 36.000 | 36.000 | 72.000 |\n| Omkostninger i alt | 176.000 | 36.000 | 212.000 |\n| Sparede henvendelsesudgifter | 100.000 | 150.000 | 250.000 |\n',
    'closed-sv.md':
      '# Lärplattform\n\n## 4. Kostnadsuppskattning\n\nBelopp i tkr.\n\n| Post | 2027 | 2028 | Totalt |\n|---|---|---|---|\n| Upphandling och införande | 350 | 0 | 350 |\n| Licenser (drift) | 280 | 280 | 560 |\n| Summa kostnader | 630 | 280 | 910 |\n| Avvecklade licenser för tre plattformar | 150 | 390 | 540 |\n| Summa nyttor | 150 | 390 | 540 |\n',
    'led-sv.md':
      '# Digital justering\n\n## Nyttovärdering\n\nInvesteringen i signeringstjänsten uppgår till 145 000 kr år 2027. Drift och licens kostar 32 000 kr per år 2027–2029, totalt 96 000 kr. Den samlade kostnaden för perioden blir därmed 241 000 kr.\n\nNyttan består av minskad tid för utskrift, signering och skanning (cirka 0,25 årsarbetare, 140 000 kr per år från 2028).\n',
    'led-nb.md':
      '# Digital signering\n\n## Økonomi\n\nInvesteringen er 150 000 kr i 2027. Drift koster 30 000 kr per år, til sammen 90 000 kr over tre år.\n\nGevinsten ligger i mindre tid til utskrift og skanning (om lag 0,3 årsverk, 180 000 kr per år fra 2028).\n',
    'financed-da.md':
      '# Byggesagsarkiv\n\n## 6. Økonomi\n\nAlle beløb i 1.000 kr. Finansieres af anlægspuljen til digitalisering (byrådsbeslutning af 15. juni 2026).\n\n| Post | Beløb | Art |\n|---|---|---|\n| Indscanning | 1.800 | investering |\n| Drift | 60 | drift |\n',
    'financed-en.md':
      "# Pupil portfolio\n\n## Business case\n\nThe project is funded from the schools' digitalisation pool for 2027.\n\n| Item | Amount | Kind |\n|---|---|---|\n| Add-on licence | 90,000 | operating |\n| Set-up | 40,000 | investment |\n",
    'dashed-da.md':
      '# Byggesagsarkiv\n\n## 3. Sammenhæng med it-strategien\n\nPrioriteringskriterier:\n- Standardisering – genbrug af ESDH og GIS, ingen nye fagsystemer.\n- Kommunal sammenhæng – adressedata hentes fra DAR, så data kun vedligeholdes ét sted.\n- Effektivisering – gevinsten anvendes til at nedbringe sagsbehandlingstiden fra 52 til 40 dage.\n',
    'dashed-en.md':
      '# Pupil portfolio\n\nPriority criteria:\n- Standardisation – reuses Aula, UNI-Login and the existing ESDH; no new platform.\n- Municipal coherence – pupil data are maintained once in the school administration system.\n- Efficiency – teachers save 20 minutes per class a week; this time is used for feedback conversations.\n',
    'pros-cons-da.md':
      '# ESDH\n\n## Økonomisk overblik\n\nFordele og ulemper: Fordelene er ét samlet overblik over borgerens sag og bedre aktindsigt. Ulemperne er en periode med dobbeltregistrering under migreringen.\n',
    'pros-cons-sv.md':
      '# E-arkiv\n\n## Kalkyl\n\nFördelar och nackdelar: Fördelarna är snabbare sökning och färre pappersakter. Nackdelarna är ett beroende av en leverantör.\n',
    'baseline-nb.md':
      '# Parkeringstillatelse\n\n## 6. Økonomi\n\nGevinster: 0,2 årsverk i redusert registrering (ca. 160 000 kr per år, kvantitativt) og raskere vedtak (kvalitativt). Gevinstene rapporteres mot utgangspunktet fra 2025.\n',
    'baseline-en.md':
      '# Meter readings\n\n## Cost-benefit\n\nBenefits: 0.3 FTE in billing (about NOK 200,000 a year, quantitative) and fewer estimated bills (qualitative). The gains are reported against the 2025 baseline of 4,200 paper cards.\n',
    'after-contract-sv.md': '# Gästhamn\n\n## IT-rådet\nIT-rådet informeras när avtalet med leverantören är tecknat.\n',
    'after-contract-en.md': '# Guest harbour\n\n## IT council\n\nThe IT council will be informed once the contract with the supplier is signed.\n',
    'slash-nb.md':
      '# eByggesak\n\n## 3 Kost/nytte og gevinster\n\n3.2 Kostnader (1 000 kr):\n\n| Post | Type | 2027 | 2028 | Sum |\n|---|---|---|---|---|\n| Integrasjon | investering | 1 400 | 300 | 1 700 |\n| Lisens og drift | drift | 420 | 420 | 840 |\n| Sum | | 1 820 | 720 | 2 540 |\n',
    'slash-da.md':
      '# Byggesag\n\n## 4. Omkostninger/gevinster og finansiering\n\n| Post | Art | Beløb |\n|---|---|---|\n| Licens | drift | 120.000 |\n| Opsætning | investering | 300.000 |\n| Færre opkald | økonomisk | 90.000 |\n',
    'roles-sv.md':
      '# Markupplåtelse\n\n## 4. Organisation och ansvar\n\n| Roll | Namn | Ansvar |\n|---|---|---|\n| Systemägare | Trafiknämnden | A – har genom beslut 2026-11-19 (§ 14) accepterat ansvaret och förvaltningskostnaderna |\n| Systemägarrepresentant | Avdelningschef Maria Ekdahl, trafikkontoret | R |\n| Projektledare | Oskar Lind | R |\n',
    'roles-en.md':
      '# Street permits\n\n## Organisation\n\n| Role | Name | Responsibility |\n|---|---|---|\n| Project owner | Maria Ekdahl, Head of Traffic Permits | Accountable |\n| Project manager | Oskar Lind | Responsible |\n',
    'case-da.md':
      '# Indstilling: Pladsanvisning\n\n## 1. Indstilling\n\nForvaltningen indstiller, at udvalget godkender projektet.\n\n## 2. Sagsfremstilling\n\nPladsanvisningen bruger i dag et lokalt system fra 2011, som ikke længere understøttes. Forældre skriver sig op på papir, og opskrivningerne tastes ind manuelt.\n',
    'case-nb.md':
      '# Saksframlegg: Digital byggesak\n\n## Saksframstilling\n\nKommunene behandler byggesøknader på papir. Prosjektet innfører en felles digital byggesaksløsning med innlogging via ID-porten.\n',
    'took-on-sv.md':
      '# Beställningsportal\n\n1.2 Systemägare är Socialnämnden. Nämnden har den 2026-11-26 (§ 21) beslutat att ta ansvaret och förvaltningskostnaderna för portalen.\n',
    'took-on-en.md':
      '# Ordering portal\n\nThe system owner is the Social Services Committee, which on 26 November 2026 decided to take on the responsibility and the running costs of the portal.\n',
    'ud-nb.yaml': 'tittel: Vaktbytte-app\nstrategi: ikt-follo\nuniversell-utforming: Ikke relevant, dette er et internt system for ansatte.\n',
    'ud-en.md': '# Shift app\n\n## Universal design\n\nNot relevant: the app is an internal system for staff.\n',
    'plan-later-sv.md':
      '# Larm\n\n## Säkerhet\n\nEn IT-säkerhetsplan för systemet tas fram senare av leverantören.\n\n## Tillgänglighet\n\nAppen uppfyller WCAG 2.1 AA och kan användas med skärmläsare.\n',
    'plan-later-en.md':
      '# Alarms\n\n## Security\n\nAn IT security plan for the system will be drawn up later by the supplier.\n\n## Accessibility\n\nThe app meets WCAG 2.1 AA and works with screen readers.\n',
    'if-time-sv.md': '# Signering\n\n## Efterkalkyl\n\nEn efterkalkyl kan göras 2028 om förvaltningen har tid och resurser.\n',
    'if-time-en.md': '# Signing\n\n## Post-calculation\n\nA post-calculation may be made in 2028 if the department has time.\n',
    'wrapped-nb.md':
      '# Læringsplattform\n\n## Personvern\n\nLøsningen er en skytjeneste med elevenes personopplysninger. ROS-analyse for skytjenesten ble gjennomført 18. november 2026. Det inngås ikke egen\ndatabehandleravtale; leverandørens standardvilkår godtas ved bestilling.\n',
    'wrapped-da.md':
      '# Læringsplatform\n\n## Persondata\n\nLøsningen er en cloudtjeneste med elevernes personoplysninger. Risikovurdering gennemført 18. november 2026. Der indgås ikke en\ndatabehandleraftale; leverandørens standardvilkår accepteres.\n',
    'raci-da.md':
      '# Vagtplan\n\n## Ansvar (RACI)\n\n| Opgave | Sundhed & Omsorg | Personale & HR | It |\n|---|---|---|---|\n| Projektets mål og gevinster | A | A | C |\n| Krav og udbud | R | C | A |\n',
    'raci-en.md':
      '# Rostering\n\n## Responsibilities (RACI)\n\n| Task | Health and Care | HR | IT |\n|---|---|---|---|\n| The project and its benefits | A | C | I |\n| Requirements | R | C | A |\n',
    'one-off-da.md':
      '# Digitalisering af byggesagsarkiv\n\n## Økonomi\n\nAlle beløb i kr.\n\n| Post | Beløb | Art |\n|---|---|---|\n| Skanning | 900.000 | investering |\n\n| Gevinst | Beløb | Art |\n|---|---|---|\n| Frigjort kælderareal | 60.000 | økonomisk |\n\nFinansiering: anlægsrammen.\n',
    'one-off-sv.md':
      '# Skanning av bygglovsarkiv\n\n## Nyttovärdering\n\nBelopp i kronor.\n\n| Post | Belopp | Typ |\n|---|---|---|\n| Skanning | 900 000 | investering |\n\n| Nytta | Belopp | Typ |\n|---|---|---|\n| Frigjord arkivyta | 60 000 | ekonomisk |\n',
    'aside-da.md':
      '# Booking\n\n## Business case\n\nAlle beløb i kr.\n\n| Post | 2027 | 2028 | I alt |\n|---|---:|---:|---:|\n| Aktivering af bookingmodul (omkostning) | 25.000 | 0 | 25.000 |\n| Licens (drift) | 10.000 | 10.000 | 20.000 |\n| Kanalbesparelse 3.120 × 20 kr. (gevinst) | 31.200 | 62.400 | 93.600 |\n',
    'aside-en.md':
      '# Booking\n\n## Business case\n\nAll amounts in DKK.\n\n| Item | 2027 | 2028 | Total |\n|---|---:|---:|---:|\n| Booking module (cost) | 25,000 | 0 | 25,000 |\n| Licence (operating) | 10,000 | 10,000 | 20,000 |\n| Fewer calls (benefit) | 31,200 | 62,400 | 93,600 |\n',
    'later-da.md':
      '# Sundhedspleje\n\n## 4 Tværgående konsekvenser\n\nDe tværgående konsekvenser for Borgerservice og Økonomi vil blive beskrevet, når løsningen er sat i drift.\n',
    'later-en.md':
      '# Health visiting\n\n## Cross-cutting consequences\n\nThe consequences for Citizen Services and Finance will be described once the solution is in operation.\n',
  });
});
afterAll(() => removeDir(dir));

function findings(file: string, strategy: string, rules: string[]): string[] {
  const run = runBuilt(['lint', '--format', 'json', '--no-ignore', '--strategy', strategy, file], { cwd: dir });
  const [result] = JSON.parse(run.stdout) as { messages: Message[] }[];
  return result!.messages
    .filter((message) => rules.includes(message.ruleId))
    .map((message) => `${message.ruleId}/${message.messageId}@${message.line}:${message.column}`);
}

const READ = ['schema', 'single-owner', 'focus-area', 'it-category', 'follow-up-perspectives', 'description'];

describe('headings without heading markup', () => {
  it('sv: a bold title, bold numbered headings and numbered paragraphs are read as a reviewer reads them', () => {
    // Owner in a sentence (1.2), focus area by its number among explaining sentences (2.2), the
    // category as a label line after its paragraph number (2.3), five metrics as numbered lines.
    expect(findings('bold.md', 'stockholm', [...READ, 'it-category'])).toEqual([]);
  });
  it('da: capitals headings, the owner in a passive sentence, metrics as bullets', () => {
    expect(findings('caps.md', 'stockholm', ['single-owner', 'follow-up-perspectives'])).toEqual(['follow-up-perspectives/missingPerspectives@7:1']);
  });
  it('nb: numbered paragraphs with run-in headings ("1.1 Formål. …")', () => {
    expect(findings('runin.md', 'stockholm', ['single-owner', 'description', 'follow-up-perspectives'])).toEqual([
      'follow-up-perspectives/missingPerspectives@7:5',
    ]);
  });
});

describe('values among sentences', () => {
  it('en: a focus area named in its section after a sentence about the goal', () => {
    expect(findings('prose.md', 'stockholm', ['schema', 'focus-area', 'single-owner'])).toEqual([]);
  });
});

describe('a project period stated in a sentence', () => {
  it('da: "løber fra 1. marts til 31. december 2027" is the schedule, its end where it is written', () => {
    expect(findings('span-da.md', 'stockholm', ['it-category'])).toEqual(['it-category/tooLong@5:34']);
  });
  it('sv: "Piloten genomförs 2027-02-01–2027-05-31" under "Tidplan"', () => {
    expect(findings('span-sv.md', 'stockholm', ['it-category'])).toEqual(['it-category/long@9:30']);
  });
  it('nb: a benefit horizon "over perioden 2027–2031" is no schedule', () => {
    expect(findings('span-nb.md', 'stockholm', ['it-category'])).toEqual(['it-category/noSchedule@3:11']);
  });
});

describe('the one who acts for the owner', () => {
  it('sv Markdown: "Äldrenämnden, genom systemägarrepresentant …, äldreförvaltningen" is one owner', () => {
    expect(findings('through.md', 'stockholm', ['single-owner'])).toEqual([]);
  });
  it('en YAML: "The Elderly Care Committee, represented by …" is one owner', () => {
    expect(findings('through.yaml', 'stockholm', ['single-owner'])).toEqual([]);
  });
});

describe('a numbered value named by its number in a sentence', () => {
  it('sv: "Fokusområde 1 och 4 (…)" in the goals paragraph', () => {
    expect(findings('focus-sv.md', 'stockholm', ['focus-area', 'schema'])).toEqual([]);
  });
  it('en: "Focus area 1 (…) and focus area 4 (…)"', () => {
    expect(findings('focus-en.md', 'stockholm', ['focus-area', 'schema'])).toEqual([]);
  });
  it('en: a number the strategy has no focus area for names none', () => {
    expect(findings('focus-none.md', 'stockholm', ['focus-area'])).toEqual(['focus-area/missing@1:1']);
  });
});

describe('the body that owns, and its representative', () => {
  it('sv: the nämnd on its own line, its decision accepting the costs after it, the representative labelled', () => {
    expect(findings('body-sv.md', 'stockholm', ['system-owner', 'single-owner'])).toEqual([]);
  });
  it('en: "The Traffic Committee (decision … to accept the responsibility and costs)"', () => {
    expect(findings('body-en.md', 'stockholm', ['system-owner', 'single-owner'])).toEqual([]);
  });
});

describe('a list introduced by a line that names its field', () => {
  it('da: "2.1 Prioriteringskriterier:" over labelled bullets, the owner in "Ejer af projektet er …"', () => {
    expect(findings('criteria-da.md', 'esbjerg', ['priority-criteria', 'single-owner', 'strategy-alignment', 'description'])).toEqual([]);
  });
  it('en: "assessed against the IT strategy\'s prioritisation criteria:" over bold-labelled bullets', () => {
    expect(findings('criteria-en.md', 'esbjerg', ['priority-criteria', 'strategy-alignment'])).toEqual([]);
  });
});

describe('a money table whose item column no alias names', () => {
  it('en: "| Benefit per year (from 2028) | Amount |" lists benefits, not costs', () => {
    const run = runBuilt(['lint', '--format', 'json', '--no-ignore', '--strategy', 'oskarshamn', 'benefit-table.md'], { cwd: dir });
    const [result] = JSON.parse(run.stdout) as { businessCase: { costs: { total: number }; benefits: { financial: number } } }[];
    expect(result!.businessCase.costs.total).toBe(344000);
    expect(result!.businessCase.benefits.financial).toBe(430000);
  });
});

describe('a combined heading over money tables', () => {
  it('en: "## Costs, advantages and disadvantages" reads each table once, the benefit table as benefits', () => {
    const run = runBuilt(['lint', '--format', 'json', '--no-ignore', '--strategy', 'nordfyns', 'combined.md'], { cwd: dir });
    const [result] = JSON.parse(run.stdout) as { businessCase: { costs: { total: number }; benefits: { financial: number } }; messages: Message[] }[];
    expect(result!.businessCase.costs.total).toBe(148000);
    expect(result!.businessCase.benefits.financial).toBe(85000);
    expect(result!.messages.filter((message) => message.ruleId === 'business-case').map((message) => message.messageId)).toEqual([]);
  });
});

describe('definition lists', () => {
  it('da: "Projektejer" / ": …" names the owner; a work process defined under its own heading is one section', () => {
    expect(findings('deflist-da.md', 'nordfyns', ['single-owner', 'work-process'])).toEqual([]);
  });
  it('sv: "Projektägare" and "Fokusområden" as terms with their definitions', () => {
    expect(findings('deflist-sv.md', 'stockholm', ['single-owner', 'focus-area', 'schema'])).toEqual([]);
  });
});

describe('cost tables with a column per kind, and a caption that gives the unit', () => {
  const figures = (file: string) => {
    const run = runBuilt(['lint', '--format', 'json', '--no-ignore', '--strategy', 'nordfyns', file], { cwd: dir });
    return (JSON.parse(run.stdout) as { businessCase: { costs: Record<string, number>; benefits: { financial: number } } }[])[0]!.businessCase;
  };
  it('da: "| Post | Anlæg 2027 | Drift pr. år fra 2027 |" under "Tabel 1: Omkostninger (1.000 kr.)"', () => {
    const read = figures('kinds-da.md');
    expect([read.costs.investment, read.costs.operating, read.benefits.financial]).toEqual([600000, 85000, 300000]);
  });
  it('nb: "| Post | Investering | Drift |" under "Tabell 1: Kostnader i tkr"', () => {
    const read = figures('kinds-nb.md');
    expect([read.costs.investment, read.costs.operating]).toEqual([600000, 85000]);
  });
});

describe('costs and benefits stated in sentences', () => {
  const figures = (file: string, strategy: string) => {
    const run = runBuilt(['lint', '--format', 'json', '--no-ignore', '--strategy', strategy, file], { cwd: dir });
    const read = (JSON.parse(run.stdout) as { businessCase: { costs: Record<string, number>; benefits: { financial: number } } }[])[0]!.businessCase;
    return [read.costs.investment, read.costs.operating, read.benefits.financial];
  };
  it('sv: "Investering 420 000 kr 2027 (…). Drift och förvaltning 96 000 kr per år från 2027. Direkt nytta 520 000 kr …", wrapped', () => {
    expect(figures('money-sv.md', 'oskarshamn')).toEqual([420000, 96000, 520000]);
  });
  it('nb: "Investeringen er 1,2 mill. kr … Drift og lisens koster 150 000 kr per år … Gevinsten er 400 000 kr …"', () => {
    expect(figures('money-nb.md', 'ikt-follo')).toEqual([1200000, 150000, 400000]);
  });
});

describe('metrics labelled as such under a heading that names no field', () => {
  it('sv: "**Hur följer vi upp?**" over "- Nyckeltal 1: …": the metric without a target is found at its line, the one with "vid utgången av 2027 skall 90 %" passes', () => {
    expect(findings('kpi-sv.md', 'oskarshamn', ['measurable-targets'])).toEqual(['measurable-targets/noDeadline@4:3', 'measurable-targets/noTarget@4:3']);
  });
  it('en: "KPI 1: …" / "KPI 2: by the end of 2027, 90 % …"', () => {
    expect(findings('kpi-en.md', 'oskarshamn', ['measurable-targets'])).toEqual(['measurable-targets/noDeadline@5:3', 'measurable-targets/noTarget@5:3']);
  });
});

describe('keys and figures named in running text', () => {
  it('en: the three priority criteria named in one paragraph ("(standardisation)", "(coherence)", "Efficiency gains … will be used to …")', () => {
    expect(findings('criteria-prose.md', 'esbjerg', ['priority-criteria'])).toEqual([]);
  });
  it('sv: a metric line in parts set apart by semicolons: the last part with a figure is the target', () => {
    expect(
      findings('metric-semicolons.md', 'stockholm', ['measurable-targets']).concat(
        findings('metric-semicolons.md', 'stockholm', ['follow-up-perspectives']).filter((found) => found.includes('noTarget')),
      ),
    ).toEqual([]);
  });
});

describe('each side of a business case read where it is written', () => {
  const figures = (file: string, strategy: string) => {
    const run = runBuilt(['lint', '--format', 'json', '--no-ignore', '--strategy', strategy, file], { cwd: dir });
    const [result] = JSON.parse(run.stdout) as { businessCase: { currency: string; costs: Record<string, number>; benefits: { financial: number } } }[];
    return result!.businessCase;
  };
  it('nb: costs in sentences ("Investering NOK 0,9 mill. …, drift NOK 120 000 per år") beside a labelled list of benefits', () => {
    const read = figures('sides-nb.md', 'ikt-follo');
    expect([read.costs.investment, read.costs.operating, read.costs.total, read.benefits.financial]).toEqual([900000, 120000, 1100000, 450000]);
    expect(findings('sides-nb.md', 'ikt-follo', ['competence'])).not.toContain('competence/noTrainingBudget@1:1');
  });
  it('da: a sentence that ends its line ends its money line ("… i 2027." then "Gevinst: …")', () => {
    const read = figures('sides-da.md', 'esbjerg');
    expect([read.costs.total, read.benefits.financial]).toEqual([240000, 210000]);
  });
});

describe('a total row named at its end, and the unit in the section heading', () => {
  it('da: "| Omkostninger i alt |" is a subtotal, not a cost; "## E. Økonomi (1.000 kr.)" gives thousands of kroner', () => {
    const run = runBuilt(['lint', '--format', 'json', '--no-ignore', '--strategy', 'esbjerg', 'subtotal-da.md'], { cwd: dir });
    const [result] = JSON.parse(run.stdout) as {
      businessCase: { currency: string; costs: { total: number }; benefits: { financial: number } };
      messages: Message[];
    }[];
    expect([result!.businessCase.currency, result!.businessCase.costs.total, result!.businessCase.benefits.financial]).toEqual(['DKK', 560000, 380000]);
    expect(result!.messages.filter((message) => message.ruleId === 'business-case').map((message) => message.messageId)).toEqual([]);
  });
  it('sv: "| Kostnader totalt |" is checked as the total of the rows above, and is no cost line', () => {
    const run = runBuilt(['lint', '--format', 'json', '--no-ignore', '--strategy', 'oskarshamn', 'subtotal-sv.md'], { cwd: dir });
    const [result] = JSON.parse(run.stdout) as { businessCase: { costs: { total: number } } }[];
    expect(result!.businessCase.costs.total).toBe(1060000);
    expect(findings('subtotal-sv.md', 'oskarshamn', ['business-case']).filter((found) => !found.includes('noBenefits'))).toEqual([
      'business-case/rowTotal@9:34',
    ]);
  });
});

describe('the use of the gains, with who uses them between verb and purpose', () => {
  it('da: "Timerne anvendes af Vej & Park til vedligehold af diger", in the sentence after the figure', () => {
    expect(findings('gains-da.md', 'esbjerg', ['priority-criteria'])).toEqual([]);
  });
  it('en: "The hours are used by the kitchen for a second daily round"', () => {
    expect(findings('gains-en.md', 'esbjerg', ['priority-criteria'])).toEqual([]);
  });
});

describe('a cost table with a column per kind and no header over its items', () => {
  const figures = (file: string) => {
    const run = runBuilt(['lint', '--format', 'json', '--no-ignore', '--strategy', 'oskarshamn', file], { cwd: dir });
    const read = (JSON.parse(run.stdout) as { businessCase: { costs: Record<string, number>; benefits: { financial: number } } }[])[0]!.businessCase;
    return [read.costs.investment, read.costs.operating, read.benefits.financial];
  };
  it('en: "| | Investment (SEK) | Operation per year (SEK) |"; the benefits list ends where "Risks:" begins', () => {
    expect(figures('kind-columns-en.md')).toEqual([236000, 38000, 340000]);
  });
  it('sv: "| | Investering (kr) | Drift per år (kr) |"', () => {
    expect(figures('kind-columns-sv.md')).toEqual([236000, 38000, 340000]);
  });
});

describe("headings written as the reader's question", () => {
  it('sv: "**Vad kostar det och vad ger det?**" is the benefit valuation, "**Hur följer vi upp?**" the follow-up, its labelled bullets metrics with targets', () => {
    expect(findings('question-sv.md', 'oskarshamn', ['business-case', 'measurable-targets'])).toEqual([]);
  });
  it('da: "**Hvad koster det?**" and "**Hvordan følger vi op?**"', () => {
    expect(findings('question-da.md', 'nordfyns', ['business-case', 'measurable-targets'])).toEqual([]);
  });
});

describe('a metric line in parts set apart by commas', () => {
  it('sv: the last part with a figure is the target; "från 90 till högst 20 minuter" gives baseline and target', () => {
    expect(findings('metric-commas-sv.md', 'stockholm', ['follow-up-perspectives'])).toEqual([]);
  });
  it('en: "from 90 to at most 20 minutes", "99.5 % in 2028"', () => {
    expect(findings('metric-commas-en.md', 'stockholm', ['follow-up-perspectives'])).toEqual([]);
  });
});

describe('a table of contents pasted from Word', () => {
  it('da: "2. Sammenhæng med it-strategien ..... 3" names no criterion; the criteria are read under "Prioriteringskriterierne:"', () => {
    expect(findings('contents-da.md', 'esbjerg', ['priority-criteria'])).toEqual([]);
  });
  it('sv: "- Prioriteringskriterier …… 2" in a contents list is no section', () => {
    expect(findings('contents-sv.md', 'esbjerg', ['priority-criteria'])).toEqual([]);
  });
});

describe('a table pasted from a spreadsheet as tab-separated lines', () => {
  const read = (file: string, strategy: string) => {
    const run = runBuilt(['lint', '--format', 'json', '--no-ignore', '--strategy', strategy, file], { cwd: dir });
    return (JSON.parse(run.stdout) as { businessCase: { costs: { total: number }; benefits: { financial: number } }; messages: Message[] }[])[0]!;
  };
  it('da: year columns and "I alt" rows are read and checked (the benefits\' grand total is wrong)', () => {
    const result = read('tabs-da.md', 'nordfyns');
    expect([result.businessCase.costs.total, result.businessCase.benefits.financial]).toEqual([332000, 450000]);
    expect(findings('tabs-da.md', 'nordfyns', ['business-case'])).toEqual(['business-case/rowTotal@12:23']);
  });
  it('nb: "Kostnader (kr)⇥2027⇥2028⇥Sum"', () => {
    const result = read('tabs-nb.md', 'ikt-follo');
    expect([result.businessCase.costs.total, result.businessCase.benefits.financial]).toEqual([150000, 120000]);
  });
});

describe("what follows a label's colon is a clause of its own", () => {
  it('sv: "Inga dubblerade funktioner: e-tjänstplattformen och id-portalen återanvänds" uses them, integrated with the city\'s systems', () => {
    expect(findings('colon-sv.md', 'stockholm', ['shared-solution', 'it-category'])).toEqual([]);
  });
  it('en: "No duplicated functions: the e-service platform … and the id-portal are reused"', () => {
    expect(findings('colon-en.md', 'stockholm', ['shared-solution', 'it-category'])).toEqual([]);
  });
});

describe('a negation about people, not about the solution', () => {
  it('sv: "(drop-in finns kvar för den som inte kan boka digitalt)" does not deny the id-portal', () => {
    expect(findings('fallback-sv.md', 'stockholm', ['shared-solution'])).toEqual([]);
  });
  it('da: "telefonen bevares for dem, der ikke kan bruge MitID" does not deny MitID', () => {
    expect(findings('fallback-da.md', 'nordfyns', ['shared-solution'])).toEqual([]);
  });
});

describe('a cost stated in a sentence of its own section', () => {
  it('nb: "Opplæring er budsjettert med NOK 20 000." under "Organisering og kompetanse"', () => {
    expect(findings('training-nb.md', 'ikt-follo', ['competence']).filter((found) => found.includes('Training'))).toEqual([]);
  });
  it('en: "Training of the lending staff is budgeted at NOK 20,000 in 2027."', () => {
    expect(findings('training-en.md', 'ikt-follo', ['competence']).filter((found) => found.includes('Training'))).toEqual([]);
  });
});

describe('an innovation pilot plans with its exit and experience plan', () => {
  it('sv: "## Avvecklings- och erfarenhetsplan" is the exit plan, and the plan STH-5 asks of an innovation-portfolio pilot', () => {
    expect(findings('pilot-sv.md', 'stockholm', ['it-category', 'benefit-realisation-plan'])).toEqual([]);
  });
});

describe('a cost table that goes on below its cost total', () => {
  const figures = (file: string, strategy: string) => {
    const run = runBuilt(['lint', '--format', 'json', '--no-ignore', '--strategy', strategy, file], { cwd: dir });
    const read = (JSON.parse(run.stdout) as { businessCase: { costs: { total: number }; benefits: { financial: number } } }[])[0]!.businessCase;
    return [read.costs.total, read.benefits.financial];
  };
  it('da: "| Sparede henvendelsesudgifter |" below "| Omkostninger i alt |" is a benefit', () => {
    expect(figures('closed-da.md', 'nordfyns')).toEqual([212000, 250000]);
    expect(findings('closed-da.md', 'nordfyns', ['business-case'])).toEqual([]);
  });
  it('sv: "| Summa kostnader |" closes the costs ("summa", not "sum"), the rows below are benefits', () => {
    expect(figures('closed-sv.md', 'oskarshamn')).toEqual([910000, 540000]);
  });
});

describe('costs and benefits in sentences: totals are no lines, a sentence led by the benefit states benefits', () => {
  const figures = (file: string, strategy: string) => {
    const run = runBuilt(['lint', '--format', 'json', '--no-ignore', '--strategy', strategy, file], { cwd: dir });
    const read = (JSON.parse(run.stdout) as { businessCase: { costs: Record<string, number>; benefits: { financial: number } } }[])[0]!.businessCase;
    return [read.costs.total, read.costs.operating, read.benefits.financial];
  };
  it('sv: "totalt 96 000 kr" and "Den samlade kostnaden … 241 000 kr" are totals; "Nyttan består av … (…, 140 000 kr per år)" a benefit', () => {
    expect(figures('led-sv.md', 'oskarshamn')).toEqual([177000, 32000, 140000]);
  });
  it('nb: "til sammen 90 000 kr" is a total; "Gevinsten ligger i … (…, 180 000 kr per år …)" a benefit', () => {
    expect(figures('led-nb.md', 'ikt-follo')).toEqual([180000, 30000, 180000]);
  });
});

describe('the financing said in a passive sentence', () => {
  it('da: "Finansieres af anlægspuljen til digitalisering"', () => {
    expect(findings('financed-da.md', 'esbjerg', ['business-case']).filter((found) => found.includes('noFinancing'))).toEqual([]);
  });
  it('en: "The project is funded from the schools\' digitalisation pool"', () => {
    expect(findings('financed-en.md', 'esbjerg', ['business-case']).filter((found) => found.includes('noFinancing'))).toEqual([]);
  });
});

describe('sub-fields set off by a dash', () => {
  it('da: "- Standardisering – genbrug af ESDH og GIS" under "Prioriteringskriterier:"', () => {
    expect(findings('dashed-da.md', 'esbjerg', ['priority-criteria'])).toEqual([]);
  });
  it('en: "- Municipal coherence – pupil data are maintained once …"', () => {
    expect(findings('dashed-en.md', 'esbjerg', ['priority-criteria'])).toEqual([]);
  });
});

describe('a label that names two fields', () => {
  it('da: "Fordele og ulemper: Fordelene er … Ulemperne er …" gives each field its sentences', () => {
    expect(findings('pros-cons-da.md', 'nordfyns', ['advantages-disadvantages'])).toEqual([]);
  });
  it('sv: "Fördelar och nackdelar: Fördelarna är … Nackdelarna är …"', () => {
    expect(findings('pros-cons-sv.md', 'nordfyns', ['advantages-disadvantages'])).toEqual([]);
  });
});

describe('gains reported against a baseline, said in a sentence', () => {
  it('nb: "Gevinstene rapporteres mot utgangspunktet fra 2025."', () => {
    expect(findings('baseline-nb.md', 'ikt-follo', ['benefit-baseline'])).toEqual([]);
  });
  it('en: "The gains are reported against the 2025 baseline …"', () => {
    expect(findings('baseline-en.md', 'ikt-follo', ['benefit-baseline'])).toEqual([]);
  });
});

describe('a notice that comes after the contract is no notice before the acquisition', () => {
  it('sv: "IT-rådet informeras när avtalet med leverantören är tecknat." (a phrase with a gap: "när avtalet … är tecknat")', () => {
    expect(findings('after-contract-sv.md', 'oskarshamn', ['it-council'])).toEqual(['it-council/notNotified@4:1']);
  });
  it('en: "… will be informed once the contract with the supplier is signed."', () => {
    expect(findings('after-contract-en.md', 'oskarshamn', ['it-council'])).toEqual(['it-council/notNotified@5:1']);
  });
});

describe('a heading with a slash inside a compound name, and rows whose kind says their side', () => {
  const costs = (file: string, strategy: string) => {
    const run = runBuilt(['lint', '--format', 'json', '--no-ignore', '--strategy', strategy, file], { cwd: dir });
    const read = (JSON.parse(run.stdout) as { businessCase: { costs: Record<string, number>; benefits: { financial: number } } }[])[0]!.businessCase;
    return [read.costs.investment, read.costs.operating, read.benefits.financial];
  };
  it('nb: "## 3 Kost/nytte og gevinster" is the cost-benefit analysis; its cost rows are costs', () => {
    expect(costs('slash-nb.md', 'ikt-follo')).toEqual([1700000, 840000, 0]);
  });
  it('da: "## 4. Omkostninger/gevinster og finansiering": each row goes to the side its kind names', () => {
    expect(costs('slash-da.md', 'nordfyns')).toEqual([300000, 120000, 90000]);
  });
});

describe('a table of roles', () => {
  it('sv: "| Roll | Namn | Ansvar |" names the system owner, and its note says the acceptance', () => {
    expect(findings('roles-sv.md', 'stockholm', ['single-owner', 'system-owner'])).toEqual([]);
  });
  it('en: "| Role | Name | Responsibility |" names the project owner', () => {
    expect(findings('roles-en.md', 'esbjerg', ['single-owner'])).toEqual([]);
  });
});

describe('a case presentation is the description', () => {
  it('da: "## 2. Sagsfremstilling" in an indstilling', () => {
    expect(findings('case-da.md', 'esbjerg', ['description'])).toEqual([]);
  });
  it('nb: "## Saksframstilling" in a saksframlegg', () => {
    expect(findings('case-nb.md', 'ikt-follo', ['description'])).toEqual([]);
  });
});

describe('the responsibility taken on, in other words than "accepted"', () => {
  it('sv: "Nämnden har … beslutat att ta ansvaret och förvaltningskostnaderna"', () => {
    expect(findings('took-on-sv.md', 'stockholm', ['system-owner'])).toEqual([]);
  });
  it('en: "… decided to take on the responsibility and the running costs"', () => {
    expect(findings('took-on-en.md', 'stockholm', ['system-owner'])).toEqual([]);
  });
});

describe('a field that rules out or puts off what it is about', () => {
  it('nb YAML: "universell-utforming: Ikke relevant, dette er et internt system"', () => {
    expect(findings('ud-nb.yaml', 'ikt-follo', ['universal-design'])).toEqual(['universal-design/putOff@3:23']);
  });
  it('en: "## Universal design" / "Not relevant: the app is an internal system"', () => {
    expect(findings('ud-en.md', 'ikt-follo', ['universal-design'])).toEqual(['universal-design/putOff@5:1']);
  });
  it('sv: the IT security plan "tas fram senare av leverantören" is put off', () => {
    expect(findings('plan-later-sv.md', 'oskarshamn', ['special-needs'])).toEqual(['special-needs/securityPlanDenied@5:1']);
  });
  it('en: "… will be drawn up later by the supplier"', () => {
    expect(findings('plan-later-en.md', 'oskarshamn', ['special-needs'])).toEqual(['special-needs/securityPlanDenied@5:1']);
  });
});

describe('a thing done only if there is time is not planned', () => {
  it('sv: "En efterkalkyl kan göras 2028 om förvaltningen har tid och resurser."', () => {
    expect(findings('if-time-sv.md', 'oskarshamn', ['post-calculation']).some((found) => found.startsWith('post-calculation/'))).toBe(true);
  });
  it('en: "… may be made in 2028 if the department has time."', () => {
    expect(findings('if-time-en.md', 'oskarshamn', ['post-calculation']).some((found) => found.startsWith('post-calculation/'))).toBe(true);
  });
});

describe('a sentence wrapped onto the next line is one sentence', () => {
  it('nb: "Det inngås ikke egen⏎databehandleravtale" denies the agreement', () => {
    expect(findings('wrapped-nb.md', 'ikt-follo', ['ros-and-dpa'])).toEqual(['ros-and-dpa/noDpa@5:126']);
  });
  it('da: "Der indgås ikke en⏎databehandleraftale"', () => {
    expect(findings('wrapped-da.md', 'ikt-follo', ['ros-and-dpa']).filter((found) => found.includes('noDpa'))).toEqual(['ros-and-dpa/noDpa@5:110']);
  });
});

describe('a RACI matrix names the owner', () => {
  it("da: two A's on the project's own row are two owners", () => {
    expect(findings('raci-da.md', 'esbjerg', ['single-owner'])).toEqual(['single-owner/several@7:1']);
  });
  it("en: one A on the project's row is the owner", () => {
    expect(findings('raci-en.md', 'esbjerg', ['single-owner'])).toEqual([]);
  });
});

describe('a business case with no running cost', () => {
  it("da, Esbjerg: a one-off project need not invent an operating cost (OSK-16 is Oskarshamn's demand)", () => {
    expect(findings('one-off-da.md', 'esbjerg', ['business-case'])).toEqual([]);
  });
  it('sv, Oskarshamn: "den kommande förvaltnings- / driftkostnaden" is asked for', () => {
    expect(findings('one-off-sv.md', 'oskarshamn', ['business-case'])).toEqual(['business-case/noOperating@7:1']);
  });
});

describe("a row's side named in its parentheses", () => {
  const benefits = (file: string) => {
    const run = runBuilt(['lint', '--format', 'json', '--no-ignore', '--strategy', 'nordfyns', file], { cwd: dir });
    const read = (JSON.parse(run.stdout) as { businessCase: { costs: { total: number }; benefits: { financial: number } } }[])[0]!.businessCase;
    return [read.costs.total, read.benefits.financial];
  };
  it('da: "Kanalbesparelse 3.120 × 20 kr. (gevinst)" is a benefit', () => {
    expect(benefits('aside-da.md')).toEqual([45000, 93600]);
  });
  it('en: "Fewer calls (benefit)"', () => {
    expect(benefits('aside-en.md')).toEqual([45000, 93600]);
  });
});

describe('a text that says it will be described is put off', () => {
  it('da: "… vil blive beskrevet, når løsningen er sat i drift."', () => {
    expect(findings('later-da.md', 'esbjerg', ['cross-cutting-consequences'])).toEqual(['cross-cutting-consequences/empty@3:1']);
  });
  it('en: "… will be described once the solution is in operation."', () => {
    expect(findings('later-en.md', 'esbjerg', ['cross-cutting-consequences'])).toEqual(['cross-cutting-consequences/empty@3:1']);
  });
});
