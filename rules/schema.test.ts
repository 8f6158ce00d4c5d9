import rule from './schema.js';
import { ruleTester } from '../test/helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'da YAML: the benefits owner as a YAML alias of the project owner ({navn, enhed})',
      code: `titel: Medicinhåndtering
projektejer: &leder
  navn: Birgitte Holm
  enhed: Sundhed & Omsorg
økonomi:
  gevinstrealisering:
    ejer: *leder
    plan: Kvartalsvis opfølgning.
`,
    },
    {
      name: 'da Markdown: "Begrundelse:" as a sentence is read as the grounds it names, not as one ground per comma',
      filename: 'forslag.md',
      code: `# CRM

## Følg eller forklar

Status: afvigelse
Alternativ: KY
Begrundelse: Modulet ville øge implementeringstiden med 18 måneder, fordi det først udrulles i 2027, og det er væsentligt dyrere.
`,
    },
    {
      name: 'sv Markdown: a focus area written as a paragraph, a method described rather than classed',
      filename: 'forslag.md',
      code: `# Bokningsportal

## Fokusområde

Service till medborgare

## Uppföljning

| Mätetal | Mätmetod | Mål |
|---|---|---|
| Andel ansökningar via e-tjänst | Statistik ur bygglovssystemet | 80 % |
| Nöjdhet | Enkät till sökande | 4 av 5 |
`,
    },
    {
      name: 'Danish keys and values normalise to the schema',
      code: 'titel: Booking\nejer: Mette Jensen\nx-ref: 12\nbusinessCase:\n  valuta: DKK\n  costs:\n    - { post: Licens, beløb: "400.000 kr", art: drift }\n',
    },
    { name: 'Swedish', code: 'titel: Bygglov\nägare: Socialnämnden\nkategori: differentierande\n' },
    { name: 'Norwegian', code: 'tittel: Velferdsteknologi\neier: Kari Nordmann\nkategori: grunnleggende\n' },
    { name: 'keys left without a value are fields not filled in yet', code: 'title: X\nowner:\ncategory:\nbusinessCase:\n  costs:\n' },
    {
      name: 'Markdown with a table',
      filename: 'p.md',
      code: '# Booking\n\n## Økonomi\n\n| Post | Beløb | Art |\n|---|---|---|\n| Licens | 400.000 | drift |\n',
    },
    {
      name: 'da Markdown: an "Art" column in budget words — anlæg, anlægsudgift, engangsudgift, etablering, drift, løn, licens — and a "gevinst" row',
      filename: 'forslag.md',
      code: '# Vagtplan\n\n## Økonomi\n\n| Post | Art | 2027 | 2028 |\n|---|---|---|---|\n| Modul | anlæg | 240 | 0 |\n| Server | anlægsudgift | 40 | 0 |\n| Konvertering | engangsudgift | 60 | 0 |\n| Integration | etablering | 80 | 0 |\n| Systemforvalter | løn | 110 | 110 |\n| Abonnement | licens | 75 | 75 |\n| Support | drift | 30 | 30 |\n| Mindre overarbejde | gevinst | 150 | 300 |\n',
    },
    {
      name: 'sv Markdown: a "Typ" column with investering, engångskostnad, löpande, årlig kostnad and "Nytta per år"',
      filename: 'forslag.md',
      code: '# Bokning\n\n## Kalkyl\n\n| Post | Typ | Belopp |\n|---|---|---|\n| Införande | Investering | 210 000 |\n| Migrering | Engångskostnad | 40 000 |\n| Förvaltning | Löpande | 48 000 |\n| Licens | Årlig kostnad | 20 000 |\n| Färre samtal | Nytta per år | 95 000 |\n',
    },
    {
      name: 'nb YAML: kinds written as investering, engangskostnad, årlig, lønn and driftskostnad',
      code: 'tittel: Nøkler\nøkonomi:\n  kostnader:\n    - { post: Låser, beløp: 900000, type: investering }\n    - { post: Oppsett, beløp: 150000, type: engangskostnad }\n    - { post: Lisens, beløp: 50000, type: årlig }\n    - { post: Driftstekniker, beløp: 90000, type: lønn }\n    - { post: Support, beløp: 30000, type: driftskostnad }\n',
    },
  ],
  invalid: [
    {
      name: 'numbers outside their domain: NaN, ±Infinity, fractional and absurd years, huge amounts, horizon and rate, each at its value',
      code: `title: Domains
businessCase:
  currency: DKK
  horizonYears: 1e8
  discountRate: 1e308
  costs:
    - { item: A, amount: .inf, year: .nan, kind: investment }
    - { item: B, amount: 1e16, year: 2026.5, kind: investment }
    - { item: C, amount: -1e308, year: -1e308, kind: operating }
    - { item: D, amount: 1, year: 1e308, kind: operating }
    - { item: E, amount: 1, year: 150, kind: operating }
    - { item: F, amount: 1, year: 0, kind: operating }
  benefits:
    - { item: G, amount: -.inf, year: -.inf, kind: financial }
`,
      errors: [
        { messageId: 'maximum', line: 4, column: 17, message: 'businessCase.horizonYears must be at most 100' },
        { messageId: 'maximum', line: 5, column: 17, message: 'at most 25' },
        { messageId: 'notFinite', line: 7, column: 26, message: 'businessCase.costs[1].amount must be a finite number, not Infinity' },
        { messageId: 'notFinite', line: 7, column: 38, message: 'not NaN' },
        { messageId: 'maximum', line: 8, column: 26, message: 'at most 1000000000000000' },
        { messageId: 'type', line: 8, column: 38, message: 'businessCase.costs[2].year should be integer' },
        { messageId: 'minimum', line: 9, column: 26, message: 'at least -1000000000000000' },
        { messageId: 'minimum', line: 9, column: 40, message: 'businessCase.costs[3].year must be at least 1' },
        { messageId: 'maximum', line: 10, column: 35, message: 'at most 2200' },
        { messageId: 'minimum', line: 11, column: 35, message: 'businessCase.costs[5].year must be at least 1900' },
        { messageId: 'minimum', line: 12, column: 35, message: 'businessCase.costs[6].year must be at least 1' },
        { messageId: 'notFinite', line: 14, column: 26, message: 'not -Infinity' },
        { messageId: 'notFinite', line: 14, column: 39, message: 'not -Infinity' },
      ],
    },
    {
      name: 'Markdown values go through the same domains: a horizon of 9999 years and a year 9999 in a table',
      filename: 'forslag.md',
      code: `# Booking

## Business case

Currency: DKK
Horizon: 9999 years

| Item | Amount | Year | Kind |
|---|---|---|---|
| Licences | 120000 | 9999 | investment |
`,
      errors: [
        { messageId: 'maximum', line: 6, column: 10 },
        { messageId: 'maximum', line: 10, column: 23 },
      ],
    },
    {
      name: 'keys named like what every object inherits are fields like any other: unknown, each at its key',
      code: `title: Proto
__proto__: { a: 1 }
constructor: 1
toString: x
businessCase:
  hasOwnProperty: 1
  valueOf: 2
`,
      errors: [
        { messageId: 'unknownTopKey', line: 2, column: 1, message: '"__proto__"', severity: 1 },
        { messageId: 'unknownTopKey', line: 3, column: 1, message: '"constructor"', severity: 1 },
        { messageId: 'unknownTopKey', line: 4, column: 1, message: '"toString"', severity: 1 },
        { messageId: 'unknownKey', line: 6, column: 3, message: '"hasOwnProperty"', severity: 1 },
        { messageId: 'unknownKey', line: 7, column: 3, message: '"valueOf"', severity: 1 },
      ],
    },
    { name: 'unknown top-level key', code: 'title: X\nbudget: 400000\n', errors: [{ messageId: 'unknownTopKey', line: 2, column: 1, severity: 1 }] },
    {
      name: 'an unknown key is reported even without a value',
      code: 'title: X\nbudgett:\n',
      errors: [{ messageId: 'unknownTopKey', line: 2, column: 1, severity: 1 }],
    },
    { name: 'missing title', code: 'owner: A\n', errors: [{ messageId: 'required', line: 1, column: 1 }] },
    {
      name: 'value outside the list, in a flow mapping',
      code: 'title: X\nbusinessCase:\n  costs:\n    - { item: Licens, amount: 400000, kind: månedlig }\n',
      errors: [{ messageId: 'enum', line: 4, column: 45, message: 'investment, operating' }],
    },
    {
      name: 'amount that is not a number',
      code: 'title: X\nbusinessCase:\n  costs:\n    - item: Licens\n      amount: ca. en million\n',
      errors: [{ messageId: 'type', line: 5, column: 15 }],
    },
    {
      name: 'owner as a list: one finding naming both shapes an owner may take',
      code: 'title: X\nowner: [A, B]\n',
      errors: [{ messageId: 'type', line: 2, column: 8, message: 'string or object' }],
    },
    {
      name: 'a wrong type deep inside: only where it is wrong',
      code: 'title: X\nbusinessCase: { horizonYears: { x: 1 } }\n',
      errors: [{ messageId: 'type', line: 2, column: 31 }],
    },
    {
      name: 'sv YAML: a schedule date that is none, said as a date, not as a regular expression',
      code: 'titel: X\nspråk: sv\ntidplan:\n  slut: efter sommaren\n',
      errors: [{ messageId: 'date', line: 4, column: 9, message: 'Tidplan › Slut ska vara ett datum, ÅÅÅÅ-MM-DD (eller ÅÅÅÅ-MM).' }],
    },
    {
      name: 'da YAML: a currency that is no code',
      code: 'titel: X\nsprog: da\nøkonomi:\n  valuta: Danske penge\n',
      errors: [{ messageId: 'currencyCode', line: 4, column: 11 }],
    },
    {
      name: 'unknown key in a nested object',
      code: 'title: X\nowner:\n  name: A\n  phone: 123\n',
      errors: [{ messageId: 'unknownKey', line: 4, column: 3, severity: 1 }],
    },
    {
      name: 'Markdown: a cell outside the list',
      filename: 'p.md',
      code: '# X\n\n## Økonomi\n\n| Post | Beløb | Art |\n|---|---|---|\n| Licens | 400.000 | månedlig |\n',
      errors: [{ messageId: 'enum', line: 7, column: 22 }],
    },
    {
      name: 'da Markdown: a budget kind that names no kind of cost ("Diverse") is still a finding at its cell, beside ones that do',
      filename: 'forslag.md',
      code: '# X\n\n## Økonomi\n\n| Post | Art | Beløb |\n|---|---|---|\n| Modul | anlæg | 240.000 |\n| Øvrigt | Diverse | 20.000 |\n| Licens | drift | 75.000 |\n',
      errors: [{ messageId: 'enum', line: 8, column: 12, message: 'investment, operating' }],
    },
    {
      name: 'sv YAML: "tjänster" names no kind of cost',
      code: 'titel: X\nkalkyl:\n  kostnader:\n    - { post: Konsult, belopp: 100000, typ: tjänster }\n',
      errors: [{ messageId: 'enum', line: 4, column: 45 }],
    },
  ],
});
