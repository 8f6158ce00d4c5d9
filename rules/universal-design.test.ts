import { ruleTester } from '../test/helpers/rule-tester.js';
import rule from './universal-design.js';

ruleTester(rule, {
  valid: [
    {
      name: 'nb Markdown (polarity): a requirement ("skal oppfylle WCAG") addresses it',
      filename: 'forslag.md',
      code: `# Digitale skjema

Skjemaene skal oppfylle WCAG 2.1 AA og testes med skjermleser før lansering.
`,
    },
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
      name: 'nb Markdown (polarity): put off until later, at the sentence',
      filename: 'forslag.md',
      code: `# Digitale skjema

Skjemaene lages i fagsystemets skjemamodul.

Universell utforming vurderes nærmere når skjemaene er laget.
`,
      errors: [{ messageId: 'putOff', line: 5, column: 1 }],
    },
    {
      name: 'en Markdown (polarity): denied',
      filename: 'proposal.md',
      code: `# Digital forms

The forms are built in the case system. Universal design has not been considered.
`,
      errors: [{ messageId: 'putOff', line: 3, column: 41 }],
    },
    {
      name: 'da Markdown (polarity): the WCAG requirements are to be clarified later',
      filename: 'forslag.md',
      code: `# Digitale blanketter

WCAG-kravene afklares senere med leverandøren.
`,
      errors: [{ messageId: 'putOff', line: 3, column: 1 }],
    },
    {
      name: 'sv Markdown (polarity): digital accessibility is still to be investigated',
      filename: 'forslag.md',
      code: `# E-tjänst

Digital tillgänglighet utreds vidare i ett senare skede.
`,
      errors: [{ messageId: 'putOff', line: 3, column: 1 }],
    },
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
