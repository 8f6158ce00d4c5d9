/**
 * Words that make a cost line a one-off investment or a running (operating) cost when the line
 * states no kind: "Licens til bookingsystem", "Drift og support", "Lisenser per år",
 * "Anskaffelse og implementering". Matched through the phrase matcher (`*` ends a word: "drift*"
 * finds "driftsomkostninger"). The kinds' own names (vocabulary `KIND_VALUES`) count as well.
 */
import type { WordLists } from './phrases.js';
import { words } from './words.js';

export const COST_KIND_HINTS: Readonly<Record<'investment' | 'operating', WordLists>> = {
  investment: words('cost-kinds', 'COST_KIND_HINTS/investment'),
  operating: words('cost-kinds', 'COST_KIND_HINTS/operating'),
};

/**
 * Words that state a line's kind only where a kind is stated — a kind column (*Art*, *Typ*,
 * *Type*) or a `kind:` key — and are too loose to decide it from an item's words: wages sit in
 * the municipal operating budget (drift: *løn*, *lön*, *lønn*), but "Løn til projektleder" may
 * be project time; a budget table's *gevinst* / *nytta* / *benefit* row is a priced benefit
 * (financial), but "benefit tracking tool" is a cost. Read by the kind's values in
 * `vocabulary.ts` (with `KIND_VALUES` and the hints above), never matched in running text.
 */
export const STATED_KINDS: Readonly<Record<'investment' | 'operating' | 'financial', WordLists>> = {
  investment: words('cost-kinds', 'STATED_KINDS/investment'),
  operating: words('cost-kinds', 'STATED_KINDS/operating'),
  financial: words('cost-kinds', 'STATED_KINDS/financial'),
};
