/**
 * The nb words of src/lexicon/placeholders.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  PLACEHOLDER_WORDS: ['ikke avklart', 'ukjent', 'vet ikke', 'uavklart', 'ingen', 'mangler'],
  NOTED_PLACEHOLDER_WORDS: ['ikke avklart', 'ukjent', 'uavklart'],
  PENDING_WORDS: ['avventer', 'avklares', 'besluttes senere', 'bestemmes senere', 'fastsettes senere'],
};
