/**
 * bodies: words the tool understands, per language (the lexicon is their one home).
 */
import type { WordLists } from './phrases.js';

/** Read by `approval-and-organisation`. */
export const CHIEF_EXECUTIVES_COUNCIL: WordLists = {
  nb: ['rådmannskollegi*', 'rådmanskollegi*'],
  en: ['council of chief executives', "chief executives' council", 'chief executives council'],
};

/** Read by `common-platforms`. */
export const CITY_EXECUTIVE_BOARD: WordLists = { sv: ['kommunstyrelse*', 'ks'], en: ['city executive board', 'executive board'], da: ['økonomiudvalg*', 'kommunalbestyrelse*'], nb: ['formannskap*', 'bystyre*'] };
