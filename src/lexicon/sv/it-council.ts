/**
 * The sv words of src/lexicon/it-council.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  IT_COUNCIL: ['it-råd*', 'it-chef*', 'it-chefen'],
  NOTIFY: ['anmäl*', 'informer*', 'meddela*', 'underrätt*', 'föredra*', 'delges', 'delgivits'],
  JOINT_DECISION: ['gemensamt beslut', 'gemensamma beslut', 'förvaltningschefsgrupp*', 'förvaltningschefsgruppen'],
  SOLE_DECISION: ['beslutar ensam', 'beslutas ensam', 'beslutar på egen hand', 'på egen hand', 'utan gemensamt beslut', 'utan ett gemensamt beslut'],
};
