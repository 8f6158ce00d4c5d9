/**
 * Words that decide whether a follow-up target is measurable and has a deadline (OSK-10,
 * OSK-11, STH-6; DOMAIN-RESEARCH §3: SMART "measurable" and "time-related", effektmål "vid en
 * given tidpunkt", styringsparameter "ambisjonsnivå"), per language. Read by
 * src/interpret/metric-quality.ts.
 * - vague: comparatives and change words that say a direction but no level ("fler", "bättre",
 *   "ökad"): a target made of them without a number is not measurable;
 * - levels: words that state a level without a digit ("alla", "samtliga", "halvering"), matched
 *   only in the proposal's own language, since short words differ between languages;
 * - deadlineWords: words that put a year after them as a deadline ("senast 2026", "vid utgången
 *   av 2012"); months: month names, for "december 2026";
 * - units: time units for relative deadlines ("6 månader efter driftstart"); after: the words
 *   that tie them to a milestone.
 * A phrase ending in * matches as a word beginning.
 */
import type { Lang } from '../model/model.js';
import { words } from './words.js';

type PerLang = Record<Lang, string[]>;

export interface MetricWords {
  vague: PerLang;
  levels: PerLang;
  deadlineWords: PerLang;
  months: PerLang;
  units: PerLang;
  after: PerLang;
}

const WORDS: MetricWords = {
  vague: words('metric-quality', 'VAGUE'),
  levels: words('metric-quality', 'LEVELS'),
  deadlineWords: words('metric-quality', 'DEADLINE_WORDS'),
  months: words('metric-quality', 'MONTHS'),
  units: words('metric-quality', 'UNITS'),
  after: words('metric-quality', 'AFTER'),
};

export function metricWords(): MetricWords {
  return WORDS;
}
