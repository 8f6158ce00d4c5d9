import { ruleTester } from '../test/helpers/rule-tester.js';
import rule from './council-goals.js';

const stockholm = ['stockholm'];

ruleTester(rule, {
  valid: [
    {
      name: 'sv YAML: the strategic goal in strategyAlignment, the change in workProcess',
      strategies: stockholm,
      code: `titel: Digital felanmälan i stadsmiljön
koppling-till-mål: Projektet bidrar till kommunfullmäktiges inriktningsmål 1, en trygg och tillgänglig stad.
nyttovärdering:
  arbetssätt: Felanmälningar går direkt till entreprenören i stället för via växeln.
`,
    },
    {
      name: 'sv Markdown: Vision 2030 in the description, new ways of working in the text',
      filename: 'forslag.md',
      strategies: stockholm,
      code: `# Digital felanmälan

## Beskrivning

Medborgare anmäler fel i gatumiljön digitalt, ett steg mot Vision 2030. Trafikkontoret
inför nya arbetssätt där entreprenören tar emot anmälan direkt.
`,
    },
    {
      name: 'en Markdown: the council goals and a work-process section',
      filename: 'proposal.md',
      code: `# Street fault reporting

## Strategy alignment

Supports the council's goals for an accessible city and Vision 2030.

## Work process

Fault reports go straight to the contractor instead of through the switchboard.
`,
    },
  ],
  invalid: [
    {
      name: 'sv YAML: nothing about the goals or the change, both at line 1',
      strategies: stockholm,
      code: `titel: Digital felanmälan
beskrivning: En app för felanmälan.
`,
      errors: [
        { messageId: 'missing', line: 1, column: 1 },
        { messageId: 'noChange', line: 1, column: 1 },
      ],
    },
    {
      name: 'sv YAML: strategyAlignment without the goals, at its key; the change is at businessCase',
      strategies: stockholm,
      code: `titel: Digital felanmälan
koppling-till-strategin: Projektet gör det enklare att anmäla fel.
nyttovärdering:
  valuta: SEK
`,
      errors: [
        { messageId: 'noGoals', line: 2, column: 1, message: '"koppling-till-strategin" nämner inte fullmäktiges mål' },
        { messageId: 'noChange', line: 3, column: 1 },
      ],
    },
    {
      name: 'en Markdown: at the headings',
      filename: 'proposal.md',
      code: `# Street fault reporting

## Strategy alignment

Makes it easier to report faults.

## Business case

Currency: SEK
`,
      errors: [
        { messageId: 'noGoals', line: 3, column: 1 },
        { messageId: 'noChange', line: 7, column: 1 },
      ],
    },
  ],
});
