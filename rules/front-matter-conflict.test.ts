import { ruleTester } from '../test/helpers/rule-tester.js';
import rule from './front-matter-conflict.js';

ruleTester(rule, {
  valid: [
    {
      name: 'da Markdown: front matter and "Projektejer:" line agree',
      filename: 'forslag.md',
      code: `---
titel: Digital pladsanvisning
ejer: Mette Jensen
---

# Digital pladsanvisning

Projektejer: Mette Jensen
`,
    },
    {
      name: 'sv Markdown: a field only in a section',
      filename: 'forslag.md',
      code: `---
titel: E-tjänst för bygglov
---

## Beskrivning

Ansökan om bygglov görs digitalt.
`,
    },
    {
      name: 'nb Markdown: without front matter nothing can disagree',
      filename: 'forslag.md',
      code: `# Digitalt søknadsskjema for SFO

Prosjekteier: kommunalsjef for oppvekst

## Sammendrag

Foresatte søker SFO-plass digitalt.
`,
    },
    {
      name: 'en Markdown: an "Owner" section that repeats the front matter\'s owner',
      filename: 'proposal.md',
      code: `---
title: Sports hall booking
owner: Jane Smith
---

# Sports hall booking

## Owner

Jane Smith
`,
    },
    {
      name: 'en YAML: a YAML proposal has no sections',
      code: `title: Sports hall booking
owner: Jane Smith
`,
    },
    {
      name: 'da YAML: Danish keys, no sections either',
      code: `titel: Digital pladsanvisning
ejer: Mette Jensen
`,
    },
    {
      name: 'sv YAML',
      code: `titel: E-tjänst för bygglov
systemägare: Stadsbyggnadsnämnden
`,
    },
    {
      name: 'nb YAML',
      code: `tittel: Digitalt søknadsskjema for SFO
eier: kommunalsjef for oppvekst
`,
    },
  ],
  invalid: [
    {
      name: 'da Markdown: "Projektejer:" names another owner than the front matter',
      filename: 'forslag.md',
      code: `---
titel: Digital pladsanvisning
ejer: Mette Jensen
---

# Digital pladsanvisning

Projektejer: Ole Hansen
`,
      errors: [{ messageId: 'conflict', line: 8, column: 1, endLine: 8, endColumn: 12, message: '"Ejer" står også i front matter (linje 3)' }],
    },
    {
      name: 'sv Markdown: the description section differs from the front matter',
      filename: 'forslag.md',
      code: `---
titel: E-tjänst för bygglov
beskrivning: Digital ansökan om bygglov.
---

# E-tjänst för bygglov

## Beskrivning

Ansökan om bygglov och marklov görs digitalt via stadens e-tjänstplattform.
`,
      errors: [{ messageId: 'conflict', line: 8, column: 1, message: '(rad 3)' }],
    },
    {
      name: 'nb Markdown: the currency line differs',
      filename: 'forslag.md',
      code: `---
tittel: Digitalt søknadsskjema for SFO
økonomi:
  valuta: NOK
---

# Digitalt søknadsskjema for SFO

## Økonomi

Valuta: EUR
`,
      errors: [{ messageId: 'conflict', line: 11, column: 1, message: '"Kost-nytte › Valuta"' }],
    },
    {
      name: 'en Markdown: two owners, one in front matter, one in a section',
      filename: 'proposal.md',
      code: `---
title: Sports hall booking
owner: Jane Smith
---

# Sports hall booking

## Owner

John Doe
`,
      errors: [{ messageId: 'conflict', line: 8, column: 1, message: '(line 3)' }],
    },
  ],
});
