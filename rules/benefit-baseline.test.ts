import { ruleTester } from '../test/helpers/rule-tester.js';
import rule from './benefit-baseline.js';

ruleTester(rule, {
  valid: [
    {
      name: 'nb Markdown: benefits realisation reported against a baseline, said in the benefits paragraph',
      filename: 'forslag.md',
      code: `# Digital TT-kort

## Økonomi og gevinster

Gevinster: kvantitativt 1 900 timer per år (nullpunkt 2026: 1,8 timer per sak); kvalitativt raskere vedtak. Gevinstrealiseringen rapporteres til kommunedirektørkollegiet mot nullpunktet ett år etter innføring.
`,
    },
    {
      name: 'nb YAML: plan with a baseline; quantitative and qualitative gains',
      code: `tittel: Digital søknad om startlån
kost-nytte:
  valuta: NOK
  gevinster:
    - { post: Sparte saksbehandlertimer, beløp: 450000, type: økonomisk }
    - { post: Raskere svar til søkerne, type: kvalitativ }
  gevinstrealisering:
    eier: Kommunalsjef for helse og velferd
    plan: Gevinstene rapporteres halvårlig til rådmannskollegiet.
    nullpunkt: "2025: 21 dagers saksbehandlingstid i snitt"
`,
    },
    {
      name: 'nb Markdown: the baseline on a follow-up metric',
      filename: 'forslag.md',
      code: `# Digital søknad om startlån

## Gevinstrealisering

Gevinsteier: Kommunalsjef for helse og velferd

## Oppfølging

| Perspektiv | Navn | Metode | Nullpunkt | Mål |
|---|---|---|---|---|
| intern nytte | Saksbehandlingstid | objektiv | 21 dager | 7 dager |
`,
    },
    {
      name: 'en YAML',
      code: `title: Housing loan application
businessCase:
  benefits:
    - { item: Caseworker hours saved, amount: 450000, kind: financial }
    - { item: Faster answers, kind: qualitative }
  benefitsRealisation:
    owner: Head of Health and Welfare
    baseline: "2025: 21 days average case time"
`,
    },
    {
      name: 'en Markdown: benefits realisation with a baseline label',
      filename: 'proposal.md',
      code: `# Housing loan application

## Benefits

| Benefit | Amount | Kind |
|---|---|---|
| Caseworker hours saved | 450 000 | financial |
| Faster answers | | qualitative |

## Benefits realisation

Owner: Head of Health and Welfare
Baseline: 21 days average case time (2025)
`,
    },
  ],
  invalid: [
    {
      name: 'da Markdown: a benefits realisation plan put off until later is none: the finding is at that sentence',
      filename: 'forslag.md',
      code: `# Digital booking

## Gevinster

Gevinsterne er færre telefonopkald og hurtigere svar. Gevinstrealiseringsplanen udarbejdes senere, når leverandøren er valgt.
`,
      errors: [{ messageId: 'missing', line: 5, column: 55 }],
    },
    {
      name: 'nb YAML: no benefits realisation, at the business case key',
      code: `tittel: Digital søknad om startlån
kost-nytte:
  valuta: NOK
`,
      errors: [{ messageId: 'missing', line: 2, column: 1 }],
    },
    {
      name: 'nb Markdown: a plan without a baseline, at its heading',
      filename: 'forslag.md',
      code: `---
tittel: Digital søknad om startlån
språk: nb
---

## Gevinstrealisering

Gevinstene rapporteres halvårlig til rådmannskollegiet.
`,
      errors: [{ messageId: 'noBaseline', line: 6, column: 1, message: 'nullpunkt' }],
    },
    {
      name: 'nb YAML: only financial gains is a warning at the benefits key',
      code: `tittel: Digital søknad om startlån
kost-nytte:
  gevinster:
    - { post: Sparte saksbehandlertimer, beløp: 450000, type: økonomisk }
  gevinstrealisering:
    nullpunkt: "2025: 21 dager"
`,
      errors: [{ messageId: 'noQualitative', line: 3, column: 3 }],
    },
    {
      name: 'en Markdown: only qualitative gains and no realisation plan',
      filename: 'proposal.md',
      code: `# Housing loan application

## Benefits

| Benefit | Kind |
|---|---|
| Faster answers | qualitative |
`,
      errors: [
        { messageId: 'noQuantitative', line: 3, column: 1 },
        { messageId: 'missing', line: 3, column: 1 },
      ],
    },
    {
      name: 'en YAML: a plan without a baseline, at its key',
      code: `title: Housing loan application
businessCase:
  benefitsRealisation:
    owner: Head of Health and Welfare
    plan: Reported twice a year.
`,
      errors: [{ messageId: 'noBaseline', line: 3, column: 3 }],
    },
  ],
});
