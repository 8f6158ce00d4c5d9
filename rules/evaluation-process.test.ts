import { ruleTester } from '../test/helpers/rule-tester.js';
import rule from './evaluation-process.js';

ruleTester(rule, {
  valid: [
    {
      name: 'en Markdown: the evaluator as the subject of the sentence ("the Head of Citizen Service reports on …")',
      filename: 'proposal.md',
      code: `# Online booking

## Evaluation

Agreed with the Digitalisation Group: the Head of Citizen Service reports on 15 November 2027 on the number of bookings and calls, compared with the 2025 counts.
`,
    },
    {
      name: 'da YAML',
      code: `titel: Digital indberetning af kørsel
business-case:
  valuta: DKK
  evaluering:
    metode: Efterkalkule af omkostninger og sparede timer mod business casen
    dato: 2026-09-30
    ansvarlig: Digitaliseringsgruppen
`,
    },
    {
      name: 'da Markdown: an "Evaluering" section with label lines',
      filename: 'forslag.md',
      code: `# Digital indberetning af kørsel

## Evaluering

Metode: Efterkalkule af omkostninger og sparede timer mod business casen.
Dato: 2026-09-30
Ansvarlig: Digitaliseringsgruppen
`,
    },
    {
      name: 'en YAML: date and responsible not required by option',
      options: { requireDate: false, requireResponsible: false },
      code: `title: Mileage claims
businessCase:
  evaluation:
    method: Post-calculation against the business case
`,
    },
    {
      name: 'en Markdown',
      filename: 'proposal.md',
      code: `# Mileage claims

## Evaluation

Method: post-calculation of costs and hours saved against the business case.
Date: 2026-09-30
Responsible: Digitisation group
`,
    },
  ],
  invalid: [
    {
      name: 'da Markdown (polarity): a method and a date that are only put off state nothing',
      filename: 'forslag.md',
      code: `# Digital indberetning af kørsel

## Evaluering

Metode: Aftales senere med økonomiafdelingen.
Dato: Fastlægges senere.
Ansvarlig: Digitaliseringsgruppen
`,
      errors: [
        { messageId: 'noMethod', line: 3, column: 1 },
        { messageId: 'noDate', line: 3, column: 1 },
      ],
    },
    {
      name: 'en YAML (polarity): "to be decided" is no date',
      code: `title: Mileage claims
businessCase:
  evaluation:
    method: Post-calculation against the business case
    date: To be decided once the supplier has been chosen
    responsible: Digitalisation team
`,
      errors: [{ messageId: 'noDate', line: 3, column: 3 }],
    },
    {
      name: 'da YAML: no evaluation, at the business case key',
      code: `titel: Digital indberetning af kørsel
business-case:
  valuta: DKK
`,
      errors: [{ messageId: 'missing', line: 2, column: 1 }],
    },
    {
      name: 'da YAML: method only',
      code: `titel: Digital indberetning af kørsel
sprog: da
business-case:
  evaluering:
    metode: Efterkalkule
`,
      errors: [
        { messageId: 'noDate', line: 4, column: 3, message: 'siger ikke hvornår' },
        { messageId: 'noResponsible', line: 4, column: 3 },
      ],
    },
    {
      name: 'da Markdown: date and responsible but no method',
      filename: 'forslag.md',
      code: `---
titel: Digital indberetning af kørsel
---

## Evaluering

Dato: 2026-09-30
Ansvarlig: Digitaliseringsgruppen
`,
      errors: [{ messageId: 'noMethod', line: 5, column: 1 }],
    },
    {
      name: 'en Markdown: no evaluation and no business case, at the front matter',
      filename: 'proposal.md',
      code: `---
title: Mileage claims
---

## Description

Staff claim mileage in the app.
`,
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
    {
      name: 'en YAML: evaluation written as one sentence says the method and when ("one year after go-live"), not who',
      code: `title: Mileage claims
businessCase:
  evaluation: Post-calculation one year after go-live
`,
      errors: [{ messageId: 'noResponsible', line: 3, column: 3 }],
    },
    {
      name: 'en YAML: a sentence that puts the date and the evaluator off states neither',
      code: `title: Mileage claims
businessCase:
  evaluation: Post-calculation; the date and who carries it out will be agreed later
`,
      errors: [
        { messageId: 'noDate', line: 3, column: 3 },
        { messageId: 'noResponsible', line: 3, column: 3 },
      ],
    },
  ],
});
