import { ruleTester } from '../test/helpers/rule-tester.js';
import rule from './common-platforms.js';

const stockholm = ['stockholm'];

ruleTester(rule, {
  valid: [
    {
      name: 'sv YAML: the e-service, login and statistics name the city platforms',
      strategies: stockholm,
      code: `titel: E-tjänst för ansökan om bygglov
beskrivning: >-
  E-tjänsten byggs på stadens e-tjänstplattform och medborgare loggar in med BankID via
  stadens id-portal. Beslutsstöd för ledningen hämtas ur LIS.
`,
    },
    {
      name: 'sv Markdown: the platforms named in the shared-solution section',
      filename: 'forslag.md',
      strategies: stockholm,
      code: `# E-tjänst för bygglov

## Beskrivning

Sökande fyller i en e-tjänst och loggar in med e-legitimation från internet.

## Gemensam lösning

Status: används
Lösningar: Stockholms stads e-tjänstplattform, id-portalen
`,
    },
    {
      name: 'sv YAML: "e-tjänstplattformen" in a Stockholm proposal is the city\'s platform',
      strategies: stockholm,
      code: `titel: E-tjänst för ansökan om bygglov
beskrivning: E-tjänsten byggs på e-tjänstplattformen.
`,
    },
    {
      name: 'en YAML: an exception decided by the kommunstyrelse',
      strategies: stockholm,
      code: `title: Library e-services
description: Patrons use the national library e-service and log in from home with BankID.
sharedSolution:
  status: deviation
  exception: Kommunstyrelsen 2026-01-28, § 12
`,
    },
    {
      name: 'en Markdown: staff login inside the city network is not internet login',
      filename: 'proposal.md',
      strategies: stockholm,
      code: `# Payroll replacement

## Description

Payroll staff log in with their SITHS card on the city's workstations.
`,
    },
    {
      name: 'sv YAML: a proposal that describes none of the three functions needs no platform',
      strategies: stockholm,
      code: `titel: Ny växel
beskrivning: Telefonväxeln byts ut.
`,
    },
    {
      name: 'sv Markdown: a sentence that denies a login and an e-service ("Ingen ny inloggning eller e-tjänst byggs")',
      filename: 'forslag.md',
      strategies: stockholm,
      code: `# Översättning i chatten

## Gemensamma lösningar

Chatten körs i stadens kontaktcenterplattform för medborgare. Ingen ny inloggning eller
e-tjänst byggs.
`,
    },
    {
      name: 'en YAML: "no new e-service and no login of its own"',
      strategies: stockholm,
      code: `title: Chat translation
description: The chat for citizens runs in the existing contact-centre platform; no new e-service and no login of its own are built.
`,
    },
  ],
  invalid: [
    {
      name: 'sv YAML: a denial in another clause does not cover the e-service',
      strategies: stockholm,
      code: `titel: Bokning
beskrivning: Ingen papperblankett behövs längre, medborgare bokar i en ny e-tjänst.
`,
      errors: [{ messageId: 'duplicate', line: 2, column: 75, message: '"e-tjänst")' }],
    },
    {
      name: 'sv YAML: own portal with login in a folded block: at the words themselves',
      strategies: stockholm,
      code: `titel: Digital ansökan om färdtjänst
beskrivning: >-
  Leverantören bygger en egen portal med en e-tjänst för ansökan där medborgare loggar in
  med användarnamn och lösenord.
`,
      errors: [
        { messageId: 'duplicate', line: 3, column: 45, message: '"e-tjänst") men nämner inte Stockholms stads e-tjänstplattform' },
        { messageId: 'duplicate', line: 3, column: 81, message: '"loggar in") men nämner inte Stockholms stads id-portal' },
      ],
    },
    {
      name: 'en Markdown: decision support without LIS, at the word in the section',
      filename: 'proposal.md',
      strategies: stockholm,
      code: `---
title: School results for principals
---

## Background

Principals get a dashboard with pupils' results, built on a new data warehouse.
`,
      errors: [{ messageId: 'duplicate', line: 7, column: 18, message: 'decision support / management information ("dashboard")' }],
    },
    {
      name: 'sv Markdown: "lis" in lower case does not name LIS',
      filename: 'forslag.md',
      strategies: stockholm,
      code: `# Resultat för förskolan

## Beskrivning

Ett nytt beslutsstöd för förskolan, lis-rapporter i Excel.
`,
      errors: [{ messageId: 'duplicate', line: 5, column: 10, message: '("beslutsstöd")' }],
    },
    {
      name: 'en YAML: "no exception needed" is not an exception decision',
      strategies: stockholm,
      code: `title: Renewing library loans
description: A new e-service for renewing loans; no exception from the city executive board is needed.
`,
      errors: [{ messageId: 'duplicate', line: 2, column: 20 }],
    },
  ],
});
