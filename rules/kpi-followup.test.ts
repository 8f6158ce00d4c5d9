import { ruleTester } from '../test/helpers/rule-tester.js';
import rule from './kpi-followup.js';

const oskarshamn = ['oskarshamn'];

ruleTester(rule, {
  valid: [
    {
      name: 'sv YAML: key figures and a steering group',
      strategies: oskarshamn,
      code: `titel: E-tjänst för bygglov
beskrivning: Projektet leds av en projektledare med en styrgrupp.
uppföljning:
  nyckeltal:
    - namn: Andel digitala ansökningar
`,
    },
    {
      name: 'sv Markdown: a "Nyckeltal" table and a "Projektorganisation" text with the project model',
      filename: 'forslag.md',
      strategies: oskarshamn,
      code: `# E-tjänst för bygglov

## Projektorganisation

Projektet följer kommunens projektmodell.

## Nyckeltal

| Mätetal | Mål |
|---|---|
| Handläggningstid | 4 veckor |
`,
    },
    {
      name: 'en YAML: English',
      code: `title: Building permits online
description: A project manager reports to the steering group monthly.
followUp:
  metrics:
    - name: Processing days
`,
    },
  ],
  invalid: [
    {
      name: 'sv YAML: no key figures and no governance, at line 1',
      strategies: oskarshamn,
      code: `titel: E-tjänst för bygglov
beskrivning: Sökande ansöker om bygglov på webben.
`,
      errors: [
        { messageId: 'noKpis', line: 1, column: 1 },
        { messageId: 'noGovernance', line: 1, column: 1 },
      ],
    },
    {
      name: 'en Markdown: a follow-up section without a table, at its heading',
      filename: 'proposal.md',
      code: `---
title: Building permits online
---

## Project organisation

The steering group meets monthly.

## Follow-up

We will follow up the project.
`,
      errors: [{ messageId: 'noKpis', line: 9, column: 1 }],
    },
    {
      name: 'sv YAML: a key figure whose name is a paragraph; one without a name',
      strategies: oskarshamn,
      code: `titel: E-tjänst för bygglov
beskrivning: Styrgruppen leds av förvaltningschefen.
uppföljning:
  mätetal:
    - namn: Andel av alla inkomna ansökningar om bygglov, marklov och rivningslov som lämnas digitalt och är kompletta från början
    - mål: 80 %
`,
      errors: [
        { messageId: 'notSimple', line: 5, column: 13, message: 'nr 1 har 18 ord' },
        { messageId: 'noName', line: 6, column: 7 },
      ],
    },
    {
      name: 'en YAML: maxNameWords option',
      options: { maxNameWords: 3 },
      code: `title: Building permits online
description: The project manager reports to the steering group.
followUp:
  metrics:
    - name: Share of complete online applications
`,
      errors: [{ messageId: 'notSimple', line: 5, column: 13, message: 'at most 3 words' }],
    },
  ],
});
