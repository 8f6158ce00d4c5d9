import { ruleTester } from '../test/helpers/rule-tester.js';
import rule from './description.js';

ruleTester(rule, {
  valid: [
    {
      name: 'da Markdown (headings as hints): a numbered, combined "1. Baggrund og formål" was "missing"',
      filename: 'forslag.md',
      code: `# Digital ansøgning om hjælpemidler

## 1. Baggrund og formål

Borgere søger i dag hjælpemidler på papirblanket; de skal kunne søge digitalt med MitID og følge sagen.
`,
    },
    {
      name: 'sv Markdown (headings as hints): "2. Syfte och beskrivning"',
      filename: 'forslag.md',
      code: `# E-tjänst för parkeringstillstånd

## 2. Syfte och beskrivning

Ansökan om parkeringstillstånd för rörelsehindrade ska kunna göras digitalt med e-legitimation.
`,
    },
    {
      name: 'nb Markdown (headings as hints): an ALL-CAPS "1. BAKGRUNN OG FORMÅL"',
      filename: 'forslag.md',
      code: `# Digital søknad om startlån

## 1. BAKGRUNN OG FORMÅL

Søknader om startlån kommer i dag på papir; innbyggerne skal kunne søke digitalt via ID-porten.
`,
    },
    {
      name: 'en Markdown (headings as hints): "1. Background and purpose"',
      filename: 'proposal.md',
      code: `# Online booking of sports halls

## 1. Background and purpose

Clubs book municipal sports halls by e-mail today; they will book and pay online with a calendar of free slots.
`,
    },
    {
      name: 'da Markdown: a "Projektbeskrivelse" section',
      filename: 'forslag.md',
      code: `# Digital pladsanvisning i dagtilbud

## Projektbeskrivelse

Forældre skal kunne søge plads i dagtilbud digitalt via borger.dk i stedet for på papirblanket.
`,
    },
    {
      name: 'da YAML: "beskrivelse"',
      code: `titel: Digital pladsanvisning
beskrivelse: Forældre søger plads i dagtilbud digitalt med MitID.
`,
    },
    {
      name: 'sv Markdown: "Sammanfattning"',
      filename: 'forslag.md',
      code: `# E-tjänst för bygglov

## Sammanfattning

Ansökan om bygglov görs digitalt via stadens e-tjänstplattform.
`,
    },
    {
      name: 'sv YAML: a folded block',
      code: `titel: E-tjänst för bygglov
beskrivning: >
  Ansökan om bygglov ska kunna göras digitalt
  med inloggning genom id-portalen.
`,
    },
    {
      name: 'nb Markdown: "Sammendrag"',
      filename: 'forslag.md',
      code: `# Digitalt søknadsskjema for SFO

## Sammendrag

Foresatte søker SFO-plass digitalt med innlogging via ID-porten.
`,
    },
    {
      name: 'nb YAML: a short description passes a lower minLength',
      options: { minLength: 10 },
      code: `tittel: SFO-søknad
beskrivelse: Digital SFO-søknad.
`,
    },
    {
      name: 'en Markdown: the description in the front matter',
      filename: 'proposal.md',
      code: `---
title: Sports hall booking
description: Residents book municipal sports halls online and pay by card.
---

# Sports hall booking
`,
    },
  ],
  invalid: [
    {
      name: 'da Markdown: no description points at line 1',
      filename: 'forslag.md',
      code: `# Digital pladsanvisning

Projektejer: Mette Jensen
`,
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
    {
      name: 'da YAML: "TBD" is a placeholder, reported at the key',
      code: `titel: Digital pladsanvisning
beskrivelse: TBD
`,
      errors: [{ messageId: 'empty', line: 2, column: 1 }],
    },
    {
      name: 'sv Markdown: an empty "Beskrivning" section points at its heading',
      filename: 'forslag.md',
      code: `# E-tjänst för bygglov

## Beskrivning

## Uppföljning

Följs upp kvartalsvis.
`,
      errors: [{ messageId: 'empty', line: 3, column: 1 }],
    },
    {
      name: 'sv YAML: "Se bilaga." is too short',
      code: `titel: E-tjänst för bygglov
beskrivning: Se bilaga.
`,
      errors: [{ messageId: 'tooShort', line: 2, column: 14, message: 'bara 10 tecken' }],
    },
    {
      name: 'nb Markdown: too short, at the text',
      filename: 'forslag.md',
      code: `# Digitalt søknadsskjema for SFO

## Beskrivelse

Nytt skjema.
`,
      errors: [{ messageId: 'tooShort', line: 5, column: 1 }],
    },
    {
      name: 'nb YAML: "ikke avklart"',
      code: `tittel: SFO-søknad
prosjektbeskrivelse: ikke avklart
`,
      errors: [{ messageId: 'empty', line: 2, column: 1 }],
    },
    {
      name: 'en YAML: longer minLength',
      options: { minLength: 80 },
      code: `title: Sports hall booking
description: Residents book sports halls online.
`,
      errors: [{ messageId: 'tooShort', line: 2, column: 14, message: '(at least 80)' }],
    },
    {
      name: 'en Markdown: no description in front matter or sections',
      filename: 'proposal.md',
      code: `---
title: Sports hall booking
---

# Sports hall booking
`,
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
  ],
});
