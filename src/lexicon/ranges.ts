/**
 * ranges: how authors write a span — of a metric's figures ("från 40 % till 90 %"), of a
 * project's dates ("fra 1. marts til 31. oktober 2027", "2027-02-01–2027-12-15") — and the
 * calendar words a written date uses, per language. Read by src/interpret/reading/metric-lines.ts
 * and src/interpret/reading/date-ranges.ts.
 */
import type { Lang } from '../model/model.js';
import type { WordLists } from './phrases.js';

/** The word before the first end of a span. */
export const FROM_WORDS: WordLists = { en: ['from'], da: ['fra'], sv: ['från'], nb: ['fra', 'frå'] };

/** The word between the two ends of a span (a dash does the same in every language). */
export const TO_WORDS: WordLists = { en: ['to', 'until', 'through'], da: ['til'], sv: ['till', 't.o.m.'], nb: ['til'] };

/** The months, January first, as dates are written out ("1. marts 2027", "den 1 september 2026", "15 March 2027"). */
export const MONTHS: Partial<Record<Lang, readonly string[]>> = {
  en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  da: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  nb: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
};

/**
 * Words that say a span of years is the project's own period ("Projektet genomförs 2027–2028",
 * "Projektperiode: 2027–2028"), not a benefit horizon ("over perioden 2027–2031"): a span of bare
 * years counts as the schedule only beside one of these. A span of dates needs none.
 */
export const PROJECT_PERIOD: WordLists = {
  en: ['project period', 'carried out', 'runs from', 'implemented in', 'timeline'],
  da: ['projektperiode*', 'gennemføres', 'løber', 'tidsplan*'],
  sv: ['projektperiod*', 'genomförs', 'pågår', 'tidplan*'],
  nb: ['prosjektperiode*', 'gjennomføres', 'varer', 'tidsplan*', 'fremdriftsplan*'],
};
