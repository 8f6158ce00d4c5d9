import { describe, expect, it } from 'vitest';
import { deadlineIn, isDeadline, targetQuality } from '../../src/interpret/metric-quality.js';
import { addMonths, compareDays, parseDay } from '../../src/interpret/dates.js';

describe('targetQuality', () => {
  it.each([
    ['80 %', 'sv'],
    ['högst 4 veckor', 'sv'],
    ['NKI 75', 'sv'],
    ['nivå 4', 'sv'],
    ['alla kommunala blanketter digitala', 'sv'],
    ['halvering af sagsbehandlingstiden', 'da'],
    ['90 % innen utgangen av 2027', 'nb'],
    ['vid utgången av 2012 skall 80 % av möjliga e-tjänster vara införda', 'sv'],
    ['Öka till 80 % till 2026', 'sv'],
    ['at most 2 000 cases a year', 'en'],
  ] as const)('"%s" is measurable (%s)', (target, lang) => {
    expect(targetQuality(target, lang)).toEqual({ measurable: true });
  });

  it.each([
    ['Fler e-tjänster', 'sv', 'fler'],
    ['Ökad nöjdhet senast 2026', 'sv', 'ökad'],
    ['Fler e-tjänster senast 2026-12-31', 'sv', 'fler'],
    ['Bättre service', 'sv', 'bättre'],
    ['Förbättrad tillgänglighet', 'sv', 'förbättrad'],
    ['Mer självservice', 'sv', 'mer'],
    ['Flere digitale ansøgninger', 'da', 'flere'],
    ['Kortere sagsbehandlingstid', 'da', 'kortere'],
    ['Bedre brugeroplevelse', 'da', 'bedre'],
    ['Høyere tilfredshet', 'nb', 'høyere'],
    ['Flere digitale søknader innen 2027', 'nb', 'flere'],
    ['Higher satisfaction by the end of 2027', 'en', 'higher'],
    ['Better service', 'en', 'better'],
  ] as const)('"%s" is not measurable: "%s"', (target, lang, word) => {
    expect(targetQuality(target, lang)).toEqual({ measurable: false, vague: word });
  });

  it('a target with neither a number nor a direction word is not measurable', () => {
    expect(targetQuality('customer satisfaction survey', 'en')).toEqual({ measurable: false });
  });

  it('a number is measurable', () => {
    expect(targetQuality(80, 'sv')).toEqual({ measurable: true });
  });
});

describe('deadlines', () => {
  it.each([
    ['vid utgången av 2012 skall 80 %', 'vid utgången av 2012'],
    ['80 % senast 2026-12-31', 'senast 2026-12-31'],
    ['80 % by the end of 2027', 'by the end of 2027'],
    ['90 % innen utgangen av 2027', 'innen utgangen av 2027'],
    ['halvering ultimo 2026', 'ultimo 2026'],
    ['95 % i december 2027', 'i december 2027'],
    ['99,5 % 12 månader efter driftstart', '12 månader efter'],
    ['99.5 % within 6 months of go-live', 'within 6 months'],
    ['Q4 2026', 'q4 2026'],
  ])('"%s" has the deadline "%s"', (text, deadline) => {
    expect(deadlineIn(text)).toBe(deadline);
  });

  it.each(['80 %', 'minst 2 000 ansökningar', 'Fler e-tjänster'])('"%s" has no deadline', (text) => {
    expect(deadlineIn(text)).toBeUndefined();
  });

  it.each([
    ['2026-12-31', true],
    ['2026', true],
    [2027, true],
    ['december 2027', true],
    ['12 months after go-live', true],
    ['snart', false],
    ['soon', false],
    [12, false],
  ] as const)('isDeadline(%s) is %s', (value, expected) => {
    expect(isDeadline(value)).toBe(expected);
  });
});

describe('dates', () => {
  it('reads ISO days and months, and d.m.yyyy', () => {
    expect(parseDay('2026-03-01')).toEqual({ year: 2026, month: 3, day: 1 });
    expect(parseDay('2026-02', 'end')).toEqual({ year: 2026, month: 2, day: 28 });
    expect(parseDay('31.12.2026')).toEqual({ year: 2026, month: 12, day: 31 });
    expect(parseDay('2026-02-30')).toBeUndefined();
    expect(parseDay('snart')).toBeUndefined();
  });

  it('adds months, falling back to the last day of a shorter month', () => {
    expect(addMonths({ year: 2026, month: 8, day: 31 }, 6)).toEqual({ year: 2027, month: 2, day: 28 });
    expect(addMonths({ year: 2026, month: 1, day: 12 }, 6)).toEqual({ year: 2026, month: 7, day: 12 });
    expect(compareDays({ year: 2026, month: 10, day: 30 }, { year: 2026, month: 7, day: 12 })).toBeGreaterThan(0);
  });
});
