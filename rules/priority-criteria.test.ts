import { ruleTester } from '../test/helpers/rule-tester.js';
import rule from './priority-criteria.js';

ruleTester(rule, {
  valid: [
    {
      name: 'da YAML: double keying denied is coherence ("ingen dobbeltregistrering")',
      code: `titel: Pladsanvisning
prioriteringskriterier:
  standardisering: Dokumenterne journaliseres i kommunens ESDH, og adresser slås op i GIS.
  kommunal-sammenhæng: Data hentes fra CPR, så der er ingen dobbeltregistrering af forældrenes oplysninger.
  effektivisering: De frigjorte 1.200 timer om året anvendes til flere tilsyn i dagplejen.
`,
    },
    {
      name: 'da Markdown: numbered sub-headings ("### 6.1 Standardisering")',
      filename: 'forslag.md',
      code: `# Nyt vagtplanlægningssystem

## 6. Prioriteringskriterier

### 6.1 Standardisering
Systemet er et standardsystem på SKI 02.19 og integreres med lønsystemet, der allerede er i arkitekturen.

### 6.2 Kommunal sammenhæng
Medarbejderdata hentes fra lønsystemet og vedligeholdes ét sted.

### 6.3 Effektivisering
Den sparede tid hos planlæggerne (ca. 3 årsværk) bruges til mere tid hos borgerne.
`,
    },
    {
      name: 'da YAML: all three, gains used',
      code: `titel: Digital pladsanvisning
prioriteringskriterier:
  standardisering: Dokumenterne journaliseres i kommunens ESDH, og adresser slås op i GIS.
  kommunal-sammenhæng: Barnets og forældrenes data hentes fra CPR og vedligeholdes kun ét sted.
  effektivisering: De frigjorte 1.200 timer om året anvendes til flere tilsyn i dagplejen.
`,
    },
    {
      name: 'da Markdown: sub-headings under "Prioriteringskriterier"',
      filename: 'forslag.md',
      code: `# Digital pladsanvisning

## Prioriteringskriterier

### Standardisering

Vi genbruger kommunens ESDH (SBSYS) og GIS til løsningen.

### Kommunal sammenhæng

Data om barnet hentes fra CPR via Serviceplatformen og indtastes ikke igen.

### Effektivisering

Sagsbehandlingen falder med 1,5 årsværk; de frigjorte ressourcer anvendes til flere besøg i dagplejen.
`,
    },
    {
      name: 'en YAML: the use of gains stated in the benefits realisation plan',
      code: `title: Childcare placement
priorityCriteria:
  standardisation: Documents are filed in the existing ESDH and addresses come from GIS.
  coherence: Child and parent data are fetched from CPR and kept in one place only.
  efficiency: The placement office saves about 1,200 hours a year.
businessCase:
  benefitsRealisation:
    owner: Head of Children & Culture
    plan: The saved hours are reinvested in more supervision visits to childminders.
`,
    },
    {
      name: 'en Markdown: label lines',
      filename: 'proposal.md',
      code: `# Childcare placement

## Priority criteria

Standardisation: documents are filed in the existing ESDH and GIS.
Coherence: child and parent data are fetched from CPR, entered once.
Efficiency: the freed hours are used for more supervision visits.
`,
    },
  ],
  invalid: [
    {
      name: 'da Markdown: coherence that describes keying the data in again',
      filename: 'forslag.md',
      code: `# Tilskud

Standardisering: ansøgningerne journaliseres i ESDH som i dag.
Kommunal sammenhæng: En sagsbehandler taster oplysningerne ind i fagsystemet og derefter i ESDH, og bevillingen registreres igen i økonomisystemet.
Effektivisering: Den sparede porto (ca. 45.000 kr. om året) anvendes til at nedbringe sagsbehandlingstiden.
`,
      errors: [{ messageId: 'coherenceRekeying', line: 4, column: 1 }],
    },
    {
      name: 'en YAML: coherence whose data are re-keyed',
      code: `title: Grants
priorityCriteria:
  standardisation: Applications are filed in the existing ESDH and GIS, with no new system.
  coherence: The case worker copies the application, and the grant is re-keyed in the finance system.
  efficiency: The saved postage (about 45,000 a year) is used to cut case times.
`,
      errors: [{ messageId: 'coherenceRekeying', line: 4, column: 3 }],
    },
    {
      name: 'da YAML: no criteria at all, at line 1',
      code: `titel: Digital pladsanvisning
beskrivelse: Forældre skriver selv barnet op.
`,
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
    {
      name: 'da YAML: one missing (at the section key), one a placeholder (at its key)',
      code: `titel: Digital pladsanvisning
sprog: da
prioriteringskriterier:
  standardisering: TBD
  effektivisering: De frigjorte timer anvendes til flere tilsyn i dagplejen.
`,
      errors: [
        { messageId: 'missingCriterion', line: 3, column: 1, message: '"Kommunal sammenhæng"' },
        { messageId: 'missingCriterion', line: 4, column: 3, message: '"Standardisering"' },
      ],
    },
    {
      name: 'da Markdown: efficiency without the use of the gains',
      filename: 'forslag.md',
      code: `---
titel: Digital pladsanvisning
---

## Prioriteringskriterier

### Standardisering

Vi genbruger kommunens ESDH (SBSYS) og GIS til løsningen.

### Kommunal sammenhæng

Data om barnet hentes fra CPR via Serviceplatformen og indtastes ikke igen.

### Effektivisering

Løsningen sparer pladsanvisningen for 1.200 timer om året.
`,
      errors: [{ messageId: 'gainsUse', line: 15, column: 1 }],
    },
    {
      name: 'en Markdown: a thin criterion and a missing one',
      filename: 'proposal.md',
      code: `# Childcare placement

## Priority criteria

Standardisation: uses ESDH.
Efficiency: the freed hours are used for more supervision visits.
`,
      errors: [
        { messageId: 'missingCriterion', line: 3, column: 1, message: '"Municipal coherence"' },
        { messageId: 'thinCriterion', line: 5, column: 1, message: '(2 words, at least 5)' },
      ],
    },
    {
      name: 'en YAML: efficiency names savings but not their use',
      code: `title: Childcare placement
priorityCriteria:
  standardisation: Documents are filed in the existing ESDH and GIS.
  coherence: Child and parent data are fetched from CPR, entered once.
  efficiency: The placement office saves about 1,200 hours a year.
`,
      errors: [{ messageId: 'gainsUse', line: 5, column: 3 }],
    },
  ],
});
