import { ruleTester } from '../test/helpers/rule-tester.js';
import rule from './measurable-targets.js';

const oskarshamn = ['oskarshamn'];

ruleTester(rule, {
  valid: [
    {
      name: "sv YAML: a percentage with a deadline; the strategy's own example with the deadline in the target",
      strategies: oskarshamn,
      code: `titel: E-tjänster
uppföljning:
  mätetal:
    - namn: Andel blanketter som är digitala
      mål: 80 %
      tidpunkt: 2012-12-31
    - namn: Införda e-tjänster
      mål: vid utgången av 2012 skall 80 % av möjliga e-tjänster vara införda
`,
    },
    {
      name: 'sv Markdown: a level, "alla", a month and a year',
      filename: 'forslag.md',
      strategies: oskarshamn,
      code: `# E-tjänster

## Uppföljning

| Mätetal | Mål | Tidpunkt |
|---|---|---|
| Handläggningstid | högst 4 veckor | december 2027 |
| Digitala blanketter | alla blanketter digitala | 2026 |
`,
    },
    {
      name: 'en YAML: a span after a milestone is a deadline',
      code: `title: Library e-services
followUp:
  metrics:
    - name: Availability
      target: 99.5 % availability
      deadline: 12 months after go-live
`,
    },
    {
      name: 'da Markdown: "halvering" states a level; "ultimo 2026" a deadline',
      filename: 'forslag.md',
      code: `---
titel: Digital pladsanvisning
sprog: da
---

## Opfølgning

| Måltal | Mål | Frist |
|---|---|---|
| Sagsbehandlingstid | halvering af sagsbehandlingstiden | ultimo 2026 |
`,
    },
    {
      name: 'nb YAML: the deadline in the target',
      code: `tittel: Digital byggesøknad
språk: nb
oppfølging:
  måltall:
    - navn: Digitale søknader
      mål: 90 % innen utgangen av 2027
`,
    },
  ],
  invalid: [
    {
      name: 'sv YAML: "fler" without a number, and no deadline',
      strategies: oskarshamn,
      code: `titel: E-tjänster
uppföljning:
  mätetal:
    - namn: Antal e-tjänster
      mål: Fler e-tjänster
`,
      errors: [
        { messageId: 'noDeadline', line: 4, column: 7 },
        { messageId: 'vague', line: 5, column: 12, message: '"fler" anger en riktning' },
      ],
    },
    {
      name: 'sv YAML: a year is a deadline, not the number of the target',
      strategies: oskarshamn,
      code: `titel: E-tjänster
uppföljning:
  mätetal:
    - namn: Nöjda medborgare
      mål: Ökad nöjdhet senast 2026
`,
      errors: [{ messageId: 'vague', line: 5, column: 12, message: '"ökad"' }],
    },
    {
      name: 'en YAML: "better" and a deadline that is no date',
      code: `title: Library e-services
followUp:
  metrics:
    - name: Service quality
      target: Better service
      deadline: soon
`,
      errors: [
        { messageId: 'vague', line: 5, column: 15, message: '"better" says a direction' },
        { messageId: 'badDeadline', line: 6, column: 17, message: '("soon") is not a date' },
      ],
    },
    {
      name: 'en YAML: no number and no direction word',
      code: `title: Library e-services
followUp:
  metrics:
    - name: Satisfaction
      target: customer satisfaction survey
      deadline: 2026
`,
      errors: [{ messageId: 'notMeasurable', line: 5, column: 15 }],
    },
    {
      name: 'da Markdown: "flere" and "bedre", at the cells',
      filename: 'forslag.md',
      code: `---
titel: Digital pladsanvisning
sprog: da
---

## Opfølgning

| Måltal | Mål | Frist |
|---|---|---|
| Digitale ansøgninger | Flere digitale ansøgninger | 2026-12-31 |
| Tilfredshed | Bedre service | 2026-12-31 |
`,
      errors: [
        { messageId: 'vague', line: 10, column: 26, message: '"flere" angiver en retning' },
        { messageId: 'vague', line: 11, column: 17, message: '"bedre"' },
      ],
    },
    {
      name: 'nb YAML: "kortere" and "høyere"',
      code: `tittel: Digital byggesøknad
språk: nb
oppfølging:
  måltall:
    - navn: Saksbehandlingstid
      mål: Kortere saksbehandlingstid
      frist: 2027-12-31
    - navn: Brukertilfredshet
      mål: Høyere tilfredshet
      frist: 2027-12-31
`,
      errors: [
        { messageId: 'vague', line: 6, column: 12, message: '"kortere" angir en retning' },
        { messageId: 'vague', line: 9, column: 12, message: '"høyere"' },
      ],
    },
    {
      name: 'sv Markdown: a row without a target, at the row',
      filename: 'forslag.md',
      strategies: oskarshamn,
      code: `# E-tjänster

## Uppföljning

| Mätetal | Nuläge | Tidpunkt |
|---|---|---|
| Handläggningstid | 7 veckor | 2027-12-31 |
`,
      errors: [{ messageId: 'noTarget', line: 7, column: 1 }],
    },
  ],
});
