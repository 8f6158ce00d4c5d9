import { ruleTester } from '../test/helpers/rule-tester.js';
import rule from './architecture-principles.js';

const stockholm = ['stockholm'];

ruleTester(rule, {
  valid: [
    {
      name: 'sv YAML: every principle in the description, the level in security',
      strategies: stockholm,
      code: `titel: Digital ansökan om färdtjänst
beskrivning: >-
  Lösningen återanvänder uppgifter ur folkbokföringen, har öppna API:er mot
  verksamhetssystemet och registreras i stadens applikationsportfölj.
säkerhet:
  säkerhetsnivå: Hög enligt informationsklassningen
`,
    },
    {
      name: 'sv Markdown: prose under a field heading counts too',
      filename: 'forslag.md',
      strategies: stockholm,
      code: `# Digital ansökan om färdtjänst

## Arkitektur

Integrationen görs mot befintliga system. Applikationen förs in i applikationsportföljen.

## Informationssäkerhet

Informationen hanteras enligt stadens säkerhetsprogram.
`,
    },
    {
      name: 'en Markdown: English wording',
      filename: 'proposal.md',
      code: `# Special transport applications

## Architecture

The solution reuses the population register data through an open API and is entered in
the city's application portfolio. Security level: high, per the information classification.
`,
    },
  ],
  invalid: [
    {
      name: 'sv YAML: none of the principles, all at line 1',
      strategies: stockholm,
      code: `titel: Digital ansökan om färdtjänst
beskrivning: Sökande fyller i ansökan på webben.
`,
      errors: [
        { messageId: 'noSecurityLevel', line: 1, column: 1 },
        { messageId: 'noReuse', line: 1, column: 1 },
        { messageId: 'noPortfolio', line: 1, column: 1 },
        { messageId: 'noOpenness', line: 1, column: 1 },
      ],
    },
    {
      name: 'en Markdown: only the portfolio missing, at the front matter',
      filename: 'proposal.md',
      strategies: stockholm,
      code: `---
title: Special transport applications
---

## Description

The e-service reuses the existing case system and integrates with it through its API.
Information is classified; the security level is high.
`,
      errors: [{ messageId: 'noPortfolio', line: 1, column: 1 }],
    },
    {
      name: 'sv Markdown: a placeholder security level is reported at the value, not rescued by its label',
      filename: 'forslag.md',
      strategies: stockholm,
      code: `# Digital ansökan om färdtjänst

## Beskrivning

Lösningen återanvänder befintliga data, integreras via API och registreras i applikationsportföljen.

## Informationssäkerhet

Säkerhetsnivå: TBD
`,
      errors: [{ messageId: 'noSecurityLevel', line: 9, column: 16 }],
    },
  ],
});
