import { ruleTester } from '../test/helpers/rule-tester.js';
import rule from './digital-channel.js';

ruleTester(rule, {
  valid: [
    {
      name: 'da YAML: citizens, with self-service on borger.dk',
      code: `titel: Ansøgning om hjælpemidler
beskrivelse: Borgerne søger om hjælpemidler via en selvbetjeningsløsning på borger.dk med MitID.
`,
    },
    {
      name: 'da YAML: internal, no citizens',
      code: `titel: Ny lønsagsbehandling
beskrivelse: Lønkontoret får et nyt system til refusioner fra sygedagpenge.
`,
    },
    {
      name: 'da Markdown',
      filename: 'forslag.md',
      code: `# Ansøgning om hjælpemidler

## Beskrivelse

Borgerne søger i dag på papir. Fremover søger de digitalt, og svaret sendes med Digital Post.
`,
    },
    {
      name: 'en YAML',
      code: `title: Assistive devices
description: Citizens apply through a self-service form on borger.dk.
`,
    },
    {
      name: 'en Markdown: businesses, through virk.dk',
      filename: 'proposal.md',
      code: `# Commercial waste

## Description

Businesses register their waste arrangements through a self-service form on virk.dk.
`,
    },
  ],
  invalid: [
    {
      name: 'da Markdown: a channel denied ("flytter ikke henvendelser til selvbetjening") is not a channel',
      filename: 'forslag.md',
      code: `---
titel: Udvidet telefonbetjening i Borgerservice
sprog: da
---

Ulemper: Løsningen flytter ikke henvendelser til selvbetjening.
`,
      errors: [{ messageId: 'noChannel', line: 2, column: 35, message: '("Borgerservice")' }],
    },
    {
      name: 'da YAML: citizens but only phone and paper, at the first mention',
      code: `titel: Ansøgning om hjælpemidler
sprog: da
beskrivelse: Borgerne ringer til visitationen, der udfylder ansøgningen for dem.
`,
      errors: [{ messageId: 'noChannel', line: 3, column: 14, message: '("Borgerne")' }],
    },
    {
      name: 'da Markdown: businesses, in a section',
      filename: 'forslag.md',
      code: `---
titel: Erhvervsaffald
sprog: da
---

## Beskrivelse

Virksomhederne sender deres affaldsregistrering på en papirblanket til Teknik & Miljø.
`,
      errors: [{ messageId: 'noChannel', line: 8, column: 1, message: '("Virksomhederne")' }],
    },
    {
      name: 'en Markdown: residents in an unmapped section',
      filename: 'proposal.md',
      code: `# Assistive devices

## Who it is for

Residents over 65 who need assistive devices; they call the visitation team.
`,
      errors: [{ messageId: 'noChannel', line: 5, column: 1, message: '("Residents")' }],
    },
    {
      name: 'en YAML: at the word, mid-sentence',
      code: `title: Assistive devices
description: The visitation team phones citizens and fills in the form for them.
`,
      errors: [{ messageId: 'noChannel', line: 2, column: 41, endLine: 2, endColumn: 49 }],
    },
  ],
});
