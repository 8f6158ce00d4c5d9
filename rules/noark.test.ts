import { ruleTester } from '../test/helpers/rule-tester.js';
import rule from './noark.js';

ruleTester(rule, {
  valid: [
    {
      name: 'nb YAML: archive names Noark 5 and the plans',
      code: `tittel: Digital byggesøknad
beskrivelse: Søknadene saksbehandles i fagsystemet.
arkiv: Vedtak journalføres i sak/arkiv (Noark 5-kjerne); bevarings- og kassasjonsplanen følges.
`,
    },
    {
      name: 'nb YAML: no records handled, no archive field',
      code: `tittel: Nytt trådløsnett på skolene
beskrivelse: IKT Follo bytter aksesspunkter på alle skoler.
`,
    },
    {
      name: 'nb Markdown: an "Arkiv" section',
      filename: 'forslag.md',
      code: `# Digital byggesøknad

## Arkiv

Fagsystemet arkiverer i Noark 5-kjernen i Elements; arkivdepot er IKA Kongsberg.
`,
    },
    {
      name: 'en YAML',
      code: `title: Building permits
description: Case handling moves to the new system.
archive: Decisions are filed in the Noark 5 core of the records system; the retention schedule is followed.
`,
    },
    {
      name: 'en Markdown: an "Archive" section',
      filename: 'proposal.md',
      code: `# Building permits

## Archive

Decisions are filed in the Noark 5 core; the disposal schedule is followed and records are deposited with IKA.
`,
    },
  ],
  invalid: [
    {
      name: 'nb Markdown: archiving denied in a sentence, at that sentence',
      filename: 'forslag.md',
      code: `# Booking av idrettshaller

## Løsning

Fakturagrunnlag og bookingbekreftelser lagres i løsningens eget dokumentlager. Det er ikke planlagt arkivering i sak-arkivsystemet (Noark 5).
`,
      errors: [{ messageId: 'missingArchive', line: 5, column: 80 }],
    },
    {
      name: 'en YAML: Noark 5 put off until later is none, at that sentence',
      code: `title: Building permits
language: en
description: Applications are registered in the new system. Archiving to Noark 5 will be decided later.
`,
      errors: [{ messageId: 'missingArchive', line: 3, column: 61 }],
    },
    {
      name: 'nb YAML: records but no archive, at line 1',
      code: `tittel: Digital byggesøknad
språk: nb
beskrivelse: Søknadene saksbehandles og journalføres i det nye fagsystemet.
`,
      errors: [{ messageId: 'missingArchive', line: 1, column: 1, message: '("saksbehandles")' }],
    },
    {
      name: 'nb Markdown: archive without Noark 5 or plans, at its heading',
      filename: 'forslag.md',
      code: `---
tittel: Digital byggesøknad
språk: nb
---

## Arkiv

Dokumentene lagres i fagsystemet.
`,
      errors: [
        { messageId: 'noNoark', line: 6, column: 1 },
        { messageId: 'noPreservation', line: 6, column: 1 },
      ],
    },
    {
      name: 'en YAML: Noark named but no preservation plan',
      code: `title: Building permits
archive: Exported to the Noark 5 core every night.
`,
      errors: [{ messageId: 'noPreservation', line: 2, column: 1 }],
    },
    {
      name: 'en Markdown: records management without archive, Noark named in passing',
      filename: 'proposal.md',
      code: `# Building permits

## Description

Case handling with an integration to the Noark 5 core.
`,
      errors: [{ messageId: 'noPreservation', line: 1, column: 1 }],
    },
  ],
});
