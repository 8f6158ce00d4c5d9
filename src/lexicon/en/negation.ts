/**
 * The en words of src/lexicon/negation.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  NEGATION: ['not', 'never', 'neither', 'nor', 'cannot', "don't", "doesn't", "isn't", "aren't", "won't", "hasn't", "haven't", "wasn't"],
  NOT_YET: ['not yet', 'yet to'],
  NONE: ['no', 'none'],
  ABSENCE: ['without', 'missing', 'lacks', 'lacking'],
  // "… fremfor å kjøpe et eget skjemaverktøy", "rather than buying": the alternative not taken.
  OPTING_OUT: ['opts out of', 'opted out of', 'rather than', 'instead of buying', 'instead of building'],
  ANSWER_NO: ['false'],
  ANSWER_YES: ['yes', 'true'],
};
