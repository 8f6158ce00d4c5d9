/**
 * units: currencies, the scales that multiply an amount, and units of time, per language —
 * one home for what src/interpret/amount.ts (amounts in a cell), the Markdown loader (amounts
 * in running text, a table column's unit) and business-case (the currency stated) each listed.
 */
import type { WordLists } from './phrases.js';
import { someWords, words } from './words.js';

/** ISO codes of the currencies of the strategies' countries (and the euro), as written. */
export const CURRENCY_CODES: readonly string[] = ['DKK', 'SEK', 'NOK', 'EUR'];

/** Signs of a currency written before or after an amount ("kr. 40", "1.200 DKK", "€84,000"). */
export const CURRENCY_SIGNS: WordLists = words('units', 'CURRENCY_SIGNS');

/** Currencies written out after an amount ("1.200 kroner", "250 000 kronor", "40 euro"). */
export const CURRENCY_WORDS: WordLists = words('units', 'CURRENCY_WORDS');

/**
 * Kroner as budgets write them with no ISO code: "kr.", "1.000 kr.", "t.kr.", "mio. kr." (the
 * "kr" in them counts as a word), "tkr", "mkr", "kroner", "kronor". Which krone they are — DKK,
 * SEK or NOK — the country of the strategy decides (src/interpret/currency.ts).
 */
export const KRONER: WordLists = someWords('units', 'KRONER');

/** Marks that close an amount of kroner ("1.200,-", "500:-"). */
export const AMOUNT_MARKS: WordLists = someWords('units', 'AMOUNT_MARKS');

/**
 * Scales: the words after (or glued to) a number that multiply it. `inProse: false` marks the
 * short forms that in running text are something else ("30 t" hours, "5 m" metres): they count
 * in an amount cell and a column's unit, not in a sentence.
 */
export interface Scale {
  factor: number;
  words: WordLists;
  /** Short forms read only where an amount is expected. */
  shortForms?: readonly string[];
}

export const SCALES: readonly Scale[] = [
  {
    factor: 1e9,
    words: words('units', 'SCALES/0/words'),
    shortForms: ['bn'],
  },
  {
    factor: 1e6,
    words: words('units', 'SCALES/1/words'),
    shortForms: ['mn', 'm'],
  },
  {
    factor: 1e3,
    words: words('units', 'SCALES/2/words'),
    shortForms: ['t', 't.', 'k'],
  },
];

/** Years after a number of them ("5 år", "5 years"). */
export const YEAR_WORDS: WordLists = words('units', 'YEAR_WORDS');

/**
 * The ISO codes written in a text, in order ("DKK 1.200.000", "250 000 SEK"), with "EUR" first
 * where a "€" is. `ignoreCase` also reads "dkk".
 */
export function currencyCodesIn(text: string, options: { ignoreCase?: boolean } = {}): string[] {
  const pattern = options.ignoreCase ? CODES_ANY_CASE : CODES;
  const found = [...text.matchAll(pattern)].map((match) => match[1]!.toUpperCase());
  return text.includes('€') ? ['EUR', ...found] : found;
}

const CODES = new RegExp(`(?<![A-Za-z])(${CURRENCY_CODES.join('|')})(?![A-Za-z])`, 'g');
const CODES_ANY_CASE = new RegExp(CODES.source, 'gi');

/**
 * A sentence that states the unit of every amount in the document ("Alle beløb i t.kr.", "All
 * amounts in EUR", "Belopp anges i tkr"): what follows it is the unit — a scale, a currency or
 * both — for tables whose own header states none.
 */
export const AMOUNTS_STATED_IN: WordLists = words('units', 'AMOUNTS_STATED_IN');

/** How often an amount recurs, as a column header qualifies it ("Beløb per år", "Belopp/år", "Amount per year"). */
export const PER_YEAR: WordLists = words('units', 'PER_YEAR');
