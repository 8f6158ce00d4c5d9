/**
 * The sv words of src/lexicon/operations.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  PROVEN_IN_USE: [
    'beprövad*',
    'i drift hos',
    'i bruk hos',
    'används redan',
    'används i dag av',
    'andra kommuner',
    'flera kommuner',
    'många kommuner',
    'kommuner använder',
    'referenskund*',
    'referenser',
    'standardsystem*',
    'standardprodukt*',
    'standardlösning*',
  ],
  RELIABILITY: ['driftsäker*', 'leveranssäker*', 'tillgänglighet', 'drifttid', 'sla', 'servicenivå*', 'reservrutin*'],
  EXTERNAL_OPERATION: ['extern drift', 'driftas av leverantör*', 'driftas externt', 'egen drift', 'molntjänst*', 'driftform*', 'driftmodell*'],
  OPERATIONS_AGREEMENT: [
    'driftavtal*',
    'driftsavtal*',
    'avtal för drift',
    'avtal om drift',
    'drift och förvaltning',
    'driftleverantör*',
    'förvaltningsobjekt*',
    'förvaltningsavtal*',
    'gemensamma avtal*',
  ],
};
