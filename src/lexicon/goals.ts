/**
 * goals: words the tool understands, per language (the lexicon is their one home).
 */
import type { WordLists } from './phrases.js';
import { someWords, words } from './words.js';

/** Vision 2030 and the council's strategic goals (inriktningsmål, KF 1–3), as authors name them. Read by `council-goals`. */
export const COUNCIL_GOALS: WordLists = words('goals', 'COUNCIL_GOALS');

/** Esbjerg's two strategic choices and three prioritisation criteria, as authors name them. Read by `strategy-alignment`. */
export const ESBJERG_STRATEGY_TERMS: WordLists = someWords('goals', 'ESBJERG_STRATEGY_TERMS');

/**
 * A sentence that relates the proposal to the IT strategy itself ("vurderet i forhold til
 * it-strategiens prioriteringskriterier", "understøtter det 1. it-strategiske valg"): where the
 * proposal has no strategy-alignment section, this states it. Read by `strategy-alignment`.
 */
export const STRATEGY_REFERENCE: WordLists = words('goals', 'STRATEGY_REFERENCE');
