import { ruleTester } from '../test/helpers/rule-tester.js';
import rule from './focus-area.js';

const stockholm = ['stockholm'];

ruleTester(rule, {
  valid: [
    {
      name: 'en YAML: canonical values',
      strategies: stockholm,
      code: `title: Open data portal
focusAreas: [information-reuse, collaboration]
`,
    },
    {
      name: 'sv YAML: Swedish key and value',
      strategies: stockholm,
      code: `titel: Öppna data
fokusområden:
  - samverkan
`,
    },
    {
      name: "sv Markdown: the programme's own names of focus areas 2 and 5",
      filename: 'forslag.md',
      strategies: stockholm,
      code: `# Öppna data

## Fokusområden

1. Förbättrad förmåga att sammanställa, analysera och återanvända information
2. Innovativ verksamhetsutveckling med hjälp av it
`,
    },
    {
      name: 'en Markdown: the English names',
      filename: 'proposal.md',
      code: `# Open data

## Focus areas

- Accessibility and service for citizens, business and visitors
`,
    },
  ],
  invalid: [
    {
      name: 'sv YAML: missing, at line 1',
      strategies: stockholm,
      code: `titel: Öppna data
beskrivning: Stadens data publiceras öppet.
`,
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
    {
      name: 'en YAML: none of the five, at the key',
      strategies: stockholm,
      code: `title: Open data
focusAreas: [digitalisation]
`,
      errors: [{ messageId: 'none', line: 2, column: 1, message: '"focusAreas" names none of the five' }],
    },
    {
      name: 'sv Markdown: a list naming none of the five, at the heading',
      filename: 'forslag.md',
      strategies: stockholm,
      code: `---
titel: Öppna data
---

## Fokusområden

- Digitalisering
- Effektivisering
`,
      errors: [{ messageId: 'none', line: 5, column: 1 }],
    },
    {
      name: 'en Markdown: an empty list is missing, at the key',
      filename: 'proposal.md',
      code: `---
title: Open data
focusAreas: []
---
`,
      errors: [{ messageId: 'missing', line: 3, column: 1 }],
    },
  ],
});
