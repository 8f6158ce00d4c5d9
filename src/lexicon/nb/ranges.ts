/**
 * The nb words of src/lexicon/ranges.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  FROM_WORDS: ['fra', 'frå'],
  TO_WORDS: ['til'],
  BOUNDS: ['høyst', 'minst', 'under', 'over', 'maks.', 'maksimalt', 'min.'],
  MONTHS: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  PROJECT_PERIOD: ['prosjektperiode*', 'gjennomføres', 'varer', 'tidsplan*', 'fremdriftsplan*'],
};
