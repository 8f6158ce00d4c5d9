import { ruleTester } from '../test/helpers/rule-tester.js';
import rule from './competence.js';

ruleTester(rule, {
  valid: [
    {
      name: 'nb YAML: both fields',
      code: `tittel: Nytt fagsystem for barnevern
kompetanse:
  opplæringsbudsjett: 350 000 kr
  fagpersoner: To barnevernskonsulenter fra Ås og Ski deltar i kravspesifikasjon og test.
`,
    },
    {
      name: 'nb Markdown: a training cost line and fagpersoner in the text',
      filename: 'forslag.md',
      code: `# Nytt fagsystem for barnevern

## Beskrivelse

Fagpersoner fra barneverntjenestene deltar i kravarbeidet.

## Kostnader

| Post | Beløp | Type |
|---|---|---|
| Opplæring av superbrukere | 350 000 | investering |
`,
    },
    {
      name: 'en YAML',
      code: `title: Child welfare system
competence:
  trainingBudget: 350000
  domainExperts: [Two caseworkers from Ås, One team leader from Ski]
`,
    },
    {
      name: 'en Markdown: a "Training" section',
      filename: 'proposal.md',
      code: `# Child welfare system

## Training

Training budget: NOK 350,000
Domain experts: two caseworkers from Ås and a team leader from Ski
`,
    },
  ],
  invalid: [
    {
      name: 'nb YAML: neither, at line 1',
      code: `tittel: Nytt fagsystem for barnevern
beskrivelse: IKT Follo anskaffer et nytt fagsystem.
`,
      errors: [
        { messageId: 'noTrainingBudget', line: 1, column: 1 },
        { messageId: 'noDomainExperts', line: 1, column: 1 },
      ],
    },
    {
      name: 'nb YAML: budget zero, at the value',
      code: `tittel: Nytt fagsystem for barnevern
språk: nb
kompetanse:
  opplæringsbudsjett: 0 kr
  fagpersoner: To barnevernskonsulenter
`,
      errors: [{ messageId: 'zeroTrainingBudget', line: 4, column: 23, message: 'er null' }],
    },
    {
      name: 'nb Markdown: a competence section without budget or experts, at its heading',
      filename: 'forslag.md',
      code: `---
tittel: Nytt fagsystem for barnevern
språk: nb
---

## Kompetanse

Alle ansatte får et kurs.
`,
      errors: [
        { messageId: 'noTrainingBudget', line: 6, column: 1 },
        { messageId: 'noDomainExperts', line: 6, column: 1 },
      ],
    },
    {
      name: 'en Markdown: budget placeholder, at its label',
      filename: 'proposal.md',
      code: `# Child welfare system

## Competence

Training budget: TBD
Domain experts: two caseworkers from Ås
`,
      errors: [{ messageId: 'noTrainingBudget', line: 5, column: 1 }],
    },
    {
      name: 'en YAML: experts named, no budget, at the competence key',
      code: `title: Child welfare system
competence:
  domainExperts: Two caseworkers from Ås
`,
      errors: [{ messageId: 'noTrainingBudget', line: 2, column: 1 }],
    },
  ],
});
