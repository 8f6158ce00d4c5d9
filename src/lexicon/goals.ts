/**
 * goals: words the tool understands, per language (the lexicon is their one home).
 */
import type { WordLists } from './phrases.js';

/** Vision 2030 and the council's strategic goals (inriktningsmål, KF 1–3), as authors name them. Read by `council-goals`. */
export const COUNCIL_GOALS: WordLists = {
  sv: [
    'vision 2030',
    'stockholm 2030',
    'fullmäktiges mål',
    'kommunfullmäktiges mål',
    'fullmäktiges inriktningsmål',
    'kommunfullmäktiges inriktningsmål',
    'inriktningsmål*',
    'kf-mål*',
    'kf:s mål',
    'kf 1',
    'kf 2',
    'kf 3',
    'kf1',
    'kf2',
    'kf3',
    'fullmäktigemål*',
    'stadens mål',
    'en stad i världsklass',
  ],
  en: [
    'vision 2030',
    "council's goals",
    "council's strategic goals",
    'council goals',
    "city council's goals",
    'strategic goals of the council',
    'goals of the city council',
  ],
  da: ['vision 2030', 'byrådets mål', 'kommunalbestyrelsens mål'],
  nb: ['vision 2030', 'bystyrets mål', 'kommunestyrets mål'],
};

/** Esbjerg's two strategic choices and three prioritisation criteria, as authors name them. Read by `strategy-alignment`. */
export const ESBJERG_STRATEGY_TERMS: WordLists = {
  da: [
    'fællesoffentlig*',
    'fælles offentlig*',
    'fælleskommunal*',
    'følg eller forklar',
    'standard*',
    'kommunal sammenhæng',
    'sammenhæng*',
    'effektiviser*',
    'it-strategi*',
    'strategiske valg',
    'prioriteringskriteri*',
    'genbrug*',
    'integration*',
    'integrere*',
    'eksisterende',
    'allerede har',
    'ét sted',
    'kun et sted',
    'esdh',
  ],
  en: [
    'shared public',
    'standard*',
    'coherence',
    'coherent',
    'efficiency',
    'it strategy',
    'strategic choice*',
    'priority criteri*',
    'prioritisation criteri*',
    'follow or explain',
    'reuse*',
    'integrat*',
    'existing',
    'one place',
    'once only',
  ],
};

/**
 * A sentence that relates the proposal to the IT strategy itself ("vurderet i forhold til
 * it-strategiens prioriteringskriterier", "understøtter det 1. it-strategiske valg"): where the
 * proposal has no strategy-alignment section, this states it. Read by `strategy-alignment`.
 */
export const STRATEGY_REFERENCE: WordLists = {
  da: ['it-strategi*', 'it-strategiske valg', 'strategiske valg', 'prioriteringskriteri*'],
  en: ['it strategy', "it strategy's", 'strategic choice*', 'prioritisation criteria', 'prioritization criteria', 'priority criteria'],
  sv: ['it-strategi*', 'it-programmet*'],
  nb: ['it-strategi*', 'ikt-strategi*', 'digitaliseringsstrategi*'],
};
