/**
 * Where two lists of one concept became one (src/lexicon/), the verdicts that changed: amounts
 * in running text now know every scale word the amount parser knows, and a column's unit every
 * scale; short forms ("t", "m") stay out of running text.
 */
import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../src/interpret/amount.js';
import { amountIn } from '../../src/interpret/reading/money-lines.js';

describe('one list of amount units', () => {
  it('an amount in running text with a scale written out ("1,5 millioner kroner") is read with its scale', () => {
    expect(amountIn('Licens: 1,5 millioner kroner om året')?.value).toBe(1_500_000);
    expect(amountIn('Drift 2 miljoner kronor')?.value).toBe(2_000_000);
    expect(amountIn('Support 40 euro per time')?.value).toBe(40);
  });

  it('the forms known before are read as before', () => {
    expect(amountIn('Licens 1,2 mio. kr. årligt')?.value).toBe(1_200_000);
    expect(amountIn('Opsætning 450 t. kr.')?.value).toBe(450_000);
    expect(amountIn('Drift 120 000 kr per år')?.value).toBe(120_000);
    expect(amountIn('€84,000 a year')?.value).toBe(84_000);
  });

  it('short forms are not scales in running text: "30 t" is hours, and stays no amount', () => {
    expect(amountIn('Opsætning 30 t')).toBeUndefined();
    expect(amountIn('Kabel 5 m')).toBeUndefined();
  });

  it('in a cell, where an amount is expected, the parser reads the same words as before', () => {
    expect(parseAmount('1,5 mio.')).toBe(1_500_000);
    expect(parseAmount('2,5 mnok')).toBe(2_500_000);
    expect(parseAmount('450 t.kr.')).toBe(450_000);
    expect(parseAmount('30 t')).toBe(30_000);
    expect(parseAmount('kr. 40')).toBe(40);
    expect(parseAmount('1.200,-')).toBe(1200);
    expect(parseAmount('40 euro')).toBe(40);
  });
});
