import { ruleTester } from '../test/helpers/rule-tester.js';
import rule from './follow-up-perspectives.js';

ruleTester(rule, {
  valid: [
    {
      name: 'da Markdown: an "Opfølgning" table with all five perspectives',
      filename: 'forslag.md',
      code: `# Digital pladsanvisning i dagtilbud

## Opfølgning

| Perspektiv | Måltal | Metode | Mål |
|---|---|---|---|
| Ekstern nytte | Andel digitale ansøgninger | objektiv | 90 % |
| Intern nytte | Sagsbehandlingstid pr. ansøgning | objektiv | 10 min |
| It-modenhed | Andel medarbejdere, der bruger løsningen selvstændigt | subjektiv (spørgeskema) | 80 % |
| It-omkostninger | Driftsudgift pr. ansøgning | objektiv | under 15 kr. |
| It-kvalitet | Oppetid | objektiv | 99,5 % |
`,
    },
    {
      name: 'da YAML: "opfølgning" with Danish keys',
      code: `titel: Digital pladsanvisning i dagtilbud
opfølgning:
  måltal:
    - { perspektiv: ekstern nytte, navn: Andel digitale ansøgninger, metode: objektiv, mål: 90 % }
    - { perspektiv: intern nytte, navn: Sagsbehandlingstid, metode: objektiv, mål: 10 min }
    - { perspektiv: it-modenhed, navn: Brugertilfredshed blandt sagsbehandlere, metode: subjektiv, mål: 4 af 5 }
    - { perspektiv: it-omkostninger, navn: Driftsudgift pr. ansøgning, metode: objektiv, mål: 15 kr. }
    - { perspektiv: it-kvalitet, navn: Oppetid, metode: objektiv, mål: 99,5 % }
`,
    },
    {
      name: 'sv Markdown: Stockholm\'s five perspectives in an "Uppföljning" table',
      filename: 'forslag.md',
      code: `# E-tjänst för bygglov

## Uppföljning

| Perspektiv | Mätetal | Metod | Mål |
|---|---|---|---|
| Extern nytta | Andel digitala ansökningar | objektiv | 80 % |
| Intern nytta | Handläggningstid i dagar | objektiv | 20 dagar |
| It-mognad | Andel handläggare som använder e-tjänsten | subjektiv (enkät) | 90 % |
| It-kostnad | Kostnad per ärende | objektiv | 150 kr |
| It-kvalitet | Tillgänglighet | objektiv | 99,7 % |
`,
    },
    {
      name: 'sv YAML',
      code: `titel: E-tjänst för bygglov
uppföljning:
  mätetal:
    - { perspektiv: extern nytta, namn: Nöjd kund-index, metod: subjektiv, mål: 75 }
    - { perspektiv: intern nytta, namn: Handläggningstid, metod: objektiv, mål: 20 dagar }
    - { perspektiv: it-mognad, namn: Användning, metod: subjektiv, mål: 90 % }
    - { perspektiv: it-kostnad, namn: Kostnad per ärende, metod: objektiv, mål: 150 kr }
    - { perspektiv: it-kvalitet, namn: Tillgänglighet, metod: objektiv, mål: 99,7 % }
`,
    },
    {
      name: 'nb Markdown: "Styringsparametere" from the DFØ template',
      filename: 'forslag.md',
      code: `# Digitalt søknadsskjema for SFO

## Styringsparametere

| Perspektiv | Måltall | Metode | Mål |
|---|---|---|---|
| Ekstern nytte | Andel digitale søknader | objektiv | 95 % |
| Intern nytte | Tid brukt per søknad | objektiv | 5 min |
| IKT-modenhet | Ansatte som behersker løsningen | subjektiv | 90 % |
| IKT-kostnader | Lisenskostnad per søknad | objektiv | 10 kr |
| IKT-kvalitet | Oppetid | objektiv | 99,5 % |
`,
    },
    {
      name: 'nb YAML',
      code: `tittel: Digitalt søknadsskjema for SFO
oppfølging:
  måltall:
    - { perspektiv: ekstern nytte, navn: Andel digitale søknader, metode: objektiv, mål: 95 % }
    - { perspektiv: intern nytte, navn: Tid per søknad, metode: objektiv, mål: 5 min }
    - { perspektiv: IKT-modenhet, navn: Mestring, metode: subjektiv, mål: 90 % }
    - { perspektiv: IKT-kostnader, navn: Kostnad per søknad, metode: objektiv, mål: 10 kr }
    - { perspektiv: IKT-kvalitet, navn: Oppetid, metode: objektiv, mål: 99,5 % }
`,
    },
    {
      name: 'en YAML',
      code: `title: Building permit e-service
followUp:
  metrics:
    - { perspective: external-benefit, name: Share of digital applications, method: objective, target: 80 % }
    - { perspective: internal-benefit, name: Handling time, method: objective, target: 20 days }
    - { perspective: it-maturity, name: Staff confidence, method: subjective, target: 4 of 5 }
    - { perspective: it-cost, name: Cost per case, method: objective, target: 150 SEK }
    - { perspective: it-quality, name: Availability, method: objective, target: 99.7 % }
`,
    },
  ],
  invalid: [
    {
      name: "sv, Oskarshamn: the five perspectives are Stockholm's, so under another strategy they are warnings",
      strategies: ['oskarshamn'],
      code: 'titel: Bokning\nspråk: sv\nuppföljning:\n  nyckeltal:\n    - { namn: Andel digitala ansökningar, metod: objektiv, mål: 80 %, tidpunkt: 2026-12-31 }\n',
      errors: [
        { messageId: 'missingPerspectives', line: 3, column: 1, severity: 1 },
        { messageId: 'noPerspective', line: 5, column: 7, severity: 1 },
      ],
    },
    {
      name: 'sv, Stockholm: the same gaps are errors',
      strategies: ['stockholm'],
      code: 'titel: Bokning\nspråk: sv\nuppföljning:\n  nyckeltal:\n    - { namn: Andel digitala ansökningar, metod: objektiv, mål: 80 %, tidpunkt: 2026-12-31 }\n',
      errors: [
        { messageId: 'missingPerspectives', line: 3, column: 1, severity: 2 },
        { messageId: 'noPerspective', line: 5, column: 7, severity: 2 },
      ],
    },
    {
      name: 'da Markdown: no follow-up points at line 1 and lists the five perspectives',
      filename: 'forslag.md',
      code: `# Digital pladsanvisning

Projektejer: Mette Jensen
`,
      errors: [{ messageId: 'missing', line: 1, column: 1, message: 'ekstern nytte, intern nytte, it-modenhed, it-omkostninger, it-kvalitet' }],
    },
    {
      name: 'da Markdown: two perspectives covered, three missing — at the heading',
      filename: 'forslag.md',
      code: `# Digital pladsanvisning i dagtilbud

## Mål og succeskriterier

| Perspektiv | Måltal | Metode | Mål |
|---|---|---|---|
| Ekstern nytte | Andel digitale ansøgninger | objektiv | 90 % |
| Intern nytte | Sagsbehandlingstid | objektiv | 10 min |
`,
      errors: [{ messageId: 'missingPerspectives', line: 3, column: 1, message: 'tilføj måltal for it-modenhed, it-omkostninger, it-kvalitet' }],
    },
    {
      name: 'sv Markdown: a row without a method and a row without a target, at the rows',
      filename: 'forslag.md',
      code: `# E-tjänst för bygglov

## Uppföljning

| Perspektiv | Mätetal | Metod | Mål |
|---|---|---|---|
| Extern nytta | Andel digitala ansökningar | | 80 % |
| Intern nytta | Handläggningstid | objektiv | |
| It-mognad | Användning | subjektiv | 90 % |
| It-kostnad | Kostnad per ärende | objektiv | 150 kr |
| It-kvalitet | Tillgänglighet | objektiv | 99,7 % |
`,
      errors: [
        { messageId: 'noMethod', line: 7, column: 1, message: '"Andel digitala ansökningar"' },
        { messageId: 'noTarget', line: 8, column: 1, message: '"Handläggningstid"' },
      ],
    },
    {
      name: 'sv YAML: a metric without a target, and four perspectives missing',
      code: `titel: E-tjänst för bygglov
uppföljning:
  mätetal:
    - perspektiv: extern nytta
      namn: Andel digitala ansökningar
      metod: objektiv
`,
      errors: [
        { messageId: 'missingPerspectives', line: 2, column: 1, message: 'intern nytta, it-mognad, it-kostnad, it-kvalitet' },
        { messageId: 'noTarget', line: 4, column: 7 },
      ],
    },
    {
      name: 'nb Markdown: a row without a name',
      filename: 'forslag.md',
      code: `# Digitalt søknadsskjema for SFO

## Oppfølging

| Perspektiv | Måltall | Metode | Mål |
|---|---|---|---|
| Ekstern nytte | Andel digitale søknader | objektiv | 95 % |
| Intern nytte | | objektiv | 5 min |
| IKT-modenhet | Mestring | subjektiv | 90 % |
| IKT-kostnader | Kostnad per søknad | objektiv | 10 kr |
| IKT-kvalitet | Oppetid | objektiv | 99,5 % |
`,
      errors: [{ messageId: 'noName', line: 8, column: 1 }],
    },
    {
      name: 'nb YAML: a metric without a perspective leaves IKT-kvalitet uncovered',
      code: `tittel: Digitalt søknadsskjema for SFO
nøkkeltall:
  måltall:
    - { perspektiv: ekstern nytte, navn: Andel digitale søknader, metode: objektiv, mål: 95 % }
    - { perspektiv: intern nytte, navn: Tid per søknad, metode: objektiv, mål: 5 min }
    - { perspektiv: IKT-modenhet, navn: Mestring, metode: subjektiv, mål: 90 % }
    - { perspektiv: IKT-kostnader, navn: Kostnad per søknad, metode: objektiv, mål: 10 kr }
    - { navn: Oppetid, metode: objektiv, mål: 99,5 % }
`,
      errors: [
        { messageId: 'missingPerspectives', line: 2, column: 1, message: 'legg til måltall for IKT-kvalitet.' },
        { messageId: 'noPerspective', line: 8, column: 7, message: '"Oppetid"' },
      ],
    },
    {
      name: 'en Markdown: a follow-up section in prose only',
      filename: 'proposal.md',
      code: `# Building permit e-service

## Follow-up

The project will be followed up quarterly by the steering group.
`,
      errors: [{ messageId: 'missingPerspectives', line: 3, column: 1, message: 'external benefit, internal benefit, IT maturity, IT cost, IT quality' }],
    },
  ],
});
