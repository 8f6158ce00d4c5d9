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
    { name: 'Danish keys and values normalise to the schema', code: 'titel: Booking\nejer: Mette Jensen\nx-ref: 12\nbusinessCase:\n  valuta: DKK\n  costs:\n    - { post: Licens, beløb: "400.000 kr", art: drift }\n' },
    { name: 'Swedish', code: 'titel: Bygglov\nägare: Socialnämnden\nkategori: differentierande\n' },
    { name: 'Norwegian', code: 'tittel: Velferdsteknologi\neier: Kari Nordmann\nkategori: grunnleggende\n' },
    { name: 'keys left without a value are fields not filled in yet', code: 'title: X\nowner:\ncategory:\nbusinessCase:\n  costs:\n' },
    { name: 'Markdown with a table', filename: 'p.md', code: '# Booking\n\n## Økonomi\n\n| Post | Beløb | Art |\n|---|---|---|\n| Licens | 400.000 | drift |\n' },
  ],
  invalid: [
    { name: 'unknown top-level key', code: 'title: X\nbudget: 400000\n', errors: [{ messageId: 'unknownTopKey', line: 2, column: 1 }] },
    { name: 'an unknown key is reported even without a value', code: 'title: X\nbudgett:\n', errors: [{ messageId: 'unknownTopKey', line: 2, column: 1 }] },
    { name: 'missing title', code: 'owner: A\n', errors: [{ messageId: 'required', line: 1, column: 1 }] },
    {
      name: 'value outside the list, in a flow mapping',
      code: 'title: X\nbusinessCase:\n  costs:\n    - { item: Licens, amount: 400000, kind: månedlig }\n',
      errors: [{ messageId: 'enum', line: 4, column: 45, message: 'investment, operating' }],
    },
    { name: 'amount that is not a number', code: 'title: X\nbusinessCase:\n  costs:\n    - item: Licens\n      amount: ca. en million\n', errors: [{ messageId: 'type', line: 5, column: 15 }] },
    { name: 'owner as a list: one finding naming both shapes an owner may take', code: 'title: X\nowner: [A, B]\n', errors: [{ messageId: 'type', line: 2, column: 8, message: 'string or object' }] },
    { name: 'a wrong type deep inside: only where it is wrong', code: 'title: X\nowner: { name: { x: 1 } }\n', errors: [{ messageId: 'type', line: 2, column: 16 }] },
    { name: 'unknown key in a nested object', code: 'title: X\nowner:\n  name: A\n  phone: 123\n', errors: [{ messageId: 'unknownKey', line: 4, column: 3 }] },
    { name: 'Markdown: a cell outside the list', filename: 'p.md', code: '# X\n\n## Økonomi\n\n| Post | Beløb | Art |\n|---|---|---|\n| Licens | 400.000 | månedlig |\n', errors: [{ messageId: 'enum', line: 7, column: 22 }] },
  ],
});
