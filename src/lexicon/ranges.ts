/**
 * ranges: how authors write a span — of a metric's figures ("från 40 % till 90 %"), of a
 * project's dates ("fra 1. marts til 31. oktober 2027", "2027-02-01–2027-12-15") — and the
 * calendar words a written date uses, per language. Read by src/interpret/reading/metric-lines.ts
 * and src/interpret/reading/date-ranges.ts.
 */
import type { Lang } from '../model/model.js';
import type { WordLists } from './phrases.js';
import { words } from './words.js';

/** The word before the first end of a span. */
export const FROM_WORDS: WordLists = words('ranges', 'FROM_WORDS');

/** The word between the two ends of a span (a dash does the same in every language). */
export const TO_WORDS: WordLists = words('ranges', 'TO_WORDS');

/** A bound before a span's end ("från 90 till högst 20 minuter", "from 40 to at least 90 %"). */
export const BOUNDS: WordLists = words('ranges', 'BOUNDS');

/** The months, January first, as dates are written out ("1. marts 2027", "den 1 september 2026", "15 March 2027"). */
export const MONTHS: Partial<Record<Lang, readonly string[]>> = words('ranges', 'MONTHS');

/**
 * Words that say a span of years is the project's own period ("Projektet genomförs 2027–2028",
 * "Projektperiode: 2027–2028"), not a benefit horizon ("over perioden 2027–2031"): a span of bare
 * years counts as the schedule only beside one of these. A span of dates needs none.
 */
export const PROJECT_PERIOD: WordLists = words('ranges', 'PROJECT_PERIOD');
