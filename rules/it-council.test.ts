import { ruleTester } from '../test/helpers/rule-tester.js';
import rule from './it-council.js';

const oskarshamn = ['oskarshamn'];

ruleTester(rule, {
  valid: [
    {
      name: 'sv Markdown: the joint decision planned with its date, before the contract',
      filename: 'forslag.md',
      code: '# Gästhamn\n\nAnmäld till IT-rådet: 2026-11-02\n\nInvesteringen anmäls för gemensamt beslut i Förvaltningschefsgruppen den 20 november 2026, innan avtal tecknas.\n',
    },
    {
      name: 'sv Markdown (polarity): the notification stated with its date in a sentence',
      filename: 'forslag.md',
      strategies: oskarshamn,
      code: `# Bokningssystem

## Styrning

Projektet anmäldes till IT-rådet 2026-02-03 och beslut fattas av kultur- och fritidsnämnden.
`,
    },
    {
      name: 'en Markdown (polarity): the notification planned with a date',
      filename: 'proposal.md',
      strategies: oskarshamn,
      code: `# Booking system

The acquisition will be notified to the IT council on 2026-03-01, before the tender.
`,
    },
    { name: 'sv YAML: a date', strategies: oskarshamn, code: 'titel: Bokningssystem\nanmäld-till-it-rådet: 2026-01-20\n' },
    { name: 'en YAML: true', code: 'title: Booking system\nitCouncilNotified: true\n' },
    { name: 'sv YAML: yes with the date', strategies: oskarshamn, code: 'titel: Bokningssystem\nanmälan-till-it-rådet: Ja, IT-rådet 2026-01-20\n' },
    {
      name: 'sv Markdown: a label line with a month',
      filename: 'forslag.md',
      strategies: oskarshamn,
      code: `# Bokningssystem

Anmäld till IT-rådet: januari 2026
`,
    },
  ],
  invalid: [
    {
      name: 'sv Markdown: the joint decision explicitly not sought',
      filename: 'forslag.md',
      code: '# Lärplattform\n\nAnmäld till IT-rådet: 2026-09-02\n\nFörvaltningen har valt att inte lyfta frågan till Förvaltningschefsgruppen, eftersom den är brådskande.\n',
      errors: [{ messageId: 'noJointDecision', line: 5, column: 1 }],
    },
    {
      name: 'en YAML: the committee decides the investment alone',
      code: 'title: Alarms\nitCouncilNotified: 2026-12-01\ndescription: The Social Services Committee decides alone on the investment of SEK 2.4 million, since the alarms are a care matter.\n',
      errors: [{ messageId: 'noJointDecision', line: 3, column: 14 }],
    },
    {
      name: 'sv YAML: "ännu inte" says no (one negation list for answers: it was "unclear" before)',
      strategies: oskarshamn,
      code: 'titel: Bokningssystem\nanmäld-till-it-rådet: ännu inte\n',
      errors: [{ messageId: 'notNotified', line: 2, column: 23 }],
    },
    {
      name: 'sv Markdown (polarity): "kommer att informeras senare" is no notification, at the sentence',
      filename: 'forslag.md',
      strategies: oskarshamn,
      code: `# Bokningssystem

## Styrning

Beslut fattas av tekniska nämnden. IT-rådet kommer att informeras om projektet senare.
`,
      errors: [{ messageId: 'notNotified', line: 5, column: 36 }],
    },
    {
      name: 'da Markdown (polarity): a negated notification',
      filename: 'forslag.md',
      strategies: oskarshamn,
      code: `# Bookingsystem

It-rådet er ikke orienteret om anskaffelsen.
`,
      errors: [{ messageId: 'notNotified', line: 3, column: 1 }],
    },
    {
      name: 'nb Markdown (polarity): planned without a date',
      filename: 'forslag.md',
      strategies: oskarshamn,
      code: `# Bookingsystem

IT-rådet skal varsles om anskaffelsen.
`,
      errors: [{ messageId: 'notNotified', line: 3, column: 1 }],
    },
    {
      name: 'en YAML (polarity): a value that puts the notification off',
      code: 'title: Booking system\nitCouncilNotified: To be notified later, once the supplier is chosen\n',
      errors: [{ messageId: 'notNotified', line: 2, column: 20 }],
    },
    {
      name: 'sv YAML: missing, at line 1',
      strategies: oskarshamn,
      code: 'titel: Bokningssystem\nbeskrivning: Ett nytt bokningssystem.\n',
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
    {
      name: 'sv YAML: "nej", at the value',
      strategies: oskarshamn,
      code: 'titel: Bokningssystem\nanmäld-till-it-rådet: nej\n',
      errors: [{ messageId: 'notNotified', line: 2, column: 23 }],
    },
    {
      name: 'en YAML: false',
      code: 'title: Booking system\nitCouncilNotified: false\n',
      errors: [{ messageId: 'notNotified', line: 2, column: 20 }],
    },
    {
      name: 'sv Markdown: "planeras" says neither, at the value',
      filename: 'forslag.md',
      strategies: oskarshamn,
      code: `---
titel: Bokningssystem
---

Anmäld till IT-rådet: planeras
`,
      errors: [{ messageId: 'unclear', line: 5, column: 23, message: '"planeras" säger inte' }],
    },
    {
      name: 'en Markdown: missing, at the front matter',
      filename: 'proposal.md',
      code: `---
title: Booking system
---

## Description

A booking system for sports halls.
`,
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
  ],
});
