/**
 * The da words of src/lsp/messages.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  'MESSAGES/fix': 'Ret: {message}',
  'MESSAGES/howToFix': 'Sådan retter du det',
  'MESSAGES/config': 'itstrat-konfigurationen kan ikke bruges, så filen kontrolleres ikke: {detail}',
};
