import { ruleTester } from '../test/helpers/rule-tester.js';
import rule from './benefit-realisation-plan.js';

const stockholm = ['stockholm'];

ruleTester(rule, {
  valid: [
    {
      name: 'sv YAML: a plan and one fiscal year',
      strategies: stockholm,
      code: `titel: Digital ansökan om färdtjänst
nyttovärdering:
  effekthemtagning:
    plan: Registreringen upphör när e-tjänsten går i drift; handläggarna utbildas i november.
tidplan:
  start: 2026-02-01
  slut: 2026-12-15
`,
    },
    {
      name: 'sv Markdown: two years, split into parts decided year by year',
      filename: 'forslag.md',
      strategies: stockholm,
      code: `---
titel: Nytt system för bygglov
tidplan: { start: 2026-03-01, slut: 2027-06-30 }
---

## Effekthemtagning

Handläggningstiden följs upp varje kvartal i ledningsgruppen.

## Genomförande

Etapp 1 (2026) tar fram e-tjänsten; etapp 2 beslutas inför 2027.
`,
    },
    {
      name: 'en YAML: basic IT financed in the line budget draws on no portfolio',
      strategies: stockholm,
      code: `title: Payroll replacement
category: basic
businessCase:
  financing: Operating budget of the city executive office
schedule: { start: 2026-01-01, end: 2028-12-31 }
`,
    },
    {
      name: "en Markdown: an innovative project's schedule is it-category's",
      filename: 'proposal.md',
      strategies: stockholm,
      code: `---
title: Chatbot pilot
category: innovative
---

## Benefits realisation

Plan: the pilot's findings go to the development council in June.
`,
    },
    {
      name: 'sv Markdown: no dates, but the plan delimits the project to one budget year',
      filename: 'forslag.md',
      strategies: ['stockholm'],
      code: `# Lärplattform

## Effekthemtagning

Plan: Licenserna sägs upp 2027-12-31. Projektet avgränsas till budgetåret 2027.
`,
    },
    {
      name: 'en Markdown: "Delivered within 2027." names the one year the project runs in',
      filename: 'proposal.md',
      strategies: ['stockholm'],
      code: `# School admissions

## Benefits realisation plan

Plan: Paper forms are withdrawn for the 2028 admission round. Delivered within 2027.
`,
    },
    {
      name: 'da Markdown: "Projektet gennemføres i 2027"',
      filename: 'forslag.md',
      strategies: ['stockholm'],
      code: `# Skoleindskrivning

## Gevinstrealisering

Plan: Papirblanketterne fjernes til indskrivningen 2028. Projektet gennemføres i 2027.
`,
    },
    {
      name: 'en Markdown: "delivered within the 2027 budget year"',
      filename: 'proposal.md',
      strategies: ['stockholm'],
      code: `# Parking permits

## Benefits realisation plan

Plan: Two FTEs are redeployed from 1 January 2028. The project is delivered within the 2027 budget year.
`,
    },
  ],
  invalid: [
    {
      name: 'sv YAML: no plan, no schedule',
      strategies: stockholm,
      code: `titel: Digital ansökan om färdtjänst
nyttovärdering:
  valuta: SEK
`,
      errors: [
        { messageId: 'noSchedule', line: 1, column: 1 },
        { messageId: 'noPlan', line: 2, column: 1 },
      ],
    },
    {
      name: 'sv YAML: a benefits-realisation owner but no plan, at its key',
      strategies: stockholm,
      code: `titel: Digital ansökan om färdtjänst
nyttovärdering:
  effekthemtagning:
    ägare: Avdelningschefen
tidplan: { start: 2026-02-01, slut: 2026-11-30 }
`,
      errors: [{ messageId: 'noPlan', line: 3, column: 3 }],
    },
    {
      name: 'en YAML: over two fiscal years without parts, at the end date',
      strategies: stockholm,
      code: `title: Special transport applications
businessCase:
  benefitsRealisation:
    plan: Registration stops when the e-service goes live.
schedule:
  start: 2026-09-01
  end: 2027-03-31
`,
      errors: [{ messageId: 'multiYear', line: 7, column: 8, message: 'from 2026-09-01 to 2027-03-31, over 2 fiscal years' }],
    },
    {
      name: 'sv Markdown: three years, at the end line of the schedule',
      filename: 'forslag.md',
      strategies: stockholm,
      code: `# Nytt system för bygglov

## Nyttorealisering

Handläggningstiden följs upp varje kvartal.

## Tidplan

Start: 2026-03-01
Slut: 2028-06-30
`,
      errors: [{ messageId: 'multiYear', line: 10, column: 7, message: 'över 3 verksamhetsår' }],
    },
  ],
});
