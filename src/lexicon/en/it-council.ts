/**
 * The en words of src/lexicon/it-council.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  IT_COUNCIL: ['it council', 'it board', 'it chief', 'head of it', 'chief information officer'],
  NOTIFY: ['notif*', 'inform*', 'report*', 'told', 'presented to', 'brought before'],
  JOINT_DECISION: ['joint decision', 'jointly decided', 'decided jointly', 'heads of administration group'],
  SOLE_DECISION: ['decides alone', 'decided alone', 'on its own', 'without a joint decision'],
};
