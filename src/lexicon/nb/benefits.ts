/**
 * The nb words of src/lexicon/benefits.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  GAINS: ['gevinst*', 'frigjort*', 'frigjøre*', 'besparelse*', 'ressurser', 'timer', 'tid', 'årsverk*'],
  GAIN_USES: ['brukes til', 'brukes på', 'flyttes til', 'omdisponeres', 'reinvesteres', 'tas ut', 'går til'],
};
