import { ruleTester } from '../test/helpers/rule-tester.js';
import rule from './shared-solution.js';

const stockholm = ['stockholm'];
/** The deviation's grounds and explanation are Esbjerg's "følg eller forklar" (ESB-3.1b, ESB-8f). */
const esbjerg = ['esbjerg'];

ruleTester(rule, {
  valid: [
    {
      name: "sv Markdown: the kommunstyrelse's exception decided in the section's own paragraph (STH-7)",
      filename: 'forslag.md',
      strategies: stockholm,
      code: `# Portal för externa utförare

## Gemensamma lösningar och undantag

Status: avviker

Utförarnas personal loggar in med SITHS-kort i stället för stadens id-portal. Kommunstyrelsen har beslutat om undantag från kravet på id-portalen för denna tjänst (KS 2026-10-21 § 31, dnr KS 2026/1032).
`,
    },
    {
      name: 'da Markdown (headings as hints): "4. Fællesoffentlig løsning – følg eller forklar" was "missing"',
      filename: 'forslag.md',
      code: `# Digital ansøgning om hjælpemidler

## 4. Fællesoffentlig løsning – følg eller forklar

Status: anvendes

Borgeren logger ind med MitID, og afgørelsen sendes med Digital Post.
`,
    },
    {
      name: 'nb Markdown (headings as hints): "5. Felleskomponenter og standarder"',
      filename: 'forslag.md',
      code: `# Digital søknad om startlån

## 5. Felleskomponenter og standarder

Status: brukes

Innlogging med ID-porten, og vedtak sendes med SvarUt.
`,
    },
    {
      name: 'sv Markdown (headings as hints): an ALL-CAPS "5. GEMENSAMMA LÖSNINGAR"',
      filename: 'forslag.md',
      code: `# E-tjänst för bygglov

## 5. GEMENSAMMA LÖSNINGAR

Status: används

Inloggning med BankID via stadens e-tjänstplattform; beslut skickas till Mina meddelanden.
`,
    },
    {
      name: 'en Markdown (headings as hints): "Shared components and standards"',
      filename: 'proposal.md',
      code: `# Online booking

## Shared components and standards

Status: used

Citizens log in with MitID, and decisions are sent with Digital Post.
`,
    },
    {
      name: 'da Markdown (polarity): a sentence that denies a deviation is no deviation; the components named are used',
      filename: 'forslag.md',
      code: `# Digital ansøgning om parkeringslicens

## Fællesoffentlig løsning

Borgeren logger ind med MitID, og afgørelsen sendes med Digital Post. Vi ser ingen grund til at afvige fra de fællesoffentlige løsninger.
`,
    },
    {
      name: 'en Markdown (polarity): "No deviation is planned" with the components used',
      filename: 'proposal.md',
      code: `# Parking permits

## Shared public solution

Citizens log in with MitID and decisions are sent through Digital Post. No deviation from the shared public solutions is planned.
`,
    },
    {
      name: 'da Markdown: the alternative named in a sentence, in parentheses, with the grounds in prose',
      filename: 'forslag.md',
      code: `# Fælles booking

## Fællesoffentlig løsning

Der findes en fælleskommunal bookingløsning (KOMBIT's Lokale- og ressourcebooking), som vi
fraviger, fordi den er væsentligt dyrere for en kommune af vores størrelse.
`,
    },
    {
      name: 'da Markdown: "Begrundelse:" written as a sentence gives the grounds it names and explains the circumstances',
      filename: 'forslag.md',
      code: `# Sikker mail

## Fællesoffentlig løsning

Status: afviger
Alternativ: Digital Post
Begrundelse: Digital Post ville svække sikkerheden i arbejdsgangen, fordi bostederne ikke har adgang, og det ville øge implementeringstiden med over et år.
`,
    },
    {
      name: 'nb Markdown: no "Status:" line, but the prose names the components it uses',
      filename: 'forslag.md',
      code: `# Digital søknad om TT-kort

## Fellesløsninger

Skjemaet bygges i Altinn med innlogging via ID-porten, og vedtak sendes med SvarUT.
`,
    },
    {
      name: 'da Markdown: no "Status:" line; "der findes ingen fællesoffentlig løsning" with what was checked',
      filename: 'forslag.md',
      code: `# Mobil app til hjemmesygeplejen

## Fællesoffentlig løsning

Der findes ingen fællesoffentlig løsning til mobil dokumentation; vi har gennemgået KOMBIT's og Digitaliseringsstyrelsens kataloger.
`,
    },
    {
      name: 'da Markdown: "Fællesoffentlig løsning" with status and solutions',
      filename: 'forslag.md',
      code: `# Digital pladsanvisning i dagtilbud

## Fællesoffentlig løsning

Status: anvendes
Løsninger: MitID, Digital Post
`,
    },
    {
      name: 'da Markdown: the solutions named in the prose of the section',
      filename: 'forslag.md',
      code: `# Digital pladsanvisning i dagtilbud

## Fællesoffentlig løsning

Status: anvendes

Forældre logger ind med MitID, og svaret sendes med Digital Post.
`,
    },
    {
      name: 'da Markdown: a deviation whose ground stands in the explanation ("væsentligt dyrere")',
      filename: 'forslag.md',
      code: `# SMS-påmindelser i tandplejen

## Følg eller forklar

Status: afviger
Alternativ: Digital Post

Den fællesoffentlige løsning er væsentligt dyrere for korte påmindelser, fordi hver
besked koster porto, mens en SMS koster 0,25 kr.
`,
    },
    {
      name: 'da YAML: a deviation with grounds, alternative and explanation',
      code: `titel: SMS-påmindelser i tandplejen
fællesoffentlig-løsning:
  status: afvigelse
  alternativ: Digital Post
  begrundelse: [væsentligt dyrere]
  forklaring: Hver besked koster porto; påmindelserne sendes 40.000 gange om året.
`,
    },
    {
      name: "sv YAML (Stockholm): a deviation with the kommunstyrelse's exception",
      strategies: stockholm,
      code: `titel: Bygglovsansökan med ritningsgranskning
gemensam lösning:
  status: avviker
  alternativ: stadens e-tjänstplattform
  skäl: [funktionell försämring]
  förklaring: Plattformen saknar stöd för granskning av ritningar i CAD-format.
  undantag: Kommunstyrelsens beslut 2025-03-12, dnr KS 2025/311
`,
    },
    {
      name: "sv Markdown: the city's common platforms",
      filename: 'forslag.md',
      strategies: stockholm,
      code: `# E-tjänst för parkeringstillstånd

## Gemensamma lösningar

Status: används
Lösningar: stadens e-tjänstplattform, id-portalen
`,
    },
    {
      name: 'nb Markdown: "Felleskomponenter"',
      filename: 'forslag.md',
      code: `# Digitalt søknadsskjema for SFO

## Felleskomponenter

Status: brukes
Løsninger: ID-porten, SvarUt, Altinn
`,
    },
    {
      name: 'nb YAML: none available, with what was checked',
      code: `tittel: Digital vaktplan i hjemmetjenesten
fellesløsning:
  status: ingen finnes
  forklaring: Vi har gått gjennom Digdirs oversikt over fellesløsninger og KS Fiks; ingen dekker vaktplanlegging.
`,
    },
    {
      name: 'en YAML: used, naming a component',
      code: `title: Childcare placement
sharedSolution:
  status: used
  solutions: [MitID, Digital Post]
`,
    },
    {
      name: 'en Markdown: none available, explained in prose',
      filename: 'proposal.md',
      code: `# Shift planning in home care

## Shared solution

Status: none-available

We checked the national component catalogue and KOMBIT's portfolio; none covers shift planning.
`,
    },
  ],
  invalid: [
    {
      name: 'nb Markdown (polarity): "bruker ikke" carries its own negation: a deviation, which then needs its grounds (at the sentence that gives the reason)',
      strategies: esbjerg,
      filename: 'forslag.md',
      code: `# Timebestilling på helsestasjonen

## Fellesløsninger

Vi bruker ikke ID-porten, men leverandørens egen innlogging med engangskode.
`,
      errors: [{ messageId: 'noGrounds', line: 5, column: 1 }],
    },
    {
      name: 'sv YAML (Stockholm, polarity): an exception still to be requested is no decision',
      strategies: stockholm,
      code: `titel: Eget e-tjänstformulär
gemensam lösning:
  status: avviker
  alternativ: e-tjänstplattformen
  skäl: [längre implementeringstid]
  förklaring: Plattformen kan inte anslutas till ärendesystemet före 2027.
  undantag: Ska begäras hos kommunstyrelsen när upphandlingen är klar.
`,
      errors: [{ messageId: 'noException', line: 2, column: 1 }],
    },
    {
      name: 'da Markdown: a deviation written as sentences ("Vi afviger … væsentligt dyrere") must still name the alternative',
      strategies: esbjerg,
      filename: 'forslag.md',
      code: `# Nyt vagtplanlægningssystem

## 5. Følg eller forklar

Vi afviger fra den fælleskommunale vagtplanløsning, fordi den er væsentligt dyrere for
en kommune af vores størrelse.
`,
      errors: [{ messageId: 'noAlternative', line: 3, column: 1 }],
    },
    {
      name: 'nb Markdown: "bruker ikke ID-porten" is a deviation, and gives none of the grounds',
      strategies: esbjerg,
      filename: 'forslag.md',
      code: `# Felles chatbot

## Felleskomponenter

Chatboten bruker ikke ID-porten i første omgang, fordi den bare gir generell informasjon.
`,
      errors: [{ messageId: 'noGrounds', line: 5, column: 1 }],
    },
    {
      name: 'da Markdown: no section points at line 1',
      filename: 'forslag.md',
      code: `# Digital pladsanvisning

## Beskrivelse

Forældre søger plads digitalt.
`,
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
    {
      name: 'da Markdown: a section without a status points at its heading',
      filename: 'forslag.md',
      code: `# Digital pladsanvisning

## Fællesoffentlig løsning

Vi har talt med KOMBIT om mulighederne.
`,
      errors: [{ messageId: 'noStatus', line: 3, column: 1, message: '"Fællesoffentlig løsning"' }],
    },
    {
      name: 'da Markdown: used, but names no solution',
      filename: 'forslag.md',
      code: `# Digital pladsanvisning

## Fællesoffentlig løsning

Status: anvendes
`,
      errors: [{ messageId: 'noSolutions', line: 3, column: 1 }],
    },
    {
      name: 'da YAML: a bare deviation lacks alternative, grounds and explanation (ESB-3.1b)',
      strategies: esbjerg,
      code: `titel: SMS-påmindelser i tandplejen
fællesoffentlig-løsning:
  status: afviger
`,
      errors: [
        { messageId: 'noAlternative', line: 2, column: 1 },
        { messageId: 'noGrounds', line: 2, column: 1 },
        { messageId: 'noExplanation', line: 2, column: 1 },
      ],
    },
    {
      name: "sv YAML (Stockholm): a deviation without the kommunstyrelse's exception (STH-7)",
      strategies: stockholm,
      code: `titel: Egen inloggning till föreningsportalen
gemensam lösning:
  status: avviker
  alternativ: id-portalen
  skäl: [längre implementeringstid]
  förklaring: Id-portalen kan inte anslutas före 2027.
`,
      errors: [{ messageId: 'noException', line: 2, column: 1 }],
    },
    {
      name: 'sv Markdown: the "solution" used is no shared component (a warning)',
      filename: 'forslag.md',
      code: `# Föreningsportal

## Gemensam lösning

Status: används
Lösningar: Eget bokningssystem
`,
      errors: [{ messageId: 'unknownComponent', line: 6, column: 12, severity: 1 }],
    },
    {
      name: 'nb YAML: none available without saying what was checked',
      strategies: esbjerg,
      code: `tittel: Digital vaktplan i hjemmetjenesten
felleskomponenter:
  status: ingen tilgjengelig
`,
      errors: [{ messageId: 'noneNoExplanation', line: 2, column: 1 }],
    },
    {
      name: 'nb Markdown: a deviation without any of the five grounds',
      strategies: esbjerg,
      filename: 'forslag.md',
      code: `# Egen meldingstjeneste

## Fellesløsning

Status: avvik
Alternativ: SvarUt

Vi ønsker et eget grensesnitt som saksbehandlerne kjenner fra før.
`,
      errors: [{ messageId: 'noGrounds', line: 8, column: 1 }],
    },
    {
      name: 'en YAML: a deviation with a ground but no explanation',
      strategies: esbjerg,
      code: `title: SMS reminders in dental care
sharedSolution:
  status: deviation
  alternative: Digital Post
  grounds: [more-expensive]
`,
      errors: [{ messageId: 'noExplanation', line: 2, column: 1 }],
    },
    {
      name: 'en YAML: no sharedSolution at all',
      code: `title: SMS reminders in dental care
owner: Jane Smith
`,
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
  ],
});
