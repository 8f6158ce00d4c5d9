/**
 * The en words of src/lexicon/records.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  RECORDS_MANAGEMENT: ['records management', 'record-keeping', 'recordkeeping', 'case handling', 'case management', 'archiving', 'archived'],
  PRESERVATION: ['preservation', 'retention', 'disposal', 'deposit*'],
};
