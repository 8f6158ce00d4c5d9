/**
 * The en words of src/lexicon/architecture.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  INTEGRATION: ['integration*', 'integrate*'],
  DATA_REUSE: [
    'reuse*',
    're-use*',
    'existing data',
    'data already',
    'already registered',
    'already held',
    'fetched from',
    'retrieved from',
    'looked up',
    'lookup*',
    'base data',
    'master data',
    'once only',
    'only once',
    'once-only',
    'already hold',
    'already holds',
    'already has',
    'already have',
    'we already',
    'existing register*',
    're-keying',
    'rekeying',
    're-entering',
    'double entry',
    'duplicate entry',
  ],
  OPENNESS: ['open standard*', 'open interface*', 'open api*', 'api', 'apis', 'integration*', 'integrate*', 'open data'],
  SECURITY_LEVEL: ['security level', 'security programme', 'security program', 'information classification', 'protection level'],
  APPLICATION_PORTFOLIO: ['application portfolio', 'application register', 'application inventory'],
  REUSE_SOLUTIONS: ['reuse*', 're-use*', 'existing', 'common platform*', 'shared platform*'],
};
