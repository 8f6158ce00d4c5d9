import { ruleTester } from '../test/helpers/rule-tester.js';
import rule from './strategy-alignment.js';

const esbjerg = ['esbjerg'];

ruleTester(rule, {
  valid: [
    {
      name: 'da YAML: names the 1st strategic choice',
      strategies: esbjerg,
      code: `titel: Digital pladsanvisning
sammenhæng-med-it-strategien: >-
  Projektet følger det 1. it-strategiske valg ved at bruge den fælleskommunale løsning
  Digital Pladsanvisning og genbruger kommunens ESDH til dokumenterne.
`,
    },
    {
      name: 'da Markdown: a "Sammenhæng med it-strategien" section',
      filename: 'forslag.md',
      strategies: esbjerg,
      code: `# Digital pladsanvisning

## Sammenhæng med it-strategien

Løsningen understøtter kriteriet effektivisering, fordi forældre selv skriver barnet op,
og kriteriet kommunal sammenhæng, fordi data hentes fra CPR.
`,
    },
    {
      name: 'en YAML',
      strategies: esbjerg,
      code: `title: Digital childcare placement
strategyAlignment: The project follows the first strategic choice by using the shared public KOMBIT solution and standardises on the municipal ESDH.
`,
    },
    {
      name: 'en Markdown: without the Esbjerg preset, any substantive text will do',
      filename: 'proposal.md',
      code: `# Childcare placement

## Strategy alignment

The project supports the council's goal of faster answers to parents and fewer paper forms.
`,
    },
  ],
  invalid: [
    {
      name: 'da YAML: missing field points at line 1',
      strategies: esbjerg,
      code: `titel: Digital pladsanvisning
beskrivelse: Forældre skriver selv barnet op.
`,
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
    {
      name: 'da YAML: a placeholder is empty',
      strategies: esbjerg,
      code: `titel: Digital pladsanvisning
strategisk-sammenhæng: TBD
`,
      errors: [{ messageId: 'empty', line: 2, column: 1 }],
    },
    {
      name: 'da Markdown: too few words, at the heading',
      filename: 'forslag.md',
      strategies: esbjerg,
      code: `---
titel: Digital pladsanvisning
---

## Strategisk sammenhæng

Lever op til strategien.
`,
      errors: [{ messageId: 'thin', line: 5, column: 1, message: '(4 ord, mindst 8)' }],
    },
    {
      name: 'da Markdown: names nothing from the strategy',
      filename: 'forslag.md',
      strategies: esbjerg,
      code: `---
titel: Digital pladsanvisning
---

## Sammenhæng med it-strategien

Projektet er vigtigt for forældrene, og byrådet har efterspurgt det i flere år nu.
`,
      errors: [{ messageId: 'noReference', line: 5, column: 1 }],
    },
    {
      name: 'en Markdown: missing field points at the front matter',
      filename: 'proposal.md',
      strategies: esbjerg,
      code: `---
title: Childcare placement
---

## Description

Parents register their child online.
`,
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
    {
      name: 'en YAML: too short, minWords option',
      options: { minWords: 20 },
      code: `title: Childcare placement
strategyAlignment: It follows the shared public solution strategy and standardises the ESDH.
`,
      errors: [{ messageId: 'thin', line: 2, column: 1, message: '(11 words, at least 20)' }],
    },
  ],
});
