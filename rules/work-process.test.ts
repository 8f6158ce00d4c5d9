import { ruleTester } from '../test/helpers/rule-tester.js';
import rule from './work-process.js';

ruleTester(rule, {
  valid: [
    {
      name: 'da YAML: "konteres med de eksisterende stamdata" reuses data',
      code: `titel: Fakturascanning
økonomi:
  arbejdsgang: PDF-fakturaer aflæses automatisk og konteres med de eksisterende stamdata fra økonomisystemet, så bogholderen kun godkender.
`,
    },
    {
      name: 'da Markdown: a "Forventet arbejdsgang" sub-heading under the business case',
      filename: 'forslag.md',
      code: `# Digital parkeringstilladelse

## Business case

Valuta: DKK

### Forventet arbejdsgang

Ansøgningen kommer ind via selvbetjening, oplysninger hentes automatisk fra CPR og CVR, og
sagsbehandleren træffer afgørelse i ESDH uden dobbeltindtastning.
`,
    },
    {
      name: 'en YAML: the data "we already hold" is reused',
      code: `title: Self-service for waste collection
businessCase:
  workProcess: >
    Orders arrive through self-service, are validated against the bin register we already
    hold, and go straight to the haulier's route planning without re-keying.
`,
    },
    {
      name: 'da YAML',
      code: `titel: Digital indberetning af kørsel
business-case:
  arbejdsgang: >-
    Medarbejderen registrerer turen i appen; adresser og kilometer hentes fra kortet, og
    løndata genbruges fra lønsystemet, så lederen kun godkender med ét klik.
`,
    },
    {
      name: 'da Markdown: an "Arbejdsgang" section',
      filename: 'forslag.md',
      code: `# Digital indberetning af kørsel

## Arbejdsgang

I dag udfylder medarbejderen en blanket, som lønkontoret taster ind. Fremover registreres
turen i appen, og medarbejderens stamdata hentes fra lønsystemet, så intet tastes to gange.
`,
    },
    {
      name: 'da YAML: the reuse said in the description counts',
      code: `titel: Fælles bookingsystem
beskrivelse: Foreningens oplysninger hentes fra CVR, og bekræftelser sendes med Digital Post.
business-case:
  arbejdsgang: Foreningen søger tider i systemet, Kultur og Fritid godkender, og Ejendomsservice får besked automatisk.
`,
    },
    {
      name: 'en YAML',
      code: `title: Mileage claims
businessCase:
  workProcess: Staff log the trip in the app; the distance is calculated from the map and employee data are fetched from payroll, so nothing is keyed twice.
`,
    },
    {
      name: 'en Markdown',
      filename: 'proposal.md',
      code: `# Mileage claims

## Work process

Staff log the trip in the app; the manager approves it with one click and payroll reuses the employee master data.
`,
    },
  ],
  invalid: [
    {
      name: 'en Markdown (polarity): a section that only puts the description off is empty',
      filename: 'proposal.md',
      code: `# Invoice scanning

## Work process

The expected work process is to be decided once the supplier has been chosen and the scanning service is running.
`,
      errors: [{ messageId: 'empty', line: 3, column: 1 }],
    },
    {
      name: 'da YAML (polarity): "beskrives senere" is no work process',
      code: `titel: Digital kørselsgodtgørelse
business-case:
  forventet-arbejdsgang: Den nye arbejdsgang beskrives senere i projektet, når systemet er konfigureret og testet.
`,
      errors: [{ messageId: 'empty', line: 3, column: 3 }],
    },
    {
      name: 'da YAML: missing, at the business case key',
      code: `titel: Digital indberetning af kørsel
business-case:
  valuta: DKK
`,
      errors: [{ messageId: 'missing', line: 2, column: 1 }],
    },
    {
      name: 'da YAML: thin',
      code: `titel: Digital indberetning af kørsel
sprog: da
business-case:
  arbejdsgang: Medarbejderen bruger appen.
`,
      errors: [{ messageId: 'thin', line: 4, column: 3, message: '(3 ord, mindst 12)' }],
    },
    {
      name: 'da Markdown: described, but no reuse of existing data (NFY-7)',
      filename: 'forslag.md',
      code: `---
titel: Digital indberetning af kørsel
sprog: da
---

## Forventet arbejdsproces

Medarbejderen registrerer turen i appen med start, slut og formål, og lederen godkender
den i appen, hvorefter lønkontoret udbetaler godtgørelsen.
`,
      errors: [{ messageId: 'noReuse', line: 6, column: 1, message: 'genbruges' }],
    },
    {
      name: 'en Markdown: empty section',
      filename: 'proposal.md',
      code: `# Mileage claims

## Work process

TBD
`,
      errors: [{ messageId: 'empty', line: 3, column: 1 }],
    },
    {
      name: 'en YAML: no reuse',
      code: `title: Mileage claims
businessCase:
  workProcess: Staff type the trip into the app with start, end and purpose, and the manager approves it there.
`,
      errors: [{ messageId: 'noReuse', line: 3, column: 3 }],
    },
  ],
});
