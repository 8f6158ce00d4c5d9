/**
 * The currency of a business case, known one way for every reader: the business-case rule
 * (`noCurrency` only when none can be known) and the figures (stylish summary, JSON
 * `businessCase.currency`, the portfolio report).
 *
 * 1. The stated currency (`currency`, *Valuta*): its ISO code ("DKK", "Danske kroner (DKK)");
 *    "kr." or "kroner" there is kroner, settled as in 3; anything else as written.
 * 2. Else one ISO code or sign written in the business case's text ("Alle beløb i EUR.",
 *    "| Belopp (SEK) |", "€84,000"), when it names exactly one.
 * 3. Else, when its amounts are written in kroner with no code ("t.kr.", "1.000 kr.", "tkr",
 *    "mio. kr.", "kronor"), the currency of the country of the strategies in force (data/strategies/:
 *    Esbjerg → DKK, Stockholm → SEK, IKT Follo → NOK); with none in force, the currency of the
 *    proposal's language (da → DKK, sv → SEK, nb → NOK). An English proposal with kroner and no
 *    strategy could be from any of the three: no currency.
 */
import type { ModelNode, Proposal, Range } from '../model/model.js';
import { asList, get, textOf, textsOf } from '../model/access.js';
import { isGiven } from './given.js';
import { allPhrases, findPhrase } from '../lexicon/phrases.js';
import { currencyCodesIn, KRONER } from '../lexicon/units.js';
import { currencyOfLanguage, strategyById } from '../lexicon/strategies.js';

/** How the currency is known: stated, written in the text, or kroner settled by the strategy's country or the proposal's language. */
export type CurrencySource = 'stated' | 'written' | 'strategy' | 'language';

export interface Currency {
  /** ISO 4217 where known ("DKK"); a stated currency with no code, as written, in capitals. */
  code: string;
  source: CurrencySource;
}

const KRONER_WORDS = allPhrases(KRONER);

/** Whether a text writes an amount in kroner ("Beløb i t.kr.", "120 000 kr", "1 500 tkr"). */
export function inKroner(text: string): boolean {
  return findPhrase(text, KRONER_WORDS) !== undefined;
}

/**
 * Which kroner: the one currency of the strategies in force, else (with none in force) that of
 * the proposal's language. Strategies of two countries in force settle it only when the
 * proposal's language names one of theirs.
 */
export function kronerCurrency(proposal: Proposal, strategies: ReadonlySet<string>): Currency | undefined {
  const ofStrategies = new Set([...strategies].flatMap((id) => strategyById(id)?.currency ?? []));
  const ofLanguage = currencyOfLanguage(proposal.language);
  if (ofStrategies.size === 1) return { code: [...ofStrategies][0]!, source: 'strategy' };
  if (ofStrategies.size > 1) return ofLanguage && ofStrategies.has(ofLanguage) ? { code: ofLanguage, source: 'language' } : undefined;
  return ofLanguage ? { code: ofLanguage, source: 'language' } : undefined;
}

/** The currency of the business case, if it can be known; `strategies` are those in force (the rule context's set). */
export function businessCaseCurrency(proposal: Proposal, strategies: ReadonlySet<string> = new Set()): Currency | undefined {
  const businessCase = get(proposal, 'businessCase');
  if (!businessCase) return undefined;
  const stated = businessCase.kind === 'map' ? get(businessCase, 'currency') : undefined;
  if (isGiven(stated)) {
    const text = textOf(stated).trim();
    const codes = new Set(currencyCodesIn(text, { ignoreCase: true }));
    if (codes.size === 1) return { code: [...codes][0]!, source: 'stated' };
    if (inKroner(text)) {
      const kroner = kronerCurrency(proposal, strategies);
      if (kroner) return kroner;
    }
    return { code: text.toUpperCase(), source: 'stated' };
  }
  const written = businessCaseTexts(proposal);
  const codes = new Set(written.flatMap((text) => currencyCodesIn(text)));
  if (codes.size === 1) return { code: [...codes][0]!, source: 'written' };
  if (codes.size > 1) return undefined;
  return written.some(inKroner) ? kronerCurrency(proposal, strategies) : undefined;
}

/**
 * The business case's words as written: its heading, strings and sections ("Alle beløb i kr.", a column
 * header "Beløp (kr)"), and each amount as it stands in the file, on its line ("1.200.000 kr." in YAML
 * is read as a number; the "kr." is still there in the source).
 */
function businessCaseTexts(proposal: Proposal): string[] {
  const found = textsOf(proposal, 'businessCase').map((hit) => hit.text);
  // A section's heading may carry the unit: "## Økonomi (1.000 kr.)".
  const heading = get(proposal, 'businessCase')?.key;
  if (heading) found.push(heading);
  let lines: string[] | undefined;
  const sourceAt = (range: Range): string => {
    if (range.line !== range.endLine) return '';
    lines ??= proposal.source.split(/\r\n|\r|\n/);
    return (lines[range.line - 1] ?? '').slice(range.column - 1, range.endColumn - 1);
  };
  for (const path of ['businessCase.costs', 'businessCase.benefits']) {
    for (const line of asList(get(proposal, path))) {
      const amount = line.kind === 'map' ? get(line, 'amount') : undefined;
      if (amount) found.push(sourceAt(amount.range));
    }
  }
  for (const total of ['businessCase.totals.costs', 'businessCase.totals.benefits']) {
    const node: ModelNode | undefined = get(proposal, total);
    if (node) found.push(sourceAt(node.range));
  }
  return found;
}
