import { ruleTester } from '../test/helpers/rule-tester.js';
import rule from './ros-and-dpa.js';

ruleTester(rule, {
  valid: [
    {
      name: 'nb Markdown (polarity): done, and the agreement planned before the contract',
      filename: 'forslag.md',
      code: `# Digital søknad om startlån

Søknaden inneholder personopplysninger om søkerens økonomi.

## Sikkerhet

ROS-analyse er gjennomført 2026-01-10. Databehandleravtale skal inngås før kontrakten signeres.
`,
    },
    {
      name: 'en Markdown (polarity): personal data named only to deny it does not make the rule apply',
      filename: 'proposal.md',
      code: `# Room booking

No personal data is processed: rooms are booked by department code only.
`,
    },
    {
      name: 'nb Markdown: a "Risiko- og sårbarhetsanalyse" section, the agreement named in a sentence of it',
      filename: 'forslag.md',
      code: `# Felles chatbot

Chatboten behandler personopplysninger når innbyggere skriver inn saksopplysninger.

## Risiko- og sårbarhetsanalyse

ROS-analyse er gjennomført. Databehandleravtale er inngått med leverandøren.
`,
    },
    {
      name: 'nb YAML: cloud with personal data, both done',
      code: `tittel: Digital søknad om startlån
sikkerhet:
  personopplysninger: ja
  sky: Ja, Microsoft Azure (Norge øst)
  ros-analyse: Gjennomført 2025-09-12 av IKT Follo og personvernombudet.
  databehandleravtale: Inngått med leverandøren 2025-10-01.
`,
    },
    {
      name: 'nb YAML: neither cloud nor personal data',
      code: `tittel: Nytt trådløsnett på skolene
sikkerhet:
  personopplysninger: nei
  sky: nei
`,
    },
    {
      name: 'nb Markdown: personal data named in the text, both done',
      filename: 'forslag.md',
      code: `# Digital søknad om startlån

Søknaden inneholder personopplysninger om søkerens økonomi.

## Sikkerhet

ROS-analyse: Gjennomført 2025-09-12.
Databehandleravtale: Inngått 2025-10-01.
`,
    },
    {
      name: 'en YAML: the field says no, though the text mentions personal data',
      code: `title: Wi-Fi for schools
description: No personal data is processed.
security:
  personalData: false
  cloud: false
`,
    },
    {
      name: 'en Markdown: cloud, both recorded under "Security"',
      filename: 'proposal.md',
      code: `# Housing loan application

## Security

Cloud: yes, the supplier's SaaS in Norway
Risk assessment: carried out in March 2026
DPA: signed 2026-04-01
`,
    },
  ],
  invalid: [
    {
      name: 'nb Markdown (polarity): both put off until the supplier is chosen, each at its sentence',
      filename: 'forslag.md',
      code: `# Velferdsteknologi i hjemmetjenesten

Løsningen behandler helseopplysninger om brukerne.

## Informasjonssikkerhet

ROS-analyse vil bli gjennomført når leverandøren er valgt.
Databehandleravtale skal inngås senere.
`,
      errors: [
        { messageId: 'noRiskAssessment', line: 7, column: 1 },
        { messageId: 'noDpa', line: 8, column: 1 },
      ],
    },
    {
      name: 'sv Markdown (polarity): planned without a date, and denied',
      filename: 'forslag.md',
      code: `# E-tjänst för parkeringstillstånd

Tjänsten är en molntjänst som behandlar personuppgifter.

## Säkerhet

En risk- och sårbarhetsanalys ska göras. Personuppgiftsbiträdesavtal finns inte.
`,
      errors: [
        { messageId: 'noRiskAssessment', line: 7, column: 1 },
        { messageId: 'noDpa', line: 7, column: 42 },
      ],
    },
    {
      name: 'da Markdown (polarity): a cloud service whose analysis and agreement are deferred',
      filename: 'forslag.md',
      code: `# Ny bookingløsning

Løsningen er en cloudløsning hos leverandøren.

Risiko- og sårbarhedsanalysen afventer valget af leverandør. Databehandleraftalen indgås senere.
`,
      errors: [
        { messageId: 'noRiskAssessment', line: 5, column: 1 },
        { messageId: 'noDpa', line: 5, column: 62 },
      ],
    },
    {
      name: 'en Markdown (polarity): an agreement planned with the supplier means personal data are processed',
      filename: 'proposal.md',
      code: `# Booking calendar

The supplier hosts the booking calendar for the sports halls.

A data processing agreement will be signed later.
`,
      errors: [
        { messageId: 'noRiskAssessment', line: 1, column: 1 },
        { messageId: 'noDpa', line: 5, column: 1 },
      ],
    },
    {
      name: 'nb Markdown: a "Sikkerhet og personvern" section is the security field: the missing agreement is reported at its heading',
      filename: 'forslag.md',
      code: `# Chatbot

## Sikkerhet og personvern

Chatboten er en skytjeneste og behandler personopplysninger. ROS-analyse er gjennomført.
`,
      errors: [{ messageId: 'noDpa', line: 3, column: 1 }],
    },
    {
      name: 'nb Markdown: a sentence that says the agreement is not there does not count',
      filename: 'forslag.md',
      code: `# Felles chatbot

Chatboten behandler personopplysninger.

## ROS-analyse

Gjennomført 2025-10-15. Databehandleravtale er ikke inngått ennå.
`,
      // The finding points at the sentence that denies it (before polarity: at line 1).
      errors: [{ messageId: 'noDpa', line: 7, column: 25 }],
    },
    {
      name: 'nb YAML: cloud, no ROS, DPA "nei" (at their keys)',
      code: `tittel: Digital søknad om startlån
språk: nb
sikkerhet:
  sky: ja
  personopplysninger: nei
  databehandleravtale: nei
`,
      errors: [
        { messageId: 'noRiskAssessment', line: 3, column: 1, message: 'Fordi det er en skytjeneste,' },
        { messageId: 'noDpa', line: 6, column: 3 },
      ],
    },
    {
      name: 'nb Markdown: personal data in the text, no security section (front matter)',
      filename: 'forslag.md',
      code: `---
tittel: Digital søknad om startlån
språk: nb
---

## Beskrivelse

Søknaden inneholder personopplysninger og lagres i en skytjeneste.
`,
      errors: [
        { messageId: 'noDpa', line: 1, column: 1, message: 'skytjeneste som behandler personopplysninger' },
        { messageId: 'noRiskAssessment', line: 1, column: 1 },
      ],
    },
    {
      name: 'en YAML: personal data, ROS placeholder',
      code: `title: Housing loan application
security:
  personalData: true
  riskAssessment: TBD
  dataProcessingAgreement: Signed 2025-10-01
`,
      errors: [{ messageId: 'noRiskAssessment', line: 4, column: 3, message: 'Because it handles personal data,' }],
    },
    {
      name: 'en Markdown: SaaS, nothing done',
      filename: 'proposal.md',
      code: `# Housing loan application

## Security

The form runs as SaaS at the supplier.
`,
      errors: [
        { messageId: 'noDpa', line: 3, column: 1 },
        { messageId: 'noRiskAssessment', line: 3, column: 1 },
      ],
    },
  ],
});
