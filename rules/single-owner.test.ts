import { ruleTester } from '../test/helpers/rule-tester.js';
import rule from './single-owner.js';

ruleTester(rule, {
  valid: [
    {
      name: 'da Markdown (labels where they stand): "**Projektejer:**" inside a paragraph of "## 2. Organisering" was "missing"',
      filename: 'forslag.md',
      code: '# Digital ansøgning\n\n## 1. Resumé\n\nBorgere søger digitalt.\n\n## 2. Organisering\n\nProjektet forankres i Sundhed & Omsorg. **Projektejer:** Direktør Helle Jessen, Sundhed & Omsorg\n**Projektleder:** Morten Kjær\n',
    },
    {
      name: 'sv Markdown (labels where they stand): the role under the name in a signature block',
      filename: 'forslag.md',
      code: '# Digital signering\n\n## Sammanfattning\n\nNämndprotokoll signeras digitalt.\n\n## Förslag till beslut\n\nKommunstyrelsen beslutar att införa digital signering.\n\nAnna Berg\nKanslichef, Kommunledningsförvaltningen\nProjektägare\n',
    },
    {
      name: 'nb Markdown (owner section): "## 1. Eier" with a steering group paragraph is one owner',
      filename: 'forslag.md',
      code: '# Parkeringstillatelse\n\n## 1. Eier\n\nEier: Kommunalsjef Rune Holm\n\nStyringsgruppe: Rune Holm (leder), IKT-sjef, leder for tildelingskontoret.\n',
    },
    {
      name: 'en Markdown (labels where they stand): "Project owner:" under "## 1. Summary"',
      filename: 'proposal.md',
      code: '# Housing benefit robot\n\n## 1. Summary\n\nApplications are processed by a software robot.\n\nProject owner: Inge Lauritsen\n',
    },
    {
      name: 'sv Markdown: the owner in one sentence, their representative described in the next',
      filename: 'forslag.md',
      code: '# Bokning\n\n## Systemägare\n\nIdrottsnämnden är systemägare. Systemägarrepresentant är förvaltningschef Eva Berg, idrottsförvaltningen.\n',
    },
    {
      name: 'da Markdown: "Børne- og Familieafdelingen v/ afdelingschef Hanne Lund" is a unit and the person who answers for it (v/ = ved)',
      filename: 'forslag.md',
      code: `# Fælles booking

Projektejer: Børne- og Familieafdelingen v/ afdelingschef Hanne Lund
`,
    },
    {
      name: 'nb YAML: "Helse og omsorg v/kommunalsjef Per Olsen" is one owner',
      code: `tittel: Ny journal
eier: Helse og omsorg v/kommunalsjef Per Olsen
`,
    },
    {
      name: 'nb Markdown: a kommunalsjef whose area has "og" in it, then her name, is one owner',
      filename: 'forslag.md',
      code: `# Digital søknad om TT-kort

Prosjekteier: Kommunalsjef helse og omsorg Per Olsen
`,
    },
    {
      name: 'en Markdown: a title whose head noun comes last, then the name ("Library Services Manager, Tom Hughes")',
      filename: 'proposal.md',
      code: `# Replacing the self-service kiosks

Project owner: Library Services Manager, Tom Hughes
`,
    },
    {
      name: 'en Markdown: "Head of Technical Services, Mads Holm" (a capitalised unit after "of") is one owner',
      filename: 'proposal.md',
      code: `# Shared case management

**Project owner:** Head of Technical Services, Mads Holm
`,
    },
    {
      name: 'sv Markdown: a "Systemägarrepresentant:" line under the nämnd does not join it as a second owner',
      filename: 'forslag.md',
      code: `# Digital ansökan om föreningsbidrag

## Systemägare

Nämnd: Kultur- och fritidsnämnden
Systemägarrepresentant: Avdelningschef Eva Lindqvist, kulturförvaltningen
`,
    },
    {
      name: 'da Markdown: "Projektejer:" line with a person and her direktørområde ("Social og Arbejdsmarked" is one unit)',
      filename: 'forslag.md',
      code: `# Digital pladsanvisning i dagtilbud

Projektejer: Mette Jensen, direktør for Social og Arbejdsmarked
Valuta: DKK

## Projektbeskrivelse

Forældre søger plads i dagtilbud digitalt via borger.dk.
`,
    },
    {
      name: 'da Markdown: an "Ejer" section naming a direktør for Kultur og Fritid',
      filename: 'forslag.md',
      code: `# Booking af idrætshaller

## Ejer

Anna Hansen, direktør for Kultur og Fritid
`,
    },
    {
      name: 'da YAML: a committee with an elided compound ("Kultur- og fritidsudvalget")',
      code: `titel: Booking af idrætshaller
projektejer: Kultur- og fritidsudvalget
`,
    },
    {
      name: 'da YAML: Esbjerg\'s direktørområde "Teknik & Miljø" is one body',
      code: `titel: Digital byggesagsbehandling
ejer:
  navn: Lars Mikkelsen
  rolle: direktør
  enhed: Teknik & Miljø
`,
    },
    {
      name: 'sv YAML: the system owner is a nämnd',
      code: `titel: E-tjänst för bygglov
systemägare:
  namn: Stadsbyggnadsnämnden
  roll: systemägarrepresentant
  accepterat ansvar: ja
`,
    },
    {
      name: 'sv Markdown: a förvaltning with its nämnd in parentheses',
      filename: 'forslag.md',
      code: `# Digital ansökan om försörjningsstöd

Systemägare: Socialförvaltningen (nämnd: Socialnämnden)

## Beskrivning

Ansökan om försörjningsstöd görs digitalt med BankID.
`,
    },
    {
      name: 'sv Markdown: "Teknik och miljö" as the owning förvaltning',
      filename: 'forslag.md',
      code: `# Felanmälan i gatumiljön

Projektägare: Teknik och miljö
`,
    },
    {
      name: 'nb Markdown: a role as owner ("kommunalsjef for oppvekst")',
      filename: 'forslag.md',
      code: `# Digitalt søknadsskjema for SFO

Prosjekteier: kommunalsjef for oppvekst

## Sammendrag

Foresatte søker SFO-plass digitalt med innlogging via ID-porten.
`,
    },
    {
      name: 'nb YAML: owner as an object with name, role and unit',
      code: `tittel: Digitalt søknadsskjema for SFO
eier:
  navn: Kari Nordmann
  rolle: kommunalsjef
  enhet: Oppvekst og kultur
`,
    },
    {
      name: 'en YAML: "Head of Culture and Leisure" is one role',
      code: `title: Sports hall booking
owner: Head of Culture and Leisure
`,
    },
    {
      name: 'en Markdown: owner in the front matter',
      filename: 'proposal.md',
      code: `---
title: Sports hall booking
owner: Jane Smith
---

# Sports hall booking
`,
    },
    {
      name: 'en YAML: a list of one owner',
      code: `title: Sports hall booking
owner:
  - Jane Smith
`,
    },
  ],
  invalid: [
    {
      name: 'sv Markdown: a steering group as project owner is a group, not one accountable owner',
      filename: 'forslag.md',
      code: '# Bygglov\n\n1. ORGANISATION\n\nProjektägare: Styrgruppen för e-tjänster i samhällsbyggnad (stadsarkitekt, miljöchef och bygglovschef).\n',
      errors: [{ messageId: 'group', line: 5, column: 15 }],
    },
    {
      name: 'da Markdown: "ejes i fællesskab af dagtilbudschef Pia Rask og skolechef Henrik Mølgaard" names two owners',
      filename: 'forslag.md',
      code: '# Vikarbooking\n\n## Ejerskab\n\nLøsningen ejes i fællesskab af dagtilbudschef Pia Rask og skolechef Henrik Mølgaard, da vikarerne deles.\n',
      errors: [{ messageId: 'several', line: 5, column: 1 }],
    },
    {
      name: 'da Markdown: "Ejer: N.N. (udpeges af direktøren …)" is a placeholder with a note',
      filename: 'forslag.md',
      code: '# Hjælpemidler\n\n**Ejer**\nEjer: N.N. (udpeges af direktøren for Sundhed & Omsorg, når projektet er prioriteret)\n',
      errors: [{ messageId: 'placeholder', line: 4, column: 7 }],
    },
    {
      name: 'da Markdown: a project manager is not the owner — "Ejer og organisering" with only "Projektleder:" names no owner, at its heading',
      filename: 'forslag.md',
      code: '# Digitalisering af byggesagsarkivet\n\n## 2. Ejer og organisering\n\nProjektleder: Sara Lund, Byggeri og Miljø\n',
      errors: [{ messageId: 'noName', line: 3, column: 1 }],
    },
    {
      name: 'da Markdown: "Ejer: N.N." is a placeholder, though a steering group follows',
      filename: 'forslag.md',
      code: '# Affaldssensorer\n\n## Ejer\n\nEjer: N.N.\n\nStyregruppe: Vejchef Poul Hansen (formand), driftsleder Helle Dam.\n',
      errors: [{ messageId: 'placeholder', line: 5, column: 7 }],
    },
    {
      name: 'da Markdown: two owners in the first sentence, a description after it',
      filename: 'forslag.md',
      code: '# Booking\n\n## Projektejer\n\nMette Jensen og Lars Holm. De deler ansvaret.\n',
      errors: [{ messageId: 'several', line: 5, column: 1 }],
    },
    {
      name: 'nb Markdown: two kommunalsjefer, each with an area that has "og" in it',
      filename: 'forslag.md',
      code: `# Digitalt tilsyn

Eier: Kommunalsjef helse og omsorg Per Olsen og kommunalsjef oppvekst Lise Dahl
`,
      errors: [{ messageId: 'several', line: 3, column: 7, message: '"Kommunalsjef helse og omsorg Per Olsen" og "kommunalsjef oppvekst Lise Dahl"' }],
    },
    {
      name: 'sv Markdown: a förvaltning and the stadsdelsförvaltningarna (plural bodies)',
      filename: 'forslag.md',
      code: `# Egen bokningsportal

Projektägare: Idrottsförvaltningen och stadsdelsförvaltningarna
`,
      errors: [{ messageId: 'several', line: 3, column: 15 }],
    },
    {
      name: 'da Markdown without front matter: no owner points at line 1',
      filename: 'forslag.md',
      code: `# Digital pladsanvisning

## Beskrivelse

Forældre søger plads digitalt.
`,
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
    {
      name: 'da Markdown: two owners joined by "og"',
      filename: 'forslag.md',
      code: `# Digital pladsanvisning

Projektejer: Mette Jensen og Ole Hansen
`,
      errors: [{ messageId: 'several', line: 3, column: 14, endLine: 3, endColumn: 40, message: '"Mette Jensen" og "Ole Hansen"' }],
    },
    {
      name: 'da Markdown: two direktører, each with a unit that has "og" in its name',
      filename: 'forslag.md',
      code: `# Fælles borgerservice

## Projektejer

Mette Jensen, direktør for Social og Arbejdsmarked og Ole Hansen, direktør for Teknik og Miljø
`,
      errors: [
        {
          messageId: 'several',
          line: 5,
          column: 1,
          message: '"Mette Jensen, direktør for Social og Arbejdsmarked" og "Ole Hansen, direktør for Teknik og Miljø"',
        },
      ],
    },
    {
      name: 'da Markdown: "TBD (afventer direktionen)" is a placeholder',
      filename: 'forslag.md',
      code: `# Digital pladsanvisning

**Projektejer:** TBD (afventer direktionen)
`,
      errors: [{ messageId: 'placeholder', line: 3, column: 18 }],
    },
    {
      name: 'da YAML: "ukendt"',
      code: `titel: Digital pladsanvisning
ejer: ukendt
`,
      errors: [{ messageId: 'placeholder', line: 2, column: 7, message: '("ukendt")' }],
    },
    {
      name: 'da YAML: "A / B"',
      code: `titel: Digital pladsanvisning
projektejer: Mette Jensen / Ole Hansen
`,
      errors: [{ messageId: 'several', line: 2, column: 14 }],
    },
    {
      name: 'sv YAML: two nämnder as a list',
      code: `titel: Gemensam elevhälsojournal
systemägare:
  - Utbildningsnämnden
  - Socialnämnden
`,
      errors: [{ messageId: 'several', line: 3, column: 3, message: '"Utbildningsnämnden" och "Socialnämnden"' }],
    },
    {
      name: 'sv Markdown: two nämnder joined by "och"',
      filename: 'forslag.md',
      code: `# Gemensam elevhälsojournal

Systemägare: Utbildningsnämnden och Socialnämnden
`,
      errors: [{ messageId: 'several', line: 3, column: 14 }],
    },
    {
      name: 'sv Markdown: "vet ej"',
      filename: 'forslag.md',
      code: `# Gemensam elevhälsojournal

Projektägare: vet ej
`,
      errors: [{ messageId: 'placeholder', line: 3, column: 15 }],
    },
    {
      name: 'sv YAML: two persons separated by a comma',
      code: `titel: Gemensam elevhälsojournal
ägare: Anna Andersson, Lars Berg
`,
      errors: [{ messageId: 'several', line: 2, column: 8 }],
    },
    {
      name: 'nb Markdown: "ikke avklart"',
      filename: 'forslag.md',
      code: `# Digitalt søknadsskjema for SFO

Prosjekteier: ikke avklart
`,
      errors: [{ messageId: 'placeholder', line: 3, column: 15, message: '("ikke avklart")' }],
    },
    {
      name: 'nb Markdown: two kommunalsjefer in an "Eier" section',
      filename: 'forslag.md',
      code: `# Velferdsteknologi i hjemmetjenesten

## Eier

kommunalsjef for oppvekst og kommunalsjef for helse
`,
      errors: [{ messageId: 'several', line: 5, column: 1, message: '"kommunalsjef for oppvekst" og "kommunalsjef for helse"' }],
    },
    {
      name: 'nb YAML: "og/eller"',
      code: `tittel: Velferdsteknologi i hjemmetjenesten
prosjekteier: Per Olsen og/eller Kari Nordmann
`,
      errors: [{ messageId: 'several', line: 2, column: 15 }],
    },
    {
      name: 'en YAML: "A & B"',
      code: `title: Sports hall booking
owner: John Smith & Jane Doe
`,
      errors: [{ messageId: 'several', line: 2, column: 8, message: '"John Smith" and "Jane Doe"' }],
    },
    {
      name: 'en YAML: "N/A"',
      code: `title: Sports hall booking
owner: N/A
`,
      errors: [{ messageId: 'placeholder', line: 2, column: 8 }],
    },
    {
      name: 'en YAML: an empty owner points at its key',
      code: `title: Sports hall booking
owner:
description: Residents book sports halls online.
`,
      errors: [{ messageId: 'empty', line: 2, column: 1 }],
    },
    {
      name: 'en YAML: an owner object without a name',
      code: `title: Sports hall booking
owner:
  role: Head of Culture
`,
      errors: [{ messageId: 'noName', line: 2, column: 1 }],
    },
    {
      name: 'en YAML: a list in owner.name',
      code: `title: Sports hall booking
owner:
  name: [John Smith, Jane Doe]
  role: joint owners
`,
      errors: [{ messageId: 'several', line: 3, column: 9 }],
    },
    {
      name: 'en Markdown: "?" in the front matter',
      filename: 'proposal.md',
      code: `---
title: Sports hall booking
owner: "?"
---

# Sports hall booking
`,
      errors: [{ messageId: 'placeholder', line: 3, column: 8 }],
    },
    {
      name: 'en Markdown front matter without an owner points at the front matter',
      filename: 'proposal.md',
      code: `---
title: Sports hall booking
---

# Sports hall booking
`,
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
    {
      name: 'da YAML: "Mette Jensen m.fl." names more than one',
      code: `titel: Digital pladsanvisning
ejer: Mette Jensen m.fl.
`,
      errors: [{ messageId: 'several', line: 2, column: 7, message: '"m.fl."' }],
    },
  ],
});
