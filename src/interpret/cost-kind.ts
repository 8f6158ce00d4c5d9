/**
 * The kind of a cost line — investment or operating — decided once, here, for every reader: the
 * business-case rule, the figures (stylish summary, JSON `businessCase`, the portfolio report).
 * A kind the author states wins; otherwise the words of the line decide (the first kind word in
 * it, as a reader takes it); otherwise the line has no kind. YAML and Markdown give the same
 * answer because both arrive here as the same model.
 */
import type { ModelNode } from '../model/model.js';
import { get, textOf } from '../model/access.js';
import { COST_KIND_HINTS } from '../lexicon/cost-kinds.js';
import { allPhrases, phraseMatches } from '../lexicon/phrases.js';
import { KIND_VALUES } from '../lexicon/vocabulary.js';

export type CostKind = 'investment' | 'operating';
const KINDS: readonly CostKind[] = ['investment', 'operating'];

let words: { phrases: string[]; kindOf: Map<string, CostKind> } | undefined;

/** The kinds' names and hints as one phrase list (one pass over the text), each phrase knowing its kind. */
function kindWords(): { phrases: string[]; kindOf: Map<string, CostKind> } {
  if (!words) {
    const kindOf = new Map<string, CostKind>();
    for (const kind of KINDS) {
      for (const phrase of [...(KIND_VALUES[kind] ?? []), ...allPhrases(COST_KIND_HINTS[kind])]) if (!kindOf.has(phrase)) kindOf.set(phrase, kind);
    }
    words = { phrases: [...kindOf.keys()], kindOf };
  }
  return words;
}

/** The kind the words of a text name first ("Licens til bookingsystem" → operating), if any. */
export function costKindIn(text: string): CostKind | undefined {
  const { phrases, kindOf } = kindWords();
  const first = phraseMatches(text, phrases)[0];
  return first ? kindOf.get(first.phrase) : undefined;
}

/** A cost line's kind: as stated, else as its kind text and its words (the line as written, else its item) say, else undefined. */
export function costKind(line: ModelNode): CostKind | undefined {
  if (line.kind !== 'map') return costKindIn(textOf(line));
  const stated = textOf(get(line, 'kind'));
  if ((KINDS as readonly string[]).includes(stated)) return stated as CostKind;
  return costKindIn(`${stated} ${line.text ?? textOf(get(line, 'item'))}`);
}
