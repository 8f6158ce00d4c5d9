import { ruleTester } from '../test/helpers/rule-tester.js';
import rule from './it-category.js';

const stockholm = ['stockholm'];

ruleTester(rule, {
  valid: [
    {
      name: 'sv Markdown: basic, the line budget said in a sentence under another heading',
      filename: 'forslag.md',
      strategies: stockholm,
      code: `# Byte av lönesystem

## Kategori

Grundläggande. Systemet ska användas i minst tio år och finansieras ur förvaltningens linjebudget.
`,
    },
    {
      name: 'da Markdown: basic, "finansieres over driftsbudgettet" in the description',
      filename: 'forslag.md',
      strategies: stockholm,
      code: `# Nyt lønsystem

Kategori: grundlæggende

## Beskrivelse

Systemet afløser det gamle lønsystem og finansieres over forvaltningens driftsbudget.
`,
    },
    {
      name: 'sv YAML: innovative, three months, with an exit plan',
      strategies: stockholm,
      code: `titel: Pilot med chattbot för bygglovsfrågor
kategori: innovativt
tidplan:
  start: 2026-03-01
  slut: 2026-05-31
avvecklingsplan: Erfarenheterna redovisas för utvecklingsrådet; chattboten stängs av när piloten är slut.
`,
    },
    {
      name: 'en YAML: innovative, the whole month range counts from its first to its last day',
      strategies: stockholm,
      code: `title: Chatbot pilot
category: innovative
schedule: { start: 2026-03, end: 2026-05 }
exitPlan: Lessons are reported to the development council; the bot is switched off after the pilot.
`,
    },
    {
      name: 'sv YAML: basic, financed in the line budget',
      strategies: stockholm,
      code: `titel: Byte av lönesystem
kategori: grundläggande
nyttovärdering:
  finansiering: Stadsledningskontorets driftbudget 2026
`,
    },
    {
      name: 'sv Markdown: differentiating, project model and integration in the text',
      filename: 'forslag.md',
      strategies: stockholm,
      code: `---
titel: Digital ansökan om förskoleplats
kategori: differentierande
---

## Beskrivning

Projektet styrs enligt stadens projektmodell. E-tjänsten integreras med elevregistret.
`,
    },
    {
      name: 'en Markdown: differentiating',
      filename: 'proposal.md',
      code: `---
title: Preschool applications
category: differentiating
---

## Description

Run under the city's project model; the e-service integrates with the pupil register.
`,
    },
  ],
  invalid: [
    {
      name: 'en Markdown: basic, a sentence that denies the line budget is no financing',
      filename: 'proposal.md',
      strategies: stockholm,
      code: `# Payroll replacement

Category: basic

## Description

The system is not financed from the line budget.
`,
      errors: [{ messageId: 'noFinancing', line: 1, column: 1 }],
    },
    {
      name: 'sv YAML: no category, at line 1',
      strategies: stockholm,
      code: `titel: Pilot med chattbot
beskrivning: En chattbot svarar på frågor om bygglov.
`,
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
    {
      name: 'sv YAML: innovative over six months and no exit plan',
      strategies: stockholm,
      code: `titel: Pilot med chattbot
kategori: innovativt
tidplan:
  start: 2026-01-12
  slut: 2026-10-30
`,
      errors: [
        { messageId: 'noExitPlan', line: 2, column: 11 },
        { messageId: 'tooLong', line: 5, column: 9, message: 'går från 2026-01-12 till 2026-10-30: korta den så att den slutar senast 2026-07-12' },
      ],
    },
    {
      name: 'en YAML: innovative between three and six months is a warning',
      strategies: stockholm,
      code: `title: Chatbot pilot
category: innovative
schedule:
  start: 2026-01-15
  end: 2026-06-01
exitPlan: The bot is switched off after the pilot.
`,
      errors: [{ messageId: 'long', line: 5, column: 8, message: 'should not live more than 3–6 months' }],
    },
    {
      name: 'en YAML: options move the limits',
      strategies: stockholm,
      options: { maxMonths: 4, preferredMonths: 2 },
      code: `title: Chatbot pilot
category: innovative
schedule: { start: 2026-01-15, end: 2026-06-01 }
exitPlan: The bot is switched off after the pilot.
`,
      errors: [{ messageId: 'tooLong', line: 3, column: 37, message: 'at most 4 months' }],
    },
    {
      name: 'sv Markdown: innovative without a schedule, at the category',
      filename: 'forslag.md',
      strategies: stockholm,
      code: `---
titel: Pilot med chattbot
kategori: innovativt
avvecklingsplan: Chattboten stängs av efter piloten.
---
`,
      errors: [{ messageId: 'noSchedule', line: 3, column: 11 }],
    },
    {
      name: 'en Markdown: differentiating without project model or integration',
      filename: 'proposal.md',
      code: `---
title: Preschool applications
category: differentiating
---

## Description

Parents apply for a preschool place online.
`,
      errors: [
        { messageId: 'noIntegration', line: 3, column: 11 },
        { messageId: 'noProjectModel', line: 3, column: 11 },
      ],
    },
    {
      name: 'sv Markdown: basic financed from a portfolio, at the financing line',
      filename: 'forslag.md',
      strategies: stockholm,
      code: `---
titel: Byte av lönesystem
kategori: grundläggande
---

## Kalkyl

Finansiering: Portföljen för innovation
`,
      errors: [{ messageId: 'notLine', line: 8, column: 15 }],
    },
    {
      name: 'en YAML: basic without financing, at the business case',
      strategies: stockholm,
      code: `title: Payroll replacement
category: basic
businessCase:
  currency: SEK
`,
      errors: [{ messageId: 'noFinancing', line: 3, column: 1 }],
    },
  ],
});
