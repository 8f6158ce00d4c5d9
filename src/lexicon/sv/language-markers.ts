/**
 * The sv words of src/lexicon/language-markers.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  LANGUAGE_MARKERS: [
    'och',
    'att',
    'som',
    'för',
    'inte',
    'är',
    'med',
    'till',
    'ska',
    'kommunen',
    'projektet',
    'nytta',
    'lösning',
    'utveckling',
    'ägare',
    'också',
  ],
  LANGUAGE_LETTERS: ['ä', 'ö'],
};
