import { ruleTester } from '../test/helpers/rule-tester.js';
import rule from './advantages-disadvantages.js';

ruleTester(rule, {
  valid: [
    {
      name: 'da YAML',
      code: `titel: Digital indberetning af kørsel
business-case:
  fordele: Medarbejderne indberetter fra mobilen, og lønkontoret taster intet.
  ulemper: Medarbejdere uden smartphone skal bruge en pc, og vi binder os til én leverandør.
`,
    },
    {
      name: 'da Markdown: "Fordele" and "Ulemper" under an unmapped heading',
      filename: 'forslag.md',
      code: `# Digital indberetning af kørsel

## Fordele og ulemper

### Fordele

Medarbejderne indberetter fra mobilen.

### Ulemper

Vi binder os til én leverandør.
`,
    },
    {
      name: 'en YAML',
      code: `title: Mileage claims
businessCase:
  advantages: Staff claim from their phones; payroll re-keys nothing.
  disadvantages: Staff without a smartphone must use a PC.
`,
    },
    {
      name: 'en Markdown',
      filename: 'proposal.md',
      code: `# Mileage claims

## Advantages

Staff claim from their phones.

## Disadvantages

Lock-in to one supplier.
`,
    },
  ],
  invalid: [
    {
      name: 'da YAML: disadvantages "Ingen"',
      code: `titel: Digital indberetning af kørsel
sprog: da
business-case:
  fordele: Medarbejderne indberetter fra mobilen.
  ulemper: Ingen
`,
      errors: [{ messageId: 'emptyDisadvantages', line: 5, column: 3, message: 'enhver løsning har ulemper' }],
    },
    {
      name: 'da Markdown: only advantages, disadvantages missing at the business-case heading',
      filename: 'forslag.md',
      code: `---
titel: Digital indberetning af kørsel
---

## Økonomi

Valuta: DKK

## Fordele

Medarbejderne indberetter fra mobilen.
`,
      errors: [{ messageId: 'missingDisadvantages', line: 5, column: 1 }],
    },
    {
      name: 'en YAML: neither, at the business case key',
      code: `title: Mileage claims
businessCase:
  currency: DKK
`,
      errors: [
        { messageId: 'missingAdvantages', line: 2, column: 1 },
        { messageId: 'missingDisadvantages', line: 2, column: 1 },
      ],
    },
    {
      name: 'en Markdown: no business case at all, at line 1',
      filename: 'proposal.md',
      code: `# Mileage claims

## Description

Staff claim mileage in the app.
`,
      errors: [
        { messageId: 'missingAdvantages', line: 1, column: 1 },
        { messageId: 'missingDisadvantages', line: 1, column: 1 },
      ],
    },
  ],
});
