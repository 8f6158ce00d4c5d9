import { ruleTester } from '../test/helpers/rule-tester.js';
import rule from './cross-cutting-consequences.js';

ruleTester(rule, {
  valid: [
    {
      name: 'da YAML (polarity): a denial is a statement, not a deferral',
      code: `titel: Digital pladsanvisning
tværgående-konsekvenser: >-
  Projektet har ingen konsekvenser for andre direktørområder, fordi kun pladsanvisningen
  bruger systemet og der ikke deles data med andre fagsystemer.
`,
    },
    {
      name: 'da YAML',
      code: `titel: Digital pladsanvisning
tværgående-konsekvenser: >-
  Børn & Kultur og Borgerservice skal omlægge deres arbejdsgange, og ESDH-teamet i It
  skal oprette en ny sagsgruppe til pladsanvisningen.
`,
    },
    {
      name: 'da Markdown: a "Tværgående konsekvenser" section',
      filename: 'forslag.md',
      code: `# Digital pladsanvisning

## Tværgående konsekvenser

Borgerservice får færre henvendelser om ventelister, og Økonomi skal tilpasse takstberegningen i ØS Indsigt.
`,
    },
    {
      name: 'en YAML',
      code: `title: Childcare placement
crossCuttingConsequences: Citizen Services gets fewer calls, and Finance must adjust the fee calculation in the finance system.
`,
    },
    {
      name: 'en Markdown',
      filename: 'proposal.md',
      code: `# Childcare placement

## Cross-cutting consequences

Citizen Services gets fewer calls about waiting lists, and the ESDH team must set up a new case group.
`,
    },
  ],
  invalid: [
    {
      name: 'sv Markdown (polarity): consequences to be investigated later say nothing yet',
      filename: 'forslag.md',
      code: `# Digital pladsanvisning

## Tværgående konsekvenser

Konsekvenserna för andra förvaltningar utreds vidare i ett senare skede av projektet.
`,
      errors: [{ messageId: 'empty', line: 3, column: 1 }],
    },
    {
      name: 'da YAML: missing, at line 1',
      code: `titel: Digital pladsanvisning
ejer: Hanne Jensen
`,
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
    {
      name: 'da YAML: "Ingen" is not a description',
      code: `titel: Digital pladsanvisning
tværgående-konsekvenser: Ingen
`,
      errors: [{ messageId: 'empty', line: 2, column: 1 }],
    },
    {
      name: 'da Markdown: thin, at the heading',
      filename: 'forslag.md',
      code: `---
titel: Digital pladsanvisning
---

# Digital pladsanvisning

## Tværgående konsekvenser

Påvirker Borgerservice.
`,
      errors: [{ messageId: 'thin', line: 7, column: 1, message: '(2 ord, mindst 8)' }],
    },
    {
      name: 'en Markdown: empty section',
      filename: 'proposal.md',
      code: `# Childcare placement

## Cross-cutting consequences

## Schedule

Start: 2026-01-01
`,
      errors: [{ messageId: 'empty', line: 3, column: 1 }],
    },
    {
      name: 'en YAML: missing, in English',
      code: `title: Childcare placement
description: Parents register online.
`,
      errors: [{ messageId: 'missing', line: 1, column: 1, message: 'add "crossCuttingConsequences"' }],
    },
  ],
});
