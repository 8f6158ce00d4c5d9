import { ruleTester } from '../test/helpers/rule-tester.js';
import rule from './special-needs.js';

const oskarshamn = ['oskarshamn'];

ruleTester(rule, {
  valid: [
    {
      name: 'sv: adaptation for the visually impaired named in the text',
      code: 'titel: Digitala nämndhandlingar\nspråk: sv\nbeskrivning: Handlingarna får uppläsning och förstorad text för ledamöter med synnedsättning.\nsäkerhet:\n  säkerhetsnivå: Enligt kommunens IT-säkerhetsplan\n',
    },
    {
      name: 'sv YAML: accessibility and security fields',
      strategies: oskarshamn,
      code: `titel: Bokningssystem
tillgänglighet: Följer WCAG 2.1 AA; bokning kan också göras per telefon.
säkerhet:
  riskanalys: Enligt förvaltningens IT-säkerhetsplan
`,
    },
    {
      name: 'sv Markdown: prose under "Informationssäkerhet"; special needs in the description',
      filename: 'forslag.md',
      strategies: oskarshamn,
      code: `# Bokningssystem

## Beskrivning

Tjänsten anpassas för personer med funktionsnedsättning, bland annat för skärmläsare.

## Informationssäkerhet

Förvaltningens IT-säkerhetsplan följs.
`,
    },
    {
      name: 'en YAML: the IT security plan named in the text',
      code: `title: Booking system
accessibility: Works with screen readers; bookings also by phone.
description: The administration's IT security plan is followed.
`,
    },
  ],
  invalid: [
    {
      name: 'sv YAML: neither, both at line 1',
      strategies: oskarshamn,
      code: `titel: Bokningssystem
beskrivning: Föreningar bokar lokaler på webben.
`,
      errors: [
        { messageId: 'noSecurity', line: 1, column: 1 },
        { messageId: 'noAccessibility', line: 1, column: 1 },
      ],
    },
    {
      name: 'en Markdown: an empty accessibility section, at its heading; an empty security section',
      filename: 'proposal.md',
      code: `---
title: Booking system
---

## Accessibility

TBD

## Security
`,
      errors: [
        { messageId: 'emptyAccessibility', line: 5, column: 1 },
        { messageId: 'noSecurity', line: 9, column: 1 },
      ],
    },
  ],
});
