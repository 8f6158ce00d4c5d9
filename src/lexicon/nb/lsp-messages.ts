/**
 * The nb words of src/lsp/messages.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  'MESSAGES/fix': 'Rett: {message}',
  'MESSAGES/howToFix': 'Slik retter du det',
  'MESSAGES/config': 'itstrat-konfigurasjonen kan ikke brukes, så filen kontrolleres ikke: {detail}',
};
