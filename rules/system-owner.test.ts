import { ruleTester } from '../test/helpers/rule-tester.js';
import rule from './system-owner.js';

const stockholm = ['stockholm'];

ruleTester(rule, {
  valid: [
    {
      name: 'sv YAML: a nämnd that has accepted, with the decision',
      strategies: stockholm,
      code: `titel: Nytt verksamhetssystem för hemtjänst
systemägare:
  namn: Eva Sandberg
  roll: Äldredirektör, systemägarrepresentant
  nämnd: Äldrenämnden
  accepterat-ansvar: Ja, äldrenämndens beslut 2026-02-12 § 7
`,
    },
    {
      name: 'en YAML: a company board, accepted as a boolean',
      strategies: stockholm,
      code: `title: Tenant portal
owner:
  name: Lars Berg
  body: Board of Stockholmshem AB
  acceptedResponsibility: true
`,
    },
    {
      name: 'sv Markdown: label lines under "Systemägare"',
      filename: 'forslag.md',
      strategies: stockholm,
      code: `# Nytt verksamhetssystem för hemtjänst

## Systemägare

Namn: Eva Sandberg
Nämnd: Äldrenämnden
Accepterat ansvar: ja
`,
    },
    {
      name: "sv YAML: no owner at all is single-owner's finding, not this rule's",
      strategies: stockholm,
      code: `titel: Nytt verksamhetssystem
`,
    },
    {
      name: 'sv Markdown: the acceptance said in a sentence of its own section',
      filename: 'forslag.md',
      strategies: stockholm,
      code: `# Lärplattform

Systemägare: Utbildningsnämnden, systemägarrepresentant: förvaltningschef Eva Berg

## Systemägarskap

Utbildningsnämnden har i beslut 2026-05-12 (§ 14) accepterat det framtida ansvaret och de
löpande kostnaderna för lärplattformen.
`,
    },
    {
      name: 'sv YAML: kommunfullmäktige is a body that decides (the committee words of owners and system-owner merged in the lexicon; before, only nämnd/styrelse/udvalg/utvalg/styre counted)',
      strategies: stockholm,
      code: `titel: Nytt verksamhetssystem för hemtjänst
systemägare:
  namn: Eva Sandberg
  nämnd: Kommunfullmäktige
  accepterat-ansvar: Ja, beslut 2026-02-12 § 7
`,
    },
  ],
  invalid: [
    {
      name: 'sv Markdown: "har aldrig accepterat" denies the acceptance (one negation list: "aldrig" was not in this rule\'s own)',
      filename: 'forslag.md',
      strategies: stockholm,
      code: `# Lärplattform

Systemägare: Utbildningsnämnden

Nämnden har aldrig accepterat det framtida ansvaret.
`,
      errors: [{ messageId: 'noAcceptance', line: 3, column: 1 }],
    },
    {
      name: 'sv Markdown (polarity): an acceptance expected after the procurement is not given',
      filename: 'forslag.md',
      strategies: stockholm,
      code: `# Lärplattform

Systemägare: Utbildningsnämnden

Nämnden förväntas ha accepterat ansvaret och kostnaderna efter upphandlingen.
`,
      errors: [{ messageId: 'noAcceptance', line: 3, column: 1 }],
    },
    {
      name: 'en Markdown (polarity): an acceptance only planned is not given',
      filename: 'proposal.md',
      strategies: stockholm,
      code: `# Learning platform

System owner: Education Committee

The committee will have accepted the responsibility and the costs by the time the system goes live.
`,
      errors: [{ messageId: 'noAcceptance', line: 3, column: 1 }],
    },
    {
      name: 'sv Markdown: a sentence that says the acceptance has not been given',
      filename: 'forslag.md',
      strategies: stockholm,
      code: `# Lärplattform

Systemägare: Utbildningsnämnden

Nämnden har ännu inte accepterat det framtida ansvaret.
`,
      errors: [{ messageId: 'noAcceptance', line: 3, column: 1 }],
    },
    {
      name: 'sv YAML: a förvaltning is not a nämnd; acceptance missing',
      strategies: stockholm,
      code: `titel: Nytt verksamhetssystem för hemtjänst
ägare:
  namn: Eva Sandberg
  förvaltning: Äldreförvaltningen
`,
      errors: [
        { messageId: 'noAcceptance', line: 2, column: 1 },
        { messageId: 'notBoard', line: 4, column: 16, message: '"Äldreförvaltningen" är ingen nämnd eller bolagsstyrelse' },
      ],
    },
    {
      name: 'en YAML: an owner given as one person has no body',
      strategies: stockholm,
      code: `title: Tenant portal
owner: Lars Berg
`,
      errors: [
        { messageId: 'noBody', line: 2, column: 1 },
        { messageId: 'noAcceptance', line: 2, column: 1 },
      ],
    },
    {
      name: 'sv Markdown: not accepted, at the value',
      filename: 'forslag.md',
      strategies: stockholm,
      code: `# Nytt verksamhetssystem för hemtjänst

## Systemägare

Namn: Eva Sandberg
Nämnd: Äldrenämnden
Accepterat ansvar: Nej, frågan tas upp i nämnden i maj
`,
      errors: [{ messageId: 'notAccepted', line: 7, column: 20 }],
    },
    {
      name: 'en Markdown: acceptance false in front matter',
      filename: 'proposal.md',
      strategies: stockholm,
      code: `---
title: Tenant portal
owner:
  name: Lars Berg
  body: Housing committee
  acceptedResponsibility: false
---
`,
      errors: [{ messageId: 'notAccepted', line: 6, column: 27 }],
    },
  ],
});
