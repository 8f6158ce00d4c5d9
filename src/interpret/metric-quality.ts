/**
 * Is a follow-up target measurable, and does it say by when? Shared by the metric rules of
 * every strategy (Oskarshamn OSK-10/11, Stockholm STH-6). The words live in
 * src/lexicon/metric-quality.ts, per language.
 *
 * A target is measurable when, once its deadline is taken out ("senast 2026", "by the end of
 * 2027"), it still holds a number ("80 %", "NKI 75", "nivå 4") or a word that states a level
 * ("alla", "halvering"). A target without either is not; when it holds a direction word
 * ("fler", "bättre", "higher") that word is what the author should replace by a number.
 */
import type { Lang } from '../model/model.js';
import { LANGS } from '../model/model.js';
import { metricWords } from '../lexicon/metric-quality.js';
import { findPhrase, fold } from '../lexicon/phrases.js';

type PerLang = Record<Lang, string[]>;

const L = '[\\p{L}\\p{N}]';
const YEAR = `(?:19|20)\\d\\d(?!${L})`;

function alternatives(lists: PerLang): string {
  const all = [...new Set(LANGS.flatMap((lang) => lists[lang].map((word) => fold(word))))].sort((a, b) => b.length - a.length);
  return all.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
}

let patterns: { dated: RegExp; anyDate: RegExp } | undefined;

/**
 * `dated`: expressions that make a deadline inside prose — a full date, a month or quarter
 * with a year, a year after a deadline word ("vid utgången av 2012"), or a span after a
 * milestone ("6 månader efter driftstart"). `anyDate` adds a bare year, for a deadline field.
 */
function deadlinePatterns(): { dated: RegExp; anyDate: RegExp } {
  if (patterns) return patterns;
  const w = metricWords();
  const start = `(?<!${L})`;
  const iso = `\\d{4}-\\d{2}(?:-\\d{2})?(?!${L})`;
  const dmy = `\\d{1,2}[./]\\d{1,2}[./]${YEAR}`;
  const month = `(?:${alternatives(w.months)})\\.?\\s+(?:\\d{1,2},?\\s+)?${YEAR}`;
  const quarter = `(?:q|t|h)[1-4]\\s*${YEAR}`;
  const worded = `(?:${alternatives(w.deadlineWords)})\\s+(?:[^\\s\\d%]+\\s+){0,3}?(?:${iso}|${dmy}|${YEAR})`;
  const count = `(?:\\d+(?:[.,]\\d+)?|\\p{L}+)`;
  const units = `(?:${alternatives(w.units)})`;
  const relative = `${count}\\s+${units}\\s+(?:${alternatives(w.after)})(?!${L})`;
  const within = `(?:${alternatives(w.deadlineWords)}|${alternatives(w.after)})\\s+${count}\\s+${units}(?!${L})`;
  const dated = `${start}(?:${iso}|${dmy}|${month}|${quarter}|${worded}|${relative}|${within})`;
  patterns = {
    dated: new RegExp(dated, 'giu'),
    anyDate: new RegExp(`${dated}|${start}${YEAR}`, 'iu'),
  };
  return patterns;
}

/** The deadline a text states ("senast 2026-12-31", "by the end of 2027"), if any. */
export function deadlineIn(text: string): string | undefined {
  const { dated } = deadlinePatterns();
  dated.lastIndex = 0;
  return dated.exec(fold(text))?.[0];
}

/** A deadline field says when: a date, a year, a month or quarter with a year, or a span after a milestone. */
export function isDeadline(value: string | number): boolean {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1900 && value < 2100;
  return deadlinePatterns().anyDate.test(fold(value));
}

export interface TargetQuality {
  measurable: boolean;
  /** A direction word found in a target that is not measurable ("fler", "bedre", "higher"). */
  vague?: string;
}

/** Whether a target states a level, judged in the proposal's language (direction words in all four). */
export function targetQuality(value: string | number, lang: Lang): TargetQuality {
  if (typeof value === 'number') return { measurable: true };
  const { dated } = deadlinePatterns();
  const rest = fold(value).replace(dated, ' ');
  if (/\p{N}/u.test(rest)) return { measurable: true };
  const w = metricWords();
  if (findPhrase(rest, w.levels[lang])) return { measurable: true };
  const order = [lang, ...LANGS.filter((other) => other !== lang)];
  for (const language of order) {
    const vague = findPhrase(rest, w.vague[language]);
    if (vague) return { measurable: false, vague };
  }
  return { measurable: false };
}
