/**
 * The sv words of src/lsp/messages.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  'MESSAGES/fix': 'Åtgärda: {message}',
  'MESSAGES/howToFix': 'Så åtgärdar du det',
  'MESSAGES/config': 'itstrat-konfigurationen kan inte användas, så filen granskas inte: {detail}',
};
