/**
 * The en words of src/lexicon/placeholders.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  PLACEHOLDER_WORDS: ['none', 'unknown'],
  PENDING_WORDS: ['awaiting', 'pending', 'decided later', 'to be decided', 'to be appointed', 'to be confirmed', 'to be determined', 'to be agreed'],
};
