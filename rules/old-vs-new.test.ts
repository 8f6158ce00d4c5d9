import { ruleTester } from '../test/helpers/rule-tester.js';
import rule from './old-vs-new.js';

ruleTester(rule, {
  valid: [
    {
      name: 'nb Markdown: "å tilpasse de eksisterende kontaktskjemaene eller å ta i bruk chatbot" weighs both',
      filename: 'forslag.md',
      code: `# Chatbot for innbyggerveiledning

## Alternativvurdering

Alternativene var å tilpasse de eksisterende kontaktskjemaene på nettsidene eller å ta i bruk chatbot. Chatbot er valgt fordi den er billigst over fem år.
`,
    },
    {
      name: 'nb YAML: "Å videreutvikle signeringsmodulen i dagens HR-system … fellesløsningen fra Digdir"',
      code: `tittel: eSignering
alternativer: Å videreutvikle signeringsmodulen i dagens HR-system ble vurdert (ca. 520 000 kr); fellesløsningen fra Digdir er billigere.
`,
    },
    {
      name: 'nb YAML: the comparison in the business case',
      code: `tittel: Nytt fagsystem for byggesak
kost-nytte:
  valuta: NOK
  fordeler: >-
    Å tilpasse dagens system til eByggesak koster 2,1 mill. kroner over fem år, mot 1,6 mill.
    for å anskaffe et nytt fagsystem med integrasjon mot matrikkelen.
`,
    },
    {
      name: 'nb Markdown: prose under "Økonomi" (no field holds it)',
      filename: 'forslag.md',
      code: `# Nytt fagsystem for byggesak

## Økonomi

Nullalternativet (videreutvikle dagens løsning) er vurdert mot et nytt system.

Valuta: NOK
`,
    },
    {
      name: 'en YAML',
      code: `title: New building-permit system
description: We compared adapting the existing system (NOK 2.1m) with acquiring a new system (NOK 1.6m).
`,
    },
    {
      name: 'en Markdown: zero alternative in an unmapped section',
      filename: 'proposal.md',
      code: `# New building-permit system

## Alternatives

The zero alternative keeps today's system; option 1 replaces it with a cloud product.
`,
    },
  ],
  invalid: [
    {
      name: 'nb YAML: only the new system, at the business case key',
      code: `tittel: Nytt fagsystem for byggesak
beskrivelse: Vi anskaffer et nytt fagsystem for byggesak.
kost-nytte:
  valuta: NOK
`,
      errors: [{ messageId: 'notWeighed', line: 3, column: 1 }],
    },
    {
      name: 'nb Markdown: no business case, at the front matter',
      filename: 'forslag.md',
      code: `---
tittel: Nytt fagsystem for byggesak
språk: nb
---

## Beskrivelse

Vi anskaffer et nytt fagsystem for byggesak.
`,
      errors: [{ messageId: 'notWeighed', line: 1, column: 1, message: 'nullalternativet' }],
    },
    {
      name: 'en YAML: nothing weighed',
      code: `title: New building-permit system
description: Buy a new system.
`,
      errors: [{ messageId: 'notWeighed', line: 1, column: 1 }],
    },
    {
      name: 'en Markdown: the business-case heading',
      filename: 'proposal.md',
      code: `# New building-permit system

## Business case

Currency: NOK

A new system costs NOK 1.6m.
`,
      errors: [{ messageId: 'notWeighed', line: 3, column: 1 }],
    },
  ],
});
