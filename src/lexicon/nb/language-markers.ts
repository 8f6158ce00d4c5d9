/**
 * The nb words of src/lexicon/language-markers.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  LANGUAGE_MARKERS: [
    'av',
    'hva',
    'noen',
    'etter',
    'eier',
    'prosjektet',
    'kommunen',
    'vil',
    'bli',
    'gevinster',
    'løsning',
    'utvikling',
    'være',
    'ikke',
    'hvor',
    'skal',
    'også',
    'tjenester',
  ],
  CLOSE_LANGUAGE_MARKERS: ['av', 'eier', 'noen', 'hva', 'etter', 'utvikling', 'prosjekt', 'prosjekteier', 'oppfølging', 'kostnader', 'tjenester', 'innbyggere'],
  LANGUAGE_LETTERS: ['æ', 'ø'],
};
