/**
 * The nb words of src/lexicon/operations.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  PROVEN_IN_USE: [
    'utprøvd*',
    'velprøvd*',
    'i drift hos',
    'i bruk hos',
    'i bruk i',
    'brukes allerede',
    'brukes i dag av',
    'andre kommuner',
    'flere kommuner',
    'mange kommuner',
    'kommuner bruker',
    'referanser',
    'referansekunde*',
    'standardsystem*',
    'standardprodukt*',
    'standardløsning*',
  ],
  RELIABILITY: ['driftssikker*', 'leveransesikker*', 'oppetid*', 'nedetid*', 'sla', 'tjenestenivå*', 'stabil drift', 'beredskap*'],
  EXTERNAL_OPERATION: ['ekstern drift', 'driftes eksternt', 'driftes av leverandør*', 'egen drift', 'skytjeneste*', 'driftsmodell*', 'driftsform*'],
  OPERATIONS_AGREEMENT: ['driftsavtale*', 'drift og forvaltning', 'driftskontrakt*'],
};
