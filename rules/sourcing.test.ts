import { ruleTester } from '../test/helpers/rule-tester.js';
import rule from './sourcing.js';

const stockholm = ['stockholm'];

ruleTester(rule, {
  valid: [
    {
      name: 'sv YAML: a call-off from a framework agreement and the city operations agreement',
      strategies: stockholm,
      code: `titel: Nytt bokningssystem
beskrivning: >-
  Systemet anskaffas genom avrop på stadens ramavtal och driftas inom stadens gemensamma
  driftavtal.
`,
    },
    {
      name: 'sv Markdown: headings count',
      filename: 'forslag.md',
      strategies: stockholm,
      code: `# Nytt bokningssystem

## Upphandling

Förnyad konkurrensutsättning hösten 2026.

## Drift och förvaltning

Stadens driftleverantör tar över efter införandet.
`,
    },
    {
      name: 'en YAML: English wording',
      code: `title: Booking system
description: Procured in a competitive tender; run under the city's operations agreement.
`,
    },
  ],
  invalid: [
    {
      name: 'sv YAML: neither, both at line 1',
      strategies: stockholm,
      code: `titel: Nytt bokningssystem
beskrivning: Leverantören levererar ett färdigt system.
`,
      errors: [
        { messageId: 'noProcurement', line: 1, column: 1 },
        { messageId: 'noOperations', line: 1, column: 1 },
      ],
    },
    {
      name: 'en Markdown: operations but no procurement, at the front matter',
      filename: 'proposal.md',
      strategies: stockholm,
      code: `---
title: Booking system
---

## Description

The supplier's managed service runs the system.
`,
      errors: [{ messageId: 'noProcurement', line: 1, column: 1 }],
    },
  ],
});
