import { ruleTester } from '../test/helpers/rule-tester.js';
import rule from './proven-solution.js';

ruleTester(rule, {
  valid: [
    {
      name: "da YAML: the supplier's standard app, used by many municipalities, run by the supplier with an SLA",
      code: `titel: Mobil app til hjemmesygeplejen
beskrivelse: |
  Appen er leverandørens standardapp, som i dag bruges af mange kommuner. Den driftes af
  leverandøren med en SLA på 99,5 % oppetid.
`,
    },
    {
      name: 'da YAML: all three in the description',
      code: `titel: Digital indberetning af kørsel
beskrivelse: >-
  Vi køber et standardprodukt, der er i drift i 40 kommuner. Leverandøren hoster løsningen
  (ekstern drift) med en aftalt oppetid på 99,5 %.
`,
    },
    {
      name: 'da Markdown: spread over sections',
      filename: 'forslag.md',
      code: `# Digital indberetning af kørsel

## Beskrivelse

Løsningen er gennemprøvet og bruges allerede af Kerteminde og Odense.

## Drift

Løsningen driftes af leverandøren som SaaS. Driftssikkerhed: SLA med 99,5 % oppetid.
`,
    },
    {
      name: 'en YAML',
      code: `title: Mileage claims
description: A standard product in production at 40 municipalities, hosted by the supplier with an SLA of 99.5 % uptime.
`,
    },
    {
      name: 'en Markdown',
      filename: 'proposal.md',
      code: `# Mileage claims

## Operation

The supplier runs it as SaaS (external operation considered against in-house operation). It is proven: references from three municipalities. Uptime 99.5 %.
`,
    },
  ],
  invalid: [
    {
      name: 'da YAML: none of the three, at line 1',
      code: `titel: Digital indberetning af kørsel
sprog: da
beskrivelse: Vi udvikler selv en app til indberetning af kørsel.
`,
      errors: [
        { messageId: 'noReliability', line: 1, column: 1 },
        { messageId: 'noOperation', line: 1, column: 1, message: 'ekstern drift' },
        { messageId: 'notProven', line: 1, column: 1 },
      ],
    },
    {
      name: 'da Markdown: proven and hosted, reliability not weighed; at the front matter',
      filename: 'forslag.md',
      code: `---
titel: Digital indberetning af kørsel
sprog: da
---

## Beskrivelse

Et standardprodukt, som leverandøren hoster.
`,
      errors: [{ messageId: 'noReliability', line: 1, column: 1, message: 'leverance- og driftssikkerhed' }],
    },
    {
      name: 'en YAML: only operation',
      code: `title: Mileage claims
description: The supplier will host the new app.
`,
      errors: [
        { messageId: 'noReliability', line: 1, column: 1 },
        { messageId: 'notProven', line: 1, column: 1 },
      ],
    },
    {
      name: 'en Markdown: not proven',
      filename: 'proposal.md',
      code: `# Mileage claims

## Operation

Hosted by the supplier with an SLA.
`,
      errors: [{ messageId: 'notProven', line: 1, column: 1 }],
    },
  ],
});
