import { ruleTester } from '../test/helpers/rule-tester.js';
import rule from './special-needs.js';

const oskarshamn = ['oskarshamn'];

ruleTester(rule, {
  valid: [
    {
      name: 'en YAML: a negation about people in the accessibility text is no denial',
      code: `title: Fault reports
accessibility: The app meets WCAG 2.1 AA; those who cannot use it can phone the service desk.
security: The administration's IT security plan is followed.
`,
    },
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
      name: 'sv YAML: "tillgänglighet: Inte aktuellt – …" says the adaptation is not made',
      code: `titel: Felanmälan
tillgänglighet: Inte aktuellt – tjänsten är en vanlig webbtjänst.
säkerhet: Förvaltningens IT-säkerhetsplan följs.
`,
      errors: [{ messageId: 'notAdapted', line: 2, column: 17 }],
    },
    {
      name: 'sv YAML: the IT security plan named and set aside ("gäller inte för modulen")',
      code: `titel: Hemtjänst
tillgänglighet: Appen följer WCAG 2.1 AA och kan läsas med skärmläsare.
säkerhet:
  säkerhetsplan: Socialförvaltningens IT-säkerhetsplan gäller inte för modulen, eftersom leverantören ansvarar.
`,
      errors: [{ messageId: 'securityPlanDenied', line: 4, column: 18 }],
    },
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
