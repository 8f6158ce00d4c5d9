import { ruleTester } from '../test/helpers/rule-tester.js';
import rule from './post-calculation.js';

const oskarshamn = ['oskarshamn'];

ruleTester(rule, {
  valid: [
    {
      name: 'en Markdown: post-calculation and benefits realisation stated in sentences under other headings',
      filename: 'proposal.md',
      strategies: oskarshamn,
      code: `# Building permit e-service

## Economy

The post-calculation is made by the finance unit 12 months after go-live, on 2028-03-01. Benefits realisation is led by the head of unit: the paper form is withdrawn and staff are trained before go-live.

## Risks

The main risk is low uptake; it is handled with a campaign.
`,
    },
    {
      name: 'sv YAML: a dated post-calculation, a realisation plan, a risk assessment',
      strategies: oskarshamn,
      code: `titel: E-tjänst för bygglov
nyttovärdering:
  utvärdering:
    metod: Efterkalkyl enligt PENG
    tidpunkt: 2027-10-31
  effekthemtagning:
    plan: Handläggarna utbildas före driftstart och pappersblanketten tas bort.
säkerhet:
  riskanalys: Risk- och sårbarhetsanalys klar 2026-02-15
`,
    },
    {
      name: 'sv Markdown: sections; the date in the text; a "Risker" heading',
      filename: 'forslag.md',
      strategies: oskarshamn,
      code: `# E-tjänst för bygglov

## Efterkalkyl

Efterkalkyl görs 12 månader efter driftstart av ekonomienheten.

## Effekthemtagning

Frigjorda timmar används till att korta handläggningstiden.

## Risker

- Leverantören blir försenad: vite i avtalet.
`,
    },
    {
      name: 'en YAML: English',
      code: `title: Building permits online
businessCase:
  evaluation: { method: Post-calculation against the business case, date: 2027 }
  benefitsRealisation: { plan: Staff are trained before go-live. }
description: The main risk is a late delivery.
`,
    },
  ],
  invalid: [
    {
      name: 'sv Markdown: "Efterkalkyl görs inte" denies the post-calculation: the finding is at that sentence',
      filename: 'forslag.md',
      strategies: oskarshamn,
      code: `# E-tjänst för bygglov

## Ekonomi

Efterkalkyl görs inte för detta projekt. Effekthemtagningen leds av enhetschefen: pappersblanketten tas bort och handläggarna utbildas före driftstart.

## Risker

Den största risken är låg användning; den hanteras med information.
`,
      errors: [{ messageId: 'noEvaluation', line: 5, column: 1 }],
    },
    {
      name: 'sv YAML: no business case parts, no risks',
      strategies: oskarshamn,
      code: `titel: E-tjänst för bygglov
nyttovärdering:
  valuta: SEK
`,
      errors: [
        { messageId: 'noRisks', line: 1, column: 1 },
        { messageId: 'noRealisation', line: 2, column: 1 },
        { messageId: 'noEvaluation', line: 2, column: 1 },
      ],
    },
    {
      name: 'sv YAML: a post-calculation without a date; a realisation owner without a plan',
      strategies: oskarshamn,
      code: `titel: E-tjänst för bygglov
nyttovärdering:
  utvärdering:
    metod: Efterkalkyl när systemet har varit i drift en tid
  effekthemtagning:
    ägare: Bygglovschefen
beskrivning: Största risken är att leverantören blir försenad.
`,
      errors: [
        { messageId: 'noEvaluationDate', line: 3, column: 3, message: 'i "utvärdering"' },
        { messageId: 'noPlan', line: 5, column: 3 },
      ],
    },
    {
      name: 'en Markdown: an evaluation date that is no date, at the value',
      filename: 'proposal.md',
      code: `# Building permits online

## Post-calculation

Method: comparison with the business case
Date: later

## Benefits realisation

Staff are trained before go-live; the main risk is staff turnover.
`,
      errors: [{ messageId: 'noEvaluationDate', line: 6, column: 7 }],
    },
  ],
});
