/**
 * Statement polarity (src/interpret/polarity.ts): a trigger word and its scope, the clause.
 * Sentences written for these tests from the strategy texts, in all four languages.
 */
import { describe, expect, it } from 'vitest';
import type { TextHit } from '../../src/model/access.js';
import { clausesOf, fulfilment, fulfils, mentionsIn, mentionsInText, type Polarity, polarityOf, saysSomethingNow } from '../../src/interpret/polarity.js';

const cases: [string, string, Polarity][] = [
  // affirmed
  ['da', 'Risiko- og sårbarhedsanalysen er gennemført af it-sikkerhed.', 'affirmed'],
  ['sv', 'Projektet anmäldes till IT-rådet den 3 februari 2026.', 'affirmed'],
  ['nb', 'ROS-analyse er gjennomført og godkjent av personvernombudet.', 'affirmed'],
  ['en', 'The data processing agreement was signed with the supplier.', 'affirmed'],
  // negated
  ['da', 'Vi anvender ikke NemLog-in til denne løsning.', 'negated'],
  ['sv', 'Lösningen använder inte stadens e-tjänstplattform.', 'negated'],
  ['nb', 'Det er ikke inngått noen databehandleravtale.', 'negated'],
  ['en', 'No risk assessment has been carried out.', 'negated'],
  ['sv', 'Någon risk- och sårbarhetsanalys saknas.', 'negated'],
  // deferred
  ['da', 'Databehandleraftalen indgås senere.', 'deferred'],
  ['sv', 'IT-rådet kommer att informeras när leverantören är vald.', 'deferred'],
  ['nb', 'Universell utforming vurderes nærmere i neste fase.', 'deferred'],
  ['en', 'The risk assessment will be carried out once the supplier has been chosen.', 'deferred'],
  ['en', 'Approval by the council is still to be decided: TBD.', 'deferred'],
  ['sv', 'Riskanalysen är ännu inte gjord.', 'deferred'],
  // planned with a date (or an event before the decision)
  ['da', 'Risikovurderingen skal være færdig senest 1. marts 2027.', 'planned-with-date'],
  ['sv', 'Personuppgiftsbiträdesavtal ska tecknas innan avtalet undertecknas, senast 2026-11-30.', 'planned-with-date'],
  ['nb', 'Databehandleravtale skal inngås før kontrakten signeres.', 'planned-with-date'],
  ['en', 'The IT council will be notified on 2026-09-01.', 'planned-with-date'],
  // planned without a date
  ['da', 'Der vil blive udarbejdet en risikovurdering.', 'planned-without-date'],
  ['sv', 'En risk- och sårbarhetsanalys ska göras.', 'planned-without-date'],
  ['nb', 'Saken skal legges fram for rådmannskollegiet.', 'planned-without-date'],
  ['en', 'A data processing agreement will be signed.', 'planned-without-date'],
];

describe('polarityOf', () => {
  for (const [lang, sentence, polarity] of cases) {
    it(`${lang}: "${sentence}" is ${polarity}`, () => {
      expect(polarityOf(sentence)).toBe(polarity);
    });
  }

  it('pseudo-negations negate nothing', () => {
    expect(polarityOf('Løsningen understøtter ikke kun borgerne, men også medarbejderne.')).toBe('affirmed');
    expect(polarityOf('Analysen skal være færdig no later than 2026-06-30.')).toBe('planned-with-date');
    expect(polarityOf('Projektet bidrar inte bara till målen i Vision 2030.')).toBe('affirmed');
    expect(polarityOf('Det gjelder ikke bare saksbehandlerne.')).toBe('affirmed');
  });
});

describe('clausesOf: the scope of a trigger is its clause', () => {
  it('a contrast ends the scope ("…, men …", "…, but …")', () => {
    const text = 'Vi anvender ikke Digital Post til indkaldelserne, men kommunens eget sms-modul.';
    expect(clausesOf(text).map((clause) => clause.polarity)).toEqual(['negated', 'affirmed']);
    expect(clausesOf('The system does not use the shared login, but it uses the national e-ID.').map((c) => c.polarity)).toEqual(['negated', 'affirmed']);
  });

  it('a sentence ends at a full stop before a capital, not inside "1. september" or a date', () => {
    const text = 'Evalueringen gennemføres senest 1. september 2027 af projektlederen. ROS-analysen er ikke lavet.';
    const clauses = clausesOf(text);
    expect(clauses).toHaveLength(2);
    expect(clauses[0]!.polarity).toBe('affirmed');
    expect(clauses[1]!.polarity).toBe('negated');
  });

  it('"; " and ", og/and/och …" start a new clause', () => {
    expect(clausesOf('ROS-analyse er gjennomført, og det er ikke funnet høy risiko.').map((c) => c.polarity)).toEqual(['affirmed', 'negated']);
    expect(clausesOf('Avtalet är tecknat; riskanalysen görs senare.').map((c) => c.polarity)).toEqual(['affirmed', 'deferred']);
  });

  it('each clause knows its sentence', () => {
    const text = 'Første setning. Databehandleravtale inngås senere, men ROS er gjort.';
    const [, second, third] = clausesOf(text);
    expect(text.slice(second!.sentence.index, second!.sentence.index + second!.sentence.length)).toBe('Databehandleravtale inngås senere, men ROS er gjort.');
    expect(third!.sentence).toEqual(second!.sentence);
  });
});

