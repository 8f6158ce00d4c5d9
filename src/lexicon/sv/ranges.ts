/**
 * The sv words of src/lexicon/ranges.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  FROM_WORDS: ['från'],
  TO_WORDS: ['till', 't.o.m.'],
  BOUNDS: ['högst', 'minst', 'under', 'över', 'max', 'max.', 'maximalt', 'min.'],
  MONTHS: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  PROJECT_PERIOD: ['projektperiod*', 'genomförs', 'pågår', 'tidplan*'],
};
