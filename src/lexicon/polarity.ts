/**
 * The trigger words of statement polarity (`src/interpret/polarity.ts`), one list per concept
 * and per language, as NegEx keeps its triggers: a trigger word, and a scope — the clause it
 * stands in (a sentence, cut at "but", "men", ";" …).
 *
 * - negation: the clause says the thing is *not* so ("Vi anvender ikke Digital Post").
 * - pseudo-negation: phrases that contain a negation word but negate nothing ("ikke kun",
 *   "not only", "no later than"); they are removed before negation is looked for.
 * - deferral: the thing is put off to an unnamed later moment or an event after the decision
 *   ("senere", "når leverandøren er valgt", "vurderes nærmere", "to be decided").
 * - plan: the clause speaks of the future ("vil bli gjennomført", "skal inngås", "kommer att",
 *   "planned"); with a date or an anchoring event before the decision it is a plan with a date.
 * - anchor: an event before the decision or go-live that dates a plan as well as a date does
 *   ("før kontrakten inngås", "before go-live", "sammen med kontrakten").
 * - clause break: where a trigger's scope ends inside a sentence.
 */
import type { WordLists } from './phrases.js';
import { words } from './words.js';

export const PSEUDO_NEGATION: WordLists = words('polarity', 'PSEUDO_NEGATION');

export const DEFERRAL: WordLists = words('polarity', 'DEFERRAL');

export const PLAN: WordLists = words('polarity', 'PLAN');

export const ANCHOR: WordLists = words('polarity', 'ANCHOR');

/** Where a clause ends inside a sentence: a trigger's scope does not cross these. */
export const CLAUSE_BREAK: WordLists = words('polarity', 'CLAUSE_BREAK');

/** After a comma, the conjunctions that start a new clause ("…, og …", "…, while …"); a semicolon always does. */
export const CLAUSE_JOINERS: WordLists = words('polarity', 'CLAUSE_JOINERS');
