/**
 * The da words of src/lexicon/ranges.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  FROM_WORDS: ['fra'],
  TO_WORDS: ['til'],
  BOUNDS: ['højst', 'mindst', 'under', 'over', 'maks.', 'maksimalt', 'min.'],
  MONTHS: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  PROJECT_PERIOD: ['projektperiode*', 'gennemføres', 'løber', 'tidsplan*'],
};
