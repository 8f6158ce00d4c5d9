/**
 * The nb words of src/lexicon/architecture.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  INTEGRATION: ['integrasjon*', 'integrere*'],
  DATA_REUSE: [
    'gjenbruk*',
    'eksisterende data',
    'eksisterende opplysninger',
    'allerede registrert*',
    'hentes fra',
    'hentes automatisk',
    'hentes direkte',
    'grunndata',
    'stamdata',
    'eksisterende stamdata',
    'eksisterende grunndata',
    'kun én gang',
    'bare én gang',
    'kun en gang',
    'bare en gang',
    'allerede har',
    'allerede finnes',
    'dobbeltregistrer*',
  ],
  OPENNESS: ['åpne standarder', 'åpen standard', 'åpne grensesnitt', 'api', 'integrasjon*', 'integrere*', 'åpne data'],
  SECURITY_LEVEL: ['sikkerhetsnivå*', 'informasjonsklassifisering*', 'sikkerhetsprogram*'],
  APPLICATION_PORTFOLIO: ['applikasjonsportefølje*', 'systemoversikt*'],
  REUSE_SOLUTIONS: ['gjenbruk*', 'eksisterende', 'felles plattform*'],
};
