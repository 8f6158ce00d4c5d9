/**
 * Amounts as authors write them in four languages: "1.200.000 kr.", "1 200 000 SEK",
 * "1,5 mio.", "250,000", "kr 40", "2,5 mnok". Returns undefined for anything that is not one
 * amount, so a rule can say "not an amount" at the cell.
 */
import { localeOf } from '../lexicon/words.js';
import type { Lang } from '../model/model.js';
import { allPhrases } from '../lexicon/phrases.js';
import { AMOUNT_MARKS, CURRENCY_SIGNS, CURRENCY_WORDS, currencyCodesIn, SCALES } from '../lexicon/units.js';

/** The scales' words (and short forms: an amount is expected here) and what they multiply by. */
const MULTIPLIERS: [Set<string>, number][] = SCALES.map((scale) => [new Set([...allPhrases(scale.words), ...(scale.shortForms ?? [])]), scale.factor]);

/** Currency signs that may stand before the number, longest first ("kr." before "kr"). */
const SIGNS = [...new Set(allPhrases(CURRENCY_SIGNS))].sort((a, b) => b.length - a.length);
const CURRENCY = new Set([...SIGNS, ...allPhrases(CURRENCY_WORDS), ...allPhrases(AMOUNT_MARKS)]);
const PER = /^(pr\.?|per|\/)/;

/** The text without a currency sign before its number ("kr. 40" → " 40"). */
function withoutSign(text: string): string {
  const sign = SIGNS.find((candidate) => text.startsWith(candidate) && /^\s*[0-9]/.test(text.slice(candidate.length)));
  return sign ? text.slice(sign.length) : text;
}

export function parseAmount(text: string): number | undefined {
  let rest = text
    .trim()
    .toLowerCase()
    .replace(/\u00a0|\u202f/g, ' ');
  if (!rest) return undefined;
  let sign = 1;
  if (/^[-−–]/.test(rest)) {
    sign = -1;
    rest = rest.slice(1).trim();
  }
  const match = /^\s*([0-9][0-9 .,']*)\s*(.*)$/.exec(withoutSign(rest));
  if (!match) return undefined;
  const digits = match[1]!.trim();
  let multiplier = 1;
  for (const word of match[2]!.split(/\s+/).filter(Boolean)) {
    const scale = MULTIPLIERS.find(([words]) => words.has(word));
    if (scale && multiplier === 1) multiplier = scale[1];
    else if (!CURRENCY.has(word) && !PER.test(word)) return undefined;
    else if (PER.test(word)) break;
  }
  const value = parseNumber(digits);
  if (value === undefined) return undefined;
  return (sign * Math.round(value * multiplier * 100)) / 100;
}

/**
 * "1.200.000", "1 200 000", "1,5", "1,234.50", "1.234,50" → number. A separator groups
 * thousands only where the groups are right (1–3 digits, then threes): "0,500" and
 * "1234.500" are decimals, "12 34" and "1.234.56" are not numbers.
 */
function parseNumber(raw: string): number | undefined {
  const text = raw.trim().replace(/[.,]$/, '');
  if (!/^[0-9]+(?:[ .,'][0-9]+)*$/.test(text)) return undefined;
  const dots = text.split('.').length - 1;
  const commas = text.split(',').length - 1;
  let integer = text;
  let fraction = '';
  let thousands = '';
  if (dots && commas) {
    const decimal = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
    if ((decimal === '.' ? dots : commas) > 1) return undefined;
    thousands = decimal === '.' ? ',' : '.';
    [integer, fraction] = text.split(decimal) as [string, string];
  } else if (dots + commas > 1) {
    thousands = dots ? '.' : ',';
  } else if (dots + commas === 1) {
    const separator = dots ? '.' : ',';
    const [before, after] = text.split(separator) as [string, string];
    if (/^[1-9][0-9]{0,2}$/.test(before) && after.length === 3) thousands = separator;
    else [integer, fraction] = [before, after];
  }
  const groups = integer.split(new RegExp(`[ '${thousands}]`));
  if (groups.length > 1 && (!/^[0-9]{1,3}$/.test(groups[0]!) || groups.slice(1).some((group) => group.length !== 3))) return undefined;
  if (/[ ']/.test(fraction)) return undefined;
  const value = Number(`${groups.join('')}${fraction ? `.${fraction}` : ''}`);
  return Number.isFinite(value) ? value : undefined;
}

const formats = new Map<Lang, Intl.NumberFormat>();

/** An amount as a reader of `lang` writes it ("1.450.000", "1 450 000"), for messages. */
export function formatAmount(value: number, lang: Lang): string {
  let format = formats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 2 });
    formats.set(lang, format);
  }
  return format
    .format(value)
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\u2212/g, '-');
}

/** The ISO currency code written beside an amount ("DKK 1.200.000", "250 000 SEK"), if any. */
export function currencyIn(text: string): string | undefined {
  return currencyCodesIn(text, { ignoreCase: true })[0];
}
