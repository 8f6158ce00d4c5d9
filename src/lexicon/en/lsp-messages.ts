/**
 * The en words of src/lsp/messages.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  'MESSAGES/fix': 'Fix: {message}',
  'MESSAGES/howToFix': 'How to fix',
  'MESSAGES/config': 'The itstrat configuration cannot be used, so this file is not linted: {detail}',
};
