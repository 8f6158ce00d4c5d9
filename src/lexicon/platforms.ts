/**
 * platforms: words the tool understands, per language (the lexicon is their one home).
 */
import type { WordLists } from './phrases.js';

/** An exception decided by the kommunstyrelse, said in prose. * Read by `common-platforms`.
 */
export const EXCEPTION_DECIDED: WordLists = {
  sv: ['undantagsbeslut*', 'beslut om undantag', 'beslutat om undantag', 'beslutade om undantag', 'beviljat undantag', 'beviljade undantag', 'medgett undantag', 'medgav undantag', 'undantag beviljat*', 'undantag beviljades', 'undantag medgavs'],
  en: ['exception decision', 'decision on an exception', 'granted an exception', 'decided on an exception', 'exception was granted', 'exception granted'],
  da: ['undtagelse bevilget', 'bevilget undtagelse', 'beslutning om undtagelse', 'dispensation'],
  nb: ['unntak innvilget', 'innvilget unntak', 'vedtak om unntak', 'dispensasjon'],
};
