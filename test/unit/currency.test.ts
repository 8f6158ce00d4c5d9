/**
 * The currency of a business case (src/interpret/currency.ts): stated, else one code written in
 * its text, else — amounts in kroner with no code — the krone of the strategy's country, or with
 * no strategy of the proposal's language (da → DKK, sv → SEK, nb → NOK; English: none).
 */
import { describe, expect, it } from 'vitest';
import { loadProposal } from '../../src/interpret/proposal.js';
import { businessCaseCurrency, inKroner } from '../../src/interpret/currency.js';
import { businessCaseFigures } from '../../src/interpret/business-case-figures.js';

async function load(filename: string, code: string) {
  const { proposal } = await loadProposal(`/virtual/${filename}`, new TextEncoder().encode(code));
  return proposal!;
}

const markdown = (lang: string, words: string, amount = '310.000') => `---
title: X
language: ${lang}
---

## Økonomi

${words}

| Post | Art | Beløb |
|---|---|---|
| Opsætning | anlæg | ${amount} |
| Licens | drift | 85.000 |
`;

describe('inKroner: kroner as budgets write them', () => {
  it.each([
    'Alle beløb i kr.',
    'Beløb i t.kr.',
    'Beløb i 1.000 kr.',
    '2,5 mio. kr.',
    'Belopp i tkr',
    '1 500 tkr per år',
    'Beløp i tusen kroner',
    'Belopp i kronor',
    '1,5 mnkr',
    '120 000 kr',
    'kr. 40',
  ])('%s', (text) => {
    expect(inKroner(text)).toBe(true);
  });
  it.each(['Alle beløb i DKK.', 'Krav til leverandøren', 'Kristian Kragh', 'Kronologisk oversigt', '1.200.000'])('not: %s', (text) => {
    expect(inKroner(text)).toBe(false);
  });
});

describe('businessCaseCurrency', () => {
  it('the stated code wins, whatever the strategy', async () => {
    const proposal = await load('p.md', markdown('da', 'Valuta: EUR\n\nAlle beløb i kr.'));
    expect(businessCaseCurrency(proposal, new Set(['stockholm']))).toEqual({ code: 'EUR', source: 'stated' });
  });

  it('a stated currency in words ("Danske kroner (DKK)", "kroner") is read for its code, or as kroner', async () => {
    expect(businessCaseCurrency(await load('p.yaml', 'title: X\nbusinessCase:\n  currency: Danske kroner (DKK)\n'))).toEqual({ code: 'DKK', source: 'stated' });
    expect(businessCaseCurrency(await load('p.yaml', 'title: X\nlanguage: nb\nbusinessCase:\n  currency: kroner\n'))).toEqual({
      code: 'NOK',
      source: 'language',
    });
    expect(businessCaseCurrency(await load('p.yaml', 'title: X\nlanguage: en\nbusinessCase:\n  currency: kr\n'))).toEqual({ code: 'KR', source: 'stated' });
  });

  it('a sentence stating the unit ("Alle beløp i EUR.") states the currency; two codes in a sentence settle nothing', async () => {
    expect(businessCaseCurrency(await load('p.md', markdown('nb', 'Alle beløp i EUR.')))).toEqual({ code: 'EUR', source: 'stated' });
    expect(businessCaseCurrency(await load('p.md', markdown('da', 'Priser i EUR, budget i DKK.')))).toBeUndefined();
  });

  it('kroner under a strategy: the krone of its country (data/strategies/), whatever the language', async () => {
    const proposal = await load('p.md', markdown('en', 'All amounts in t.kr.'));
    expect(businessCaseCurrency(proposal, new Set(['esbjerg']))).toEqual({ code: 'DKK', source: 'strategy' });
    expect(businessCaseCurrency(proposal, new Set(['nordfyns']))).toEqual({ code: 'DKK', source: 'strategy' });
    expect(businessCaseCurrency(proposal, new Set(['stockholm']))).toEqual({ code: 'SEK', source: 'strategy' });
    expect(businessCaseCurrency(proposal, new Set(['oskarshamn']))).toEqual({ code: 'SEK', source: 'strategy' });
    expect(businessCaseCurrency(proposal, new Set(['ikt-follo']))).toEqual({ code: 'NOK', source: 'strategy' });
  });

  it('kroner with no strategy: the language decides (da, sv, nb); English could be any of three', async () => {
    expect(businessCaseCurrency(await load('p.md', markdown('da', 'Alle beløb i kr.')))).toEqual({ code: 'DKK', source: 'language' });
    expect(businessCaseCurrency(await load('p.md', markdown('sv', 'Belopp i tkr.')))).toEqual({ code: 'SEK', source: 'language' });
    expect(businessCaseCurrency(await load('p.md', markdown('nb', 'Beløp i 1000 kr.')))).toEqual({ code: 'NOK', source: 'language' });
    expect(businessCaseCurrency(await load('p.md', markdown('en', 'All amounts in kr.')))).toBeUndefined();
  });

  it('strategies of two countries in force: the language picks one of theirs, or none', async () => {
    const both = new Set(['esbjerg', 'stockholm']);
    expect(businessCaseCurrency(await load('p.md', markdown('sv', 'Belopp i kr.')), both)).toEqual({ code: 'SEK', source: 'language' });
    expect(businessCaseCurrency(await load('p.md', markdown('nb', 'Beløp i kr.')), both)).toBeUndefined();
  });

  it('kroner written only beside the amounts: a Markdown cell, a YAML value read as a number', async () => {
    expect(businessCaseCurrency(await load('p.md', markdown('da', 'Anslåede udgifter.', '310.000 kr.')), new Set(['nordfyns']))).toEqual({
      code: 'DKK',
      source: 'strategy',
    });
    const yaml = await load('p.yaml', 'title: X\nbusinessCase:\n  costs:\n    - { item: Oppsett, amount: 1 200 000 kr, kind: investment }\n');
    expect(businessCaseCurrency(yaml, new Set(['ikt-follo']))).toEqual({ code: 'NOK', source: 'strategy' });
  });

  it('amounts with no currency word at all are not guessed, nor is a proposal with no business case', async () => {
    expect(businessCaseCurrency(await load('p.md', markdown('da', 'Anslåede udgifter.')), new Set(['esbjerg']))).toBeUndefined();
    expect(businessCaseCurrency(await load('p.yaml', 'title: X\nlanguage: da\n'), new Set(['esbjerg']))).toBeUndefined();
  });
});

describe('the figures count in the same currency', () => {
  it('"Beløb i t.kr." under Stockholm is SEK, and the default rate is Sweden\'s', async () => {
    const proposal = await load('p.md', markdown('da', 'Beløb i t.kr.'));
    expect(businessCaseFigures(proposal, undefined, new Set(['stockholm']))!.currency).toBe('SEK');
    expect(businessCaseFigures(proposal, undefined, new Set(['ikt-follo']))!.currency).toBe('NOK');
    expect(businessCaseFigures(proposal, undefined, new Set(['ikt-follo']))!.discountRate).toBe(0.04);
  });

  it('"Alle beløp i EUR." in a Norwegian proposal is EUR, not NOK', async () => {
    expect(businessCaseFigures(await load('p.md', markdown('nb', 'Alle beløp i EUR.')))!.currency).toBe('EUR');
  });
});
