import { ruleTester } from '../test/helpers/rule-tester.js';
import rule from './approval-and-organisation.js';

ruleTester(rule, {
  valid: [
    {
      name: 'nb Markdown (polarity): a plan to put the case before the rådmannskollegiet is an approval to come',
      filename: 'forslag.md',
      code: `# Nytt sak-arkivsystem

Saken skal legges fram for rådmannskollegiet 12.11.2026. Innføringen gjennomføres som et organisasjonsprosjekt.
`,
    },
    {
      name: 'nb YAML: body, organisation project, no purchase',
      code: `tittel: Felles sak/arkiv
eier:
  navn: Kari Nordmann
  enhet: Rådmannskollegiet i Follo
beskrivelse: Innføringen planlegges som et organisasjonsprosjekt ledet av arkivlederne.
`,
    },
    {
      name: 'nb Markdown: purchase under a framework agreement',
      filename: 'forslag.md',
      code: `# Felles sak/arkiv

## Beskrivelse

Løsningen kjøpes som minikonkurranse på KS-rammeavtalen og legges fram for rådmannskollegiet i mars.
Innføringen er et organisasjonsprosjekt med nye arbeidsprosesser i arkivtjenesten.
`,
    },
    {
      name: 'en YAML',
      code: `title: Shared records system
owner:
  name: Kari Nordmann
  body: Rådmannskollegiet
description: Procured by open tender under the public procurement act from a supplier; introduced as an organisation project with change management in each municipality.
`,
    },
    {
      name: 'en Markdown: the approval in the text',
      filename: 'proposal.md',
      code: `# Shared records system

## Description

Goes to the rådmannskollegiet in May. Introduced as an organisation project; the licences are bought in a mini-competition under the framework agreement.
`,
    },
  ],
  invalid: [
    {
      name: 'nb Markdown (polarity): the rådmannskollegiet named only to say it will not approve',
      filename: 'forslag.md',
      code: `# Nytt sak-arkivsystem

Innføringen gjennomføres som et organisasjonsprosjekt. Saken skal ikke behandles i rådmannskollegiet.
`,
      errors: [{ messageId: 'noApproval', line: 3, column: 56 }],
    },
    {
      name: 'en Markdown (polarity): approval by the council of chief executives put off',
      filename: 'proposal.md',
      code: `# New archive system

The introduction is run as an organisation project. Approval by the council of chief executives is to be decided later.
`,
      errors: [{ messageId: 'noApproval', line: 3, column: 53 }],
    },
    {
      name: 'nb YAML: approval missing (at the owner key), organisation project missing (at line 1)',
      code: `tittel: Felles sak/arkiv
språk: nb
eier:
  navn: Kari Nordmann
  enhet: Oppvekst og utdanning
beskrivelse: IKT Follo drifter løsningen.
`,
      errors: [
        { messageId: 'notOrganisationProject', line: 1, column: 1, message: 'organisasjonsprosjekt' },
        { messageId: 'noApproval', line: 3, column: 1, message: 'rådmannskollegiet' },
      ],
    },
    {
      name: 'nb Markdown: buys from a supplier, no procedure; org. project missing at the benefits realisation heading',
      filename: 'forslag.md',
      code: `---
tittel: Felles sak/arkiv
språk: nb
---

## Beskrivelse

Vi kjøper lisenser fra leverandøren, og rådmannskollegiet godkjenner.

## Gevinstrealisering

Gevinsteier: Arkivleder
`,
      errors: [
        { messageId: 'noProcurement', line: 1, column: 1, message: 'lov om offentlige anskaffelser' },
        { messageId: 'notOrganisationProject', line: 10, column: 1 },
      ],
    },
    {
      name: 'en YAML: all three',
      code: `title: Shared records system
description: We buy licences from the supplier.
`,
      errors: [
        { messageId: 'notOrganisationProject', line: 1, column: 1 },
        { messageId: 'noApproval', line: 1, column: 1 },
        { messageId: 'noProcurement', line: 1, column: 1 },
      ],
    },
    {
      name: 'en Markdown: no approval',
      filename: 'proposal.md',
      code: `# Shared records system

## Owner

Kari Nordmann, head of archives

## Description

An organisation project, led by the archive managers in each municipality.
`,
      errors: [{ messageId: 'noApproval', line: 3, column: 1 }],
    },
  ],
});
