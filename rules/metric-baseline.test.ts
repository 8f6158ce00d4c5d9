import { ruleTester } from '../test/helpers/rule-tester.js';
import rule from './metric-baseline.js';

const oskarshamn = ['oskarshamn'];

ruleTester(rule, {
  valid: [
    {
      name: 'sv YAML: method and baseline; a planned baseline measurement counts',
      strategies: oskarshamn,
      code: `titel: E-tjänst för bygglov
uppföljning:
  mätetal:
    - namn: Andel digitala ansökningar
      metod: objektiv
      nuläge: 5 %
    - namn: Nöjda sökande
      metod: subjektiv
      nuläge: Nulägesmätning med enkät i mars 2026
`,
    },
    {
      name: 'sv Markdown: table columns "Metod" and "Nuläge"; zero is a baseline',
      filename: 'forslag.md',
      strategies: oskarshamn,
      code: `# E-tjänst för bygglov

## Uppföljning

| Mätetal | Metod | Nuläge | Mål |
|---|---|---|---|
| Digitala ansökningar | Objektiv | 0 | 80 % |
`,
    },
    {
      name: 'en YAML: baseline as a number',
      code: `title: Building permits online
followUp:
  metrics:
    - name: Processing days
      method: objective
      baseline: 49
`,
    },
  ],
  invalid: [
    {
      name: 'sv YAML: neither method nor baseline, both at the metric',
      strategies: oskarshamn,
      code: `titel: E-tjänst för bygglov
uppföljning:
  mätetal:
    - namn: Andel digitala ansökningar
      mål: 80 %
`,
      errors: [
        { messageId: 'noBaseline', line: 4, column: 7 },
        { messageId: 'noMethod', line: 4, column: 7, message: '"Andel digitala ansökningar"' },
      ],
    },
    {
      name: 'en Markdown: a placeholder baseline, at the cell',
      filename: 'proposal.md',
      code: `# Building permits online

## Follow-up

| Metric | Method | Baseline | Target |
|---|---|---|---|
| Processing days | Objective | TBD | 28 |
`,
      errors: [{ messageId: 'noBaseline', line: 7, column: 33 }],
    },
    {
      name: 'sv Markdown: a row without a method, at the row',
      filename: 'forslag.md',
      strategies: oskarshamn,
      code: `# E-tjänst för bygglov

## Uppföljning

| Mätetal | Nuläge | Mål |
|---|---|---|
| Handläggningstid | 7 veckor | 4 veckor |
`,
      errors: [{ messageId: 'noMethod', line: 7, column: 1 }],
    },
  ],
});
