/**
 * The da words of src/lexicon/architecture.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  INTEGRATION: ['integration*', 'integrere*'],
  DATA_REUSE: [
    'genbrug*',
    'eksisterende data',
    'eksisterende oplysninger',
    'allerede registrere*',
    'allerede findes',
    'allerede har',
    'hentes fra',
    'hentes automatisk',
    'hentes direkte',
    'overføres automatisk',
    'slås op i',
    'opslag i',
    'grunddata',
    'kun én gang',
    'kun en gang',
    'fødes og vedligeholdes',
    'stamdata',
    'eksisterende stamdata',
    'eksisterende grunddata',
    'dobbeltindtast*',
    'dobbeltregistrer*',
    'tastes to gange',
    'indtastes to gange',
    'uden genindtastning',
    'genindtast*',
  ],
  OPENNESS: ['åbne standarder', 'åben standard', 'åbne snitflader', 'api', 'integration*', 'integrere*', 'åbne data'],
  SECURITY_LEVEL: ['sikkerhedsniveau*', 'informationsklassifikation*', 'dataklassifikation*'],
  APPLICATION_PORTFOLIO: ['applikationsportefølje*', 'systemoversigt*'],
  REUSE_SOLUTIONS: ['genbrug*', 'eksisterende', 'fælles platform*'],
};
