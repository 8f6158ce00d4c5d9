/**
 * The da words of src/lexicon/language-markers.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  LANGUAGE_MARKERS: [
    'af',
    'hvad',
    'nogle',
    'efter',
    'ejer',
    'projektet',
    'kommunen',
    'vil',
    'blive',
    'gevinster',
    'løsning',
    'udvikling',
    'være',
    'ikke',
    'hvor',
  ],
  CLOSE_LANGUAGE_MARKERS: ['af', 'ejer', 'nogle', 'hvad', 'efter', 'udvikling', 'kommunens', 'projektejer', 'gevinstrealisering', 'opfølgning', 'omkostninger'],
  LANGUAGE_LETTERS: ['æ', 'ø'],
};