const hit = (text: string): TextHit => ({ text, where: 'description', range: { line: 1, column: 1, endLine: 1, endColumn: text.length + 1 } });

describe('mentions and fulfilment', () => {
  const words = ['databehandleravtale*', 'databehandleraftale*', 'personuppgiftsbiträdesavtal*', 'data processing agreement*'];

  it('a mention takes the polarity of its clause', () => {
    const mentions = mentionsIn([hit('Databehandleravtale skal inngås senere. ROS-analyse er gjennomført.')], words);
    expect(mentions).toHaveLength(1);
    expect(mentions[0]!.polarity).toBe('deferred');
  });

  it('the first fulfilling mention wins; otherwise the first that does not fulfil is returned', () => {
    const both = fulfilment([hit('Databehandleraftalen indgås senere.'), hit('Databehandleraftale er indgået 2026-05-01.')], words);
    expect(both.fulfilled?.polarity).toBe('affirmed');
    const none = fulfilment([hit('Personuppgiftsbiträdesavtal tecknas inte.')], words);
    expect(none.fulfilled).toBeUndefined();
    expect(none.unfulfilled?.polarity).toBe('negated');
    expect(fulfilment([hit('Nothing here.')], words)).toEqual({});
  });

  it('a rule chooses whether plans count', () => {
    expect(fulfils('affirmed')).toBe(true);
    expect(fulfils('planned-with-date')).toBe(true);
    expect(fulfils('planned-without-date')).toBe(false);
    expect(fulfils('planned-without-date', { planned: 'any' })).toBe(true);
    expect(fulfils('planned-with-date', { planned: 'none' })).toBe(false);
    expect(fulfils('deferred', { planned: 'any' })).toBe(false);
    expect(fulfils('negated', { planned: 'any' })).toBe(false);
  });
});

describe('a phrase that carries its own negation', () => {
  const deviate = ['afvige', 'afviger', 'anvender ikke', 'deviation', 'does not use', 'använder inte', 'bruker ikke'];

  it('is a thing of its own; the negation around it still counts', () => {
    expect(mentionsInText('Vi anvender ikke NemLog-in, men leverandørens login.', deviate).map((m) => m.polarity)).toEqual(['affirmed']);
    expect(mentionsInText('Der er ikke grund til at afvige fra de fælles løsninger.', deviate).map((m) => m.polarity)).toEqual(['negated']);
    expect(mentionsInText('No deviation from the shared platforms is needed.', deviate).map((m) => m.polarity)).toEqual(['negated']);
    expect(mentionsInText('The service does not use the national login.', deviate).map((m) => m.polarity)).toEqual(['affirmed']);
    expect(mentionsInText('Tjänsten använder inte stadens id-portal.', deviate).map((m) => m.polarity)).toEqual(['affirmed']);
    expect(mentionsInText('Vi bruker ikke ID-porten.', deviate).map((m) => m.polarity)).toEqual(['affirmed']);
  });
});

describe('saysSomethingNow: prose that only puts the thing off says nothing yet', () => {
  it.each([
    ['da', 'Arbejdsgangen beskrives senere, når leverandøren er valgt.', false],
    ['sv', 'Konsekvenserna utreds vidare i ett senare skede.', false],
    ['nb', 'Dette avklares når leverandøren er valgt.', false],
    ['en', 'The process is to be decided later.', false],
    ['da', 'Projektet har ingen konsekvenser for andre områder.', true],
    ['en', 'Case workers check the application and the system sends the decision. Training is planned later.', true],
  ])('%s: "%s" → %s', (_lang, text, says) => {
    expect(saysSomethingNow(text)).toBe(says);
  });
});
