/**
 * A cost stated in a sentence rather than as a cost line: "Opplæring er budsjettert med NOK
 * 20 000", "Uddannelse af vagtledere: 40.000 kr." — a sentence that names the thing (one of
 * the phrases) in a clause that affirms it, and states an amount.
 */
import type { TextHit } from '../model/access.js';
import { phraseMatches } from '../lexicon/phrases.js';
import { clauseAt, fulfils } from './polarity.js';
import { amountIn } from './reading/money-lines.js';

export function costStatedIn(hits: readonly TextHit[], phrases: readonly string[]): boolean {
  return hits.some((hit) =>
    phraseMatches(hit.text, phrases).some((match) => {
      const clause = clauseAt(hit.text, match.index);
      if (!clause || !fulfils(clause.polarity, { planned: 'any' })) return false;
      const { index, length } = clause.sentence;
      return amountIn(hit.text.slice(index, index + length)) !== undefined;
    }),
  );
}
