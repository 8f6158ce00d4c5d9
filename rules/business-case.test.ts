import { ruleTester } from '../test/helpers/rule-tester.js';
import rule from './business-case.js';

ruleTester(rule, {
  valid: [
    {
      name: 'en Markdown: euro amounts written with the sign ("€84,000")',
      filename: 'proposal.md',
      code: `# Replacing the self-service kiosks

## Business case

Currency: EUR

| Item | Kind | Amount |
|---|---|---|
| Seven kiosks | Investment | €84,000 |
| Support per year | Operating | 6.500 € |

| Benefit | Kind | Amount |
|---|---|---|
| Fewer staff hours | Financial | €20,000 |
`,
    },
    {
      name: 'nb Markdown: costs and benefits written as bullets and a "Gevinster:" line, no table',
      filename: 'forslag.md',
      code: `# Felles chatbot

## Kost-nytte

Valuta: NOK

- Lisens: 120 000 kr per år (drift)
- Oppsett: 200 000 kr (investering)

Gevinster: færre telefoner til servicetorget (kvantitativ, 300 000 kr per år); bedre tilgjengelighet (kvalitativ)
`,
    },
    {
      name: 'da Markdown: "Økonomi" with a cost table, an "I alt" row and a "Gevinster" table',
      filename: 'forslag.md',
      code: `# Digital pladsanvisning i dagtilbud

## Økonomi

Valuta: DKK

| Post | Beløb | Art |
|---|---|---|
| Licens og implementering | 450.000 kr. | investering |
| Drift og support | 120.000 kr. | drift |
| I alt | 570.000 kr. | |

### Gevinster

| Gevinst | Beløb | Art |
|---|---|---|
| Sparet sagsbehandlingstid | 300.000 kr. | økonomisk |
| Bedre service for forældre | | kvalitativ |
`,
    },
    {
      name: 'da YAML: Danish keys, amounts written as text, totals that add up',
      code: `titel: Digital pladsanvisning i dagtilbud
økonomi:
  valuta: DKK
  finansiering: Rammebevilling, Børn og Familie
  omkostninger:
    - post: Licens og implementering
      beløb: 1.200.000 kr.
      art: investering
    - post: Drift
      beløb: 250.000 kr.
      art: drift
  gevinster:
    - post: Frigjort sagsbehandlertid
      beløb: 400.000 kr.
      art: økonomisk
  total:
    omkostninger: 1.450.000
`,
    },
    {
      name: 'sv Markdown: a cost table with one column per year',
      filename: 'forslag.md',
      code: `# E-tjänst för bygglov

## Kostnader och nyttor

Valuta: SEK

| Post | Typ | 2025 | 2026 |
|---|---|---|---|
| Upphandling och införande | investering | 800 000 | – |
| Drift och förvaltning | drift | 100 000 | 200 000 |

### Nyttor

| Nytta | Belopp | Typ |
|---|---|---|
| Kortare handläggningstid | 350 000 kr | ekonomisk |
`,
    },
    {
      name: "sv YAML: Oskarshamn's nyttovärdering with investment and förvaltning",
      code: `titel: Digital felanmälan
nyttovärdering:
  valuta: SEK
  kostnader:
    - { post: Införande, belopp: 300 000, typ: investering }
    - { post: Årlig förvaltning, belopp: 60 000 }
  nyttor:
    - { post: Färre telefonsamtal, belopp: 120 000, typ: ekonomisk }
    - { post: Nöjdare invånare, typ: kvalitativ }
`,
    },
    {
      name: 'nb Markdown: "Kostnader og gevinster" with "Lisenser per år" read as an operating cost',
      filename: 'forslag.md',
      code: `# Digitalt søknadsskjema for SFO

## Kostnader og gevinster

Valuta: NOK

| Post | Beløp |
|---|---|
| Anskaffelse | 2,5 mill. kr |
| Lisenser per år | 250 000 |

### Gevinster

| Gevinst | Beløp | Type |
|---|---|---|
| Redusert saksbehandling | 400 000 | økonomisk |
`,
    },
    {
      name: 'nb YAML: a benefit total that adds up',
      code: `tittel: Velferdsteknologi
kost-nytte:
  valuta: NOK
  kostnader:
    - { post: Sensorer, beløp: 900000, type: investering }
    - { post: Drift, beløp: 150000, type: drift }
  gevinster:
    - { post: Færre nattbesøk, beløp: 500000, type: økonomisk }
    - { post: Økt trygghet, type: kvalitativ }
  totalt:
    gevinster: 500000
`,
    },
    {
      name: 'en YAML: two benefit lines when two are required',
      options: { minBenefitLines: 2 },
      code: `title: Childcare placement
businessCase:
  currency: DKK
  costs:
    - { item: Implementation, amount: 450000, kind: investment }
    - { item: Annual licence, amount: 90000 }
  benefits:
    - { item: Case-handling time saved, amount: 300000, kind: financial }
    - { item: Better service for parents, kind: qualitative }
`,
    },
    {
      name: 'en Markdown: the currency said in a sentence ("All amounts in EUR.")',
      filename: 'proposal.md',
      code: `# Library system

## Cost-benefit analysis

All amounts in EUR.

| Cost | Type | Amount |
|---|---|---|
| Migration and set-up | One-off | 95,000 |
| Subscription per year | Recurring | 38,000 |

| Benefit | Type | Amount |
|---|---|---|
| Retired server and old licence | Cashable | 52,000 |
`,
    },
    {
      name: 'da Markdown, Esbjerg: an "Art" column in the municipal budget\'s words (anlæg, engangsudgift, etablering, drift, løn, licens) and "Beløb i t.kr." with no code',
      filename: 'forslag.md',
      strategies: ['esbjerg'],
      code: `# Digital vagtplanlægning

## Økonomi

Beløb i t.kr.

Finansiering: Sundhed og Omsorgs ramme til digitalisering.

| Post | Art | Beløb |
|---|---|---|
| Modul og opsætning | anlæg | 240 |
| Konvertering af vagtdata | engangsudgift | 60 |
| Etablering af integration | etablering | 80 |
| Systemforvalter, 0,2 årsværk | løn | 110 |
| Abonnement | licens | 75 |
| Hosting og support | drift | 30 |

| Gevinst | Art | Beløb |
|---|---|---|
| Mindre overarbejde | økonomisk | 300 |
`,
    },
    {
      name: 'da Markdown: a budget table whose "Art" column also holds "gevinst" rows; "Alle beløb i kr." with no strategy is DKK by the language',
      filename: 'forslag.md',
      code: `# Digital Post til ejendomsskat

## Økonomi

Alle beløb i kr.

| Post | Art | Beløb |
|---|---|---|
| Aktivering af modul | anlægsudgift | 35.000 |
| Transaktionsgebyrer pr. år | driftsudgift | 18.000 |
| Sparet porto og print | gevinst | 95.000 |
`,
    },
    {
      name: 'sv Markdown, Stockholm: a "Typ" column with investering, engångskostnad and löpande, amounts in tkr',
      filename: 'forslag.md',
      strategies: ['stockholm'],
      code: `# Digital bokning av lokaler

## Kalkyl

| Post | Typ | Belopp (tkr) |
|---|---|---|
| Licens och införande | Investering | 210 |
| Migrering av bokningar | Engångskostnad | 40 |
| Förvaltning och licens | Löpande | 48 |
| Lönekostnad systemförvaltare | Lön | 120 |

| Nytta | Typ | Belopp (tkr) |
|---|---|---|
| Minskade samtal till kontaktcenter | Ekonomisk | 95 |
`,
    },
    {
      name: 'sv YAML: amounts in "kr" with no code and no strategy: SEK by the language',
      code: `titel: Digital bokning av lokaler
språk: sv
kalkyl:
  kostnader:
    - post: Införande
      belopp: 210 000 kr
      typ: engångskostnad
    - post: Förvaltning
      belopp: 48 000 kr
      typ: årlig kostnad
  nyttor:
    - post: Färre samtal
      belopp: 95 000 kr
      typ: ekonomisk
`,
    },
    {
      name: 'nb YAML, IKT Follo: kinds written as engangskostnad, investering and årlig, amounts "1 200 000 kr"',
      strategies: ['ikt-follo'],
      code: `tittel: Felles elevadministrasjon
økonomi:
  kostnader:
    - post: Oppsett og konvertering
      beløp: 1 200 000 kr
      type: engangskostnad
    - post: Integrasjon mot fagsystemer
      beløp: 300 000 kr
      type: investering
    - post: Lisens
      beløp: 250 000 kr
      type: årlig
  gevinster:
    - post: Bortfall av to lisenser
      beløp: 1 500 tkr
      type: økonomisk
`,
    },
    {
      name: 'nb Markdown: "Valuta: kroner" stated in words is NOK by the language',
      filename: 'forslag.md',
      code: `# Felles chatbot

## Kost-nytte

Valuta: kroner

| Post | Type | Beløp |
|---|---|---|
| Oppsett | Etableringskostnad | 200 000 |
| Lisens | Driftskostnad | 120 000 |

| Gevinst | Type | Beløp |
|---|---|---|
| Færre telefoner | Kvantitativ | 300 000 |
`,
    },
    {
      name: 'en Markdown under Esbjerg: "All amounts in kr." is DKK by the strategy\'s country',
      filename: 'proposal.md',
      strategies: ['esbjerg'],
      code: `# Booking of sports halls

## Business case

All amounts in kr.

Financing: the Culture department's budget.

| Item | Kind | Amount |
|---|---|---|
| Set-up | Investment | 310.000 |
| Licence per year | Operating | 85.000 |

| Benefit | Kind | Amount |
|---|---|---|
| Fewer phone calls | Financial | 120.000 |
`,
    },
  ],
  invalid: [
    {
      name: 'en Markdown: two currency codes in the text state no one currency',
      filename: 'proposal.md',
      code: `# Library system

## Business case

Prices are in EUR; the budget is in SEK.

| Item | Type | Amount |
|---|---|---|
| Set-up | Investment | 95000 |
| Licence | Operating | 5000 |
| Less paper | Financial | 10000 |
`,
      errors: [{ messageId: 'noCurrency', line: 3, column: 1 }],
    },
    {
      name: 'sv Markdown: "1,5 mnkr" is an amount; only the investment is costed',
      filename: 'forslag.md',
      code: `# Bokningsportal

## Kalkyl

Valuta: SEK

| Post | Typ | Belopp |
|---|---|---|
| Utveckling | Investering | 1,5 mnkr |

| Nytta | Typ | Belopp |
|---|---|---|
| Färre samtal | Ekonomisk | 400 tkr |
`,
      errors: [{ messageId: 'noOperating', line: 7, column: 1 }],
    },
    {
      name: 'sv Markdown: an amount cell in another currency than the business case',
      filename: 'forslag.md',
      code: `# Bygglov

## Nyttovärdering

Valuta: SEK

| Post | Belopp | Typ |
|---|---|---|
| Licens | 400 000 | investering |
| Drift | EUR 20 000 | drift |

### Nyttor

| Nytta | Belopp | Typ |
|---|---|---|
| Kortare handläggning | 300 000 | ekonomisk |
`,
      errors: [{ messageId: 'currencyMismatch', line: 10, column: 11 }],
    },
    {
      name: 'da YAML, Esbjerg: financing not stated (ESB-8e)',
      strategies: ['esbjerg'],
      code: `titel: Booking
økonomi:
  valuta: DKK
  omkostninger:
    - { post: Licens, beløb: 100000, art: drift }
  gevinster:
    - { post: Tid, beløb: 200000, art: økonomisk }
`,
      errors: [{ messageId: 'noFinancing', line: 2, column: 1 }],
    },
    {
      name: 'da Markdown: no business case points at line 1',
      filename: 'forslag.md',
      code: `# Digital pladsanvisning

Projektejer: Mette Jensen
`,
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
    {
      name: 'da Markdown: the "I alt" row does not match the lines',
      filename: 'forslag.md',
      code: `# Digital pladsanvisning i dagtilbud

## Økonomi

Valuta: DKK

| Post | Beløb | Art |
|---|---|---|
| Licens og implementering | 450.000 kr. | investering |
| Drift og support | 120.000 kr. | drift |
| I alt | 600.000 kr. | |

### Gevinster

| Gevinst | Beløb | Art |
|---|---|---|
| Sparet sagsbehandlingstid | 300.000 kr. | økonomisk |
`,
      errors: [{ messageId: 'costTotal', line: 11, column: 11, message: 'angivet 600.000, linjerne giver 570.000' }],
    },
    {
      name: 'da Markdown: no "Valuta:" line and amounts with no currency at all point at the section heading',
      filename: 'forslag.md',
      code: `# Digital pladsanvisning i dagtilbud

## Business case

| Post | Beløb | Art |
|---|---|---|
| Implementering | 450.000 | investering |
| Drift | 120.000 | drift |

### Gevinster

| Gevinst | Beløb | Art |
|---|---|---|
| Sparet tid | 300.000 | økonomisk |
`,
      errors: [{ messageId: 'noCurrency', line: 3, column: 1 }],
    },
    {
      name: 'da YAML: a cost without an amount, and one that is no amount',
      code: `titel: Digital pladsanvisning
økonomi:
  valuta: DKK
  omkostninger:
    - post: Licens
      art: investering
    - post: Drift
      beløb: ca. en halv million
      art: drift
  gevinster:
    - { post: Sparet tid, art: kvalitativ }
`,
      errors: [
        { messageId: 'costNoAmount', line: 5, column: 7, message: '"Licens"' },
        { messageId: 'notAmount', line: 8, column: 14, message: '"ca. en halv million"' },
      ],
    },
    {
      name: 'sv YAML: only the investment, no operating cost (OSK-16)',
      code: `titel: Digital felanmälan
kalkyl:
  valuta: SEK
  kostnader:
    - { post: Införande, belopp: 300 000, typ: investering }
  nyttor:
    - { post: Färre telefonsamtal, belopp: 120 000, typ: ekonomisk }
`,
      errors: [{ messageId: 'noOperating', line: 4, column: 3 }],
    },
    {
      name: 'sv Markdown: a negative amount in the cost table',
      filename: 'forslag.md',
      code: `# Digital felanmälan

## Kalkyl

Valuta: SEK

| Post | Belopp | Typ |
|---|---|---|
| Införande | 300 000 | investering |
| Drift | -50 000 | drift |

### Nyttor

| Nytta | Belopp | Typ |
|---|---|---|
| Färre samtal | 120 000 | ekonomisk |
`,
      errors: [{ messageId: 'negative', line: 10, column: 11, message: 'Beloppet -50 000 är negativt' }],
    },
    {
      name: 'sv YAML: a financial benefit without an amount',
      code: `titel: Digital felanmälan
nyttovärdering:
  valuta: SEK
  kostnader:
    - { post: Införande, belopp: 300000, typ: investering }
    - { post: Drift, belopp: 50000, typ: drift }
  nyttor:
    - post: Färre telefonsamtal
      typ: ekonomisk
`,
      errors: [{ messageId: 'benefitNoAmount', line: 8, column: 7 }],
    },
    {
      name: 'nb Markdown: no benefits at all',
      filename: 'forslag.md',
      code: `# Digitalt søknadsskjema for SFO

## Økonomi

Valuta: NOK

| Post | Beløp | Type |
|---|---|---|
| Anskaffelse | 2 500 000 | investering |
| Drift | 250 000 | drift |
`,
      errors: [{ messageId: 'noBenefits', line: 3, column: 1 }],
    },
    {
      name: 'nb YAML: the stated benefit total does not add up',
      code: `tittel: Velferdsteknologi
økonomi:
  valuta: NOK
  kostnader:
    - { post: Sensorer, beløp: 900000, type: investering }
    - { post: Drift, beløp: 150000, type: drift }
  gevinster:
    - { post: Færre nattbesøk, beløp: 500000, type: økonomisk }
    - { post: Mindre overtid, beløp: 200000, type: økonomisk }
  totalt:
    gevinster: 750000
`,
      errors: [{ messageId: 'benefitTotal', line: 11, column: 16, message: 'oppgitt 750 000, linjene summerer til 700 000' }],
    },
    {
      name: 'en YAML: fewer benefit lines than minBenefitLines',
      options: { minBenefitLines: 2 },
      code: `title: Childcare placement
businessCase:
  currency: DKK
  costs:
    - { item: Implementation, amount: 450000, kind: investment }
    - { item: Hosting, amount: 90000, kind: operating }
  benefits:
    - { item: Case-handling time saved, amount: 300000, kind: financial }
`,
      errors: [{ messageId: 'fewBenefits', line: 7, column: 3, message: 'lists 1 benefit lines; at least 2' }],
    },
    {
      name: 'en Markdown: a business case section with prose only',
      filename: 'proposal.md',
      code: `# Childcare placement

## Business case

Costs and benefits will be worked out with the finance department.
`,
      errors: [
        { messageId: 'noCurrency', line: 3, column: 1 },
        { messageId: 'noBenefits', line: 3, column: 1 },
        { messageId: 'noCosts', line: 3, column: 1 },
      ],
    },
    {
      name: 'en Markdown with no strategy: "kr." could be any of three kroner, so the currency is still to be stated',
      filename: 'proposal.md',
      code: `# Booking of sports halls

## Business case

All amounts in kr.

| Item | Kind | Amount |
|---|---|---|
| Set-up | Investment | 310.000 |
| Licence per year | Operating | 85.000 |

| Benefit | Kind | Amount |
|---|---|---|
| Fewer phone calls | Financial | 120.000 |
`,
      errors: [{ messageId: 'noCurrency', line: 3, column: 1 }],
    },
    {
      name: 'nb Markdown: every line is one-off by its stated kind (engangskostnad, etablering, investering): no operating cost (OSK-16)',
      filename: 'forslag.md',
      strategies: ['oskarshamn'],
      code: `# Nøkkelsystem for skolene

## Økonomi

Beløp i 1000 kr.

| Post | Type | Beløp |
|---|---|---|
| Låser og lesere | Investering | 900 |
| Oppsett | Etablering | 150 |
| Opplæring | Engangskostnad | 40 |

| Gevinst | Type | Beløp |
|---|---|---|
| Færre låsbytter | Økonomisk | 250 |
`,
      errors: [{ messageId: 'noOperating', line: 7, column: 1 }],
    },
    {
      name: 'da YAML, Nordfyns: "Valuta: kr." is DKK, so a line in EUR is in another currency',
      strategies: ['nordfyns'],
      code: `titel: Selvbetjening til storskrald
økonomi:
  valuta: kr.
  omkostninger:
    - { post: Modul, beløb: 140000, art: anlæg }
    - { post: Licens, beløb: 36000, art: drift, valuta: EUR }
  gevinster:
    - { post: Færre opkald, beløb: 100000, art: økonomisk }
`,
      errors: [{ messageId: 'currencyMismatch', line: 6, column: 57 }],
    },
  ],
});
