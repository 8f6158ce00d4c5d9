/**
 * The da words of src/lexicon/records.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  RECORDS_MANAGEMENT: ['journaliser*', 'journalisering*', 'sagsbehandl*', 'esdh', 'arkivering*', 'arkiveres'],
  PRESERVATION: ['bevaring*', 'kassation*', 'arkiveringsversion*', 'aflevering*'],
};
