import { ruleTester } from '../test/helpers/rule-tester.js';
import rule from './universal-design.js';

ruleTester(rule, {
  valid: [
    {
      name: 'nb YAML: the field',
      code: `tittel: Digital søknad om startlån
universell-utforming: Skjemaet testes mot WCAG 2.1 AA av Uutilsynets verktøy før lansering.
`,
    },
    {
      name: 'nb Markdown: mentioned in the description, no field',
      filename: 'forslag.md',
      code: `# Digital søknad om startlån

## Beskrivelse

Søknaden skal være universelt utformet og kunne brukes med skjermleser.
`,
    },
    {
      name: 'nb Markdown: a short section that names WCAG',
      filename: 'forslag.md',
      code: `# Digital søknad om startlån

## Universell utforming

WCAG 2.1 AA.
`,
    },
    {
      name: 'en YAML',
      code: `title: Housing loan application
accessibility: The form is tested against WCAG 2.1 AA before launch.
`,
    },
    {
      name: 'en Markdown: a "Universal design" section',
      filename: 'proposal.md',
      code: `# Housing loan application

## Universal design

The form meets WCAG 2.1 AA and is tested with a screen reader before launch.
`,
    },
  ],
  invalid: [
    {
      name: 'nb YAML: not addressed anywhere, at line 1',
      code: `tittel: Digital søknad om startlån
beskrivelse: Innbyggerne søker om startlån i et nettskjema.
`,
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
    {
      name: 'nb Markdown: a placeholder section',
      filename: 'forslag.md',
      code: `---
tittel: Digital søknad om startlån
---

## Universell utforming

Ikke avklart.
`,
      errors: [{ messageId: 'empty', line: 5, column: 1 }],
    },
    {
      name: 'en Markdown: thin, without a standard',
      filename: 'proposal.md',
      code: `# Housing loan application

## Accessibility

It will be fine.
`,
      errors: [{ messageId: 'thin', line: 3, column: 1, message: '(4 words, at least 5)' }],
    },
    {
      name: 'en YAML: field given but empty',
      code: `title: Housing loan application
accessibility: ""
`,
      errors: [{ messageId: 'empty', line: 2, column: 1 }],
    },
  ],
});
