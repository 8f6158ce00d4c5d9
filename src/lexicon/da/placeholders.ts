/**
 * The da words of src/lexicon/placeholders.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  PLACEHOLDER_WORDS: ['ukendt', 'ved ikke', 'vides ikke', 'uafklaret', 'ikke afklaret', 'mangler', 'ingen'],
  NOTED_PLACEHOLDER_WORDS: ['ukendt', 'uafklaret', 'ikke afklaret'],
  PENDING_WORDS: ['afventer', 'udpeges senere', 'afklares', 'besluttes senere', 'fastsættes senere'],
};
