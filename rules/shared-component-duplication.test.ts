import { ruleTester } from '../test/helpers/rule-tester.js';
import rule from './shared-component-duplication.js';

const esbjerg = ['esbjerg'];
const stockholm = ['stockholm'];
const follo = ['ikt-follo'];

ruleTester(rule, {
  valid: [
    {
      name: "sv Stockholm: an own login is common-platforms' to report (STH-7), not reported twice",
      strategies: ['stockholm'],
      code: 'titel: Bokning\nspråk: sv\nbeskrivning: Vi utvecklar en ny e-tjänst med egen inloggning för föreningar.\n',
    },
    {
      name: 'da YAML: the same login, through MitID',
      strategies: esbjerg,
      code: `titel: Booking af lokaler
sprog: da
beskrivelse: Borgerne skal ikke længere have eget login med brugernavn og adgangskode, men logger ind med MitID.
`,
    },
    {
      name: 'sv YAML: the same login, through BankID',
      strategies: ['oskarshamn'],
      code: `titel: Bokning av lokaler
språk: sv
beskrivning: Vi bygger ingen egen inloggning; vårdnadshavare loggar in med BankID.
`,
    },
    {
      name: 'nb YAML: the same login, through ID-porten',
      strategies: follo,
      code: `tittel: Booking av lokaler
språk: nb
beskrivelse: Innbyggerne slipper egen innlogging og logger inn med ID-porten.
`,
    },
    {
      name: 'da: logging in with MitID is no duplication',
      strategies: esbjerg,
      code: 'titel: Booking\nsprog: da\nbeskrivelse: Borgerne logger ind med MitID og booker et lokale.\n',
    },
    {
      name: 'da: an integration to Digital Post that sends letters to citizens',
      strategies: ['nordfyns'],
      code: 'titel: Affaldsplan\nsprog: da\nbeskrivelse: Vi bygger en integration til Digital Post, så vi kan sende breve til borgerne digitalt.\n',
    },
    {
      name: 'da: another component with the same function (NemLog-in for login)',
      strategies: esbjerg,
      code: 'titel: Booking\nsprog: da\nbeskrivelse: Medarbejderne får ikke eget login; de logger ind via NemLog-in.\n',
    },
    {
      name: 'da: a weak word without a build verb (a portal that exists)',
      strategies: esbjerg,
      code: 'titel: Booking\nsprog: da\nbeskrivelse: Borgerne ser deres bookinger på kommunens portal.\n',
    },
    {
      name: 'da Markdown: a deviation whose explanation covers the login',
      filename: 'forslag.md',
      strategies: esbjerg,
      code: `---
titel: Vikarbooking
sprog: da
---

## Løsning

Vikarerne får eget login med brugernavn og adgangskode i bookingsystemet.

## Fællesoffentlig løsning

Status: afvigelse
Begrundelse: væsentligt dyrere
Forklaring: Mange vikarer er udenlandske studerende uden dansk identitet, så et eget login er nødvendigt.
`,
    },
    {
      name: 'da YAML: "none available" with a general explanation covers every function',
      strategies: esbjerg,
      code: `titel: Vikarbooking
sprog: da
beskrivelse: Vikarerne får eget login med brugernavn og adgangskode.
fællesoffentlig-løsning:
  status: ingen findes
  forklaring: Vi har gennemgået Digitaliseringsstyrelsens og KOMBITs kataloger uden at finde en løsning til vikarer.
`,
    },
    {
      name: 'sv Stockholm: the city id-portal named',
      strategies: stockholm,
      code: 'titel: Bokning\nspråk: sv\nbeskrivning: Vi utvecklar en ny e-tjänst där inloggning sker via stadens id-portal.\n',
    },
    {
      name: 'en without strategy or currency: a component of any of the three countries counts',
      code: 'title: Booking\nlanguage: en\ndescription: Instead of an own login, residents log in with ID-porten.\n',
    },
    {
      name: 'da: a weak word and a build verb in different sentences',
      strategies: esbjerg,
      code: 'titel: Booking\nsprog: da\nbeskrivelse: Vi udvikler en app til foreningerne. Den viser kommunens portal.\n',
    },
    {
      name: 'sv Oskarshamn: a city platform named counts in any Swedish proposal',
      strategies: ['oskarshamn'],
      code: 'titel: Bokning\nspråk: sv\nbeskrivning: Vi bygger en egen portal på stadens e-tjänstplattform.\n',
    },
    {
      name: "sv Stockholm: a deviation with the kommunstyrelse's exception",
      strategies: stockholm,
      code: `titel: Bokning
språk: sv
beskrivning: Vi utvecklar en egen inloggning för föreningar.
gemensam-lösning:
  status: avvikelse
  undantag: Kommunstyrelsen 2026-01-28 § 12
`,
    },
    {
      name: 'doc: passing examples',
      strategies: esbjerg,
      code: 'titel: Booking af lokaler\nstrategi: esbjerg\nbeskrivelse: Borgerne logger ind med MitID, og bekræftelser sendes med Digital Post.\n',
    },
  ],
  invalid: [
    {
      name: 'da YAML: eget login med brugernavn og adgangskode',
      strategies: esbjerg,
      code: `titel: Booking af lokaler
sprog: da
beskrivelse: Borgerne får eget login med brugernavn og adgangskode.
`,
      errors: [
        {
          messageId: 'duplicate',
          line: 3,
          column: 27,
          endLine: 3,
          endColumn: 37,
          message:
            'Forslaget beskriver en egen løsning til login / eID («eget login»). Brug MitID/NemLog-in, eller forklar afvigelsen under Fællesoffentlig løsning.',
        },
      ],
    },
    {
      name: 'sv YAML: egen inloggning',
      strategies: ['oskarshamn'],
      code: `titel: Bokning av lokaler
språk: sv
beskrivning: Vi bygger en egen inloggning för vårdnadshavare.
`,
      errors: [{ messageId: 'duplicate', line: 3, column: 27, endColumn: 42, message: 'Använd BankID/Freja eID+/Svensk e-legitimation' }],
    },
    {
      name: 'nb YAML: egen innlogging',
      strategies: follo,
      code: `tittel: Booking av lokaler
språk: nb
beskrivelse: Innbyggerne får egen innlogging i løsningen.
`,
      errors: [{ messageId: 'duplicate', line: 3, column: 30, endColumn: 45, message: 'Bruk ID-porten/Ansattporten/MinID' }],
    },
    {
      name: 'da Markdown: in a section of its own, with the Danish mail term too',
      filename: 'forslag.md',
      strategies: esbjerg,
      code: `---
titel: Booking af lokaler
sprog: da
---

## Løsning

Foreningerne får eget login med brugernavn og adgangskode,
og bekræftelser sendes fra en egen postkasse i systemet.
`,
      errors: [
        { messageId: 'duplicate', line: 8, column: 18, endColumn: 28 },
        { messageId: 'duplicate', line: 9, column: 31, endColumn: 45, message: 'Brug Digital Post' },
      ],
    },
    {
      name: 'sv Markdown: in the description field',
      filename: 'forslag.md',
      strategies: ['oskarshamn'],
      code: `# Bokning av lokaler

Språk: sv

## Beskrivning

Föreningarna bokar lokaler i en ny tjänst.
Vi bygger en egen inloggning för föreningarna.
`,
      errors: [{ line: 8, column: 14, endColumn: 29 }],
    },
    {
      name: 'nb Markdown: a heading without front matter',
      filename: 'forslag.md',
      strategies: follo,
      code: `# Booking av lokaler

Språk: nb

## Løsning

Vi etablerer egen innlogging og egen postkasse for lag og foreninger.
`,
      errors: [
        { line: 7, column: 14, endColumn: 29, message: 'ID-porten' },
        { line: 7, column: 33, endColumn: 47, message: 'Digital postkasse til innbyggere/KS Fiks/SvarUt' },
      ],
    },
    {
      name: 'sv YAML: egen brevlåda',
      strategies: ['oskarshamn'],
      code: 'titel: Förskola\nspråk: sv\nbeskrivning: Beslut skickas till en egen brevlåda i appen.\n',
      errors: [{ line: 3, column: 37, message: 'Mina meddelanden/Min myndighetspost/Kivra' }],
    },
    {
      name: 'en YAML with currency SEK: own mailbox, Swedish components only',
      code: 'title: Preschool\nlanguage: en\ndescription: Decisions go to an own mailbox in the app.\nbusinessCase:\n  currency: SEK\n',
      errors: [{ line: 3, column: 33, endColumn: 44, message: 'Use Mina meddelanden/Min myndighetspost/Kivra, or explain' }],
    },
    {
      name: 'da YAML: a weak word with a build verb in the same sentence',
      strategies: esbjerg,
      code: 'titel: Booking\nsprog: da\nbeskrivelse: Der findes allerede en god løsning. Vi udvikler en ny ansøgningsportal til foreningerne.\n',
      errors: [{ line: 3, column: 68, endColumn: 84, message: '«ansøgningsportal»' }],
    },
    {
      name: 'da YAML: "vi bygger IKKE eget login" fires — the rule does not read negation; name what is used instead',
      strategies: esbjerg,
      code: 'titel: Booking\nsprog: da\nbeskrivelse: Vi bygger IKKE eget login.\n',
      errors: [{ line: 3, column: 29 }],
    },
    {
      name: 'da YAML: "CPR" inside "kopi af CPR" does not name the register',
      strategies: esbjerg,
      code: 'titel: Sagsbehandling\nsprog: da\nbeskrivelse: Vi etablerer en lokal kopi af CPR til sagsbehandlingen.\n',
      errors: [{ line: 3, column: 30, endColumn: 47, message: '«lokal kopi af CPR»' }],
    },
    {
      name: 'da: a Swedish component does not count for a Danish proposal',
      strategies: esbjerg,
      code: 'titel: Booking\nsprog: da\nbeskrivelse: Vi bygger eget login, som BankID kan kobles på senere.\n',
      errors: [{ line: 3, column: 24 }],
    },
    {
      name: 'da: a deviation about another function does not cover the login',
      strategies: esbjerg,
      code: `titel: Booking
sprog: da
beskrivelse: Vi bygger eget login.
fællesoffentlig-løsning:
  status: afvigelse
  alternativ: Digital Post
  begrundelse: [væsentligt dyrere]
  forklaring: Kvitteringer sendes som e-mail, fordi Digital Post er for dyrt til så mange små beskeder.
`,
      errors: [{ line: 3, column: 24 }],
    },
    {
      name: 'YAML literal block: exact line, column for the usual two-space indentation',
      strategies: esbjerg,
      code: `titel: Booking
sprog: da
beskrivelse: |
  Foreningerne booker lokaler.
  Vi bygger eget login til dem.
`,
      errors: [{ line: 5, column: 13, endColumn: 23 }],
    },
    {
      name: 'YAML folded block wrapped over lines: at the words themselves',
      strategies: esbjerg,
      code: `titel: Booking
sprog: da
beskrivelse: >
  Foreningerne booker lokaler, og
  vi bygger eget login til dem.
`,
      errors: [{ line: 5, column: 13 }],
    },
    {
      name: 'sv Stockholm: a mailbox of its own — the exception route',
      strategies: stockholm,
      code: 'titel: Bokning\nspråk: sv\nbeskrivning: Vi bygger en egen brevlåda för föreningar.\n',
      errors: [{ messageId: 'duplicateStockholm', line: 3, column: 27 }],
    },
    {
      name: 'en without strategy or currency: components of all three countries suggested',
      code: 'title: Booking\nlanguage: en\ndescription: We will build our own login for the clubs.\n',
      errors: [{ line: 3, column: 32, message: 'MitID/NemLog-in (DK), BankID/Freja eID+/Svensk e-legitimation (SE), ID-porten/Ansattporten/MinID (NO)' }],
    },
    {
      name: 'one finding per function, at its first mention',
      strategies: esbjerg,
      code: 'titel: Booking\nsprog: da\nbeskrivelse: Vi bygger eget login.\ntværgående-konsekvenser: Support af eget login ligger hos IT.\n',
      errors: [{ line: 3, column: 24 }],
    },
    {
      name: 'doc: the Swedish Markdown example, login and mailbox',
      filename: 'forslag.md',
      strategies: ['oskarshamn'],
      code: `---
titel: Bokning av lokaler
strategi: oskarshamn
---

## Beskrivning

Vi bygger en egen inloggning och skickar besluten till en egen brevlåda i appen.
`,
      errors: [
        { line: 8, column: 14, endColumn: 29, message: '«egen inloggning»' },
        { line: 8, column: 59, endColumn: 72, message: '«egen brevlåda»' },
      ],
    },
    {
      name: 'da Markdown: a cost line in a table, at the cell',
      filename: 'forslag.md',
      strategies: esbjerg,
      code: `---
titel: Booking
sprog: da
---

## Økonomi

| Post | Beløb | Art |
|---|---|---|
| Eget login til foreningerne | 200.000 | investering |
`,
      errors: [{ line: 10, column: 3, endColumn: 13, message: '«Eget login»' }],
    },
    {
      name: 'YAML literal block ending the file: exact column from the end',
      strategies: esbjerg,
      code: 'titel: Booking\nsprog: da\nbeskrivelse: |\n    Foreningerne booker lokaler.\n    Vi bygger eget login.',
      errors: [{ line: 5, column: 15, endColumn: 25 }],
    },
  ],
});
