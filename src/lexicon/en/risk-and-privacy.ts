/**
 * The en words of src/lexicon/risk-and-privacy.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  RISK: ['risk*'],
  CLOUD: ['cloud*', 'saas', 'software as a service', 'azure', 'aws', 'microsoft 365', 'office 365', 'm365', 'google workspace'],
  PERSONAL_DATA: ['personal data', 'personal information', 'health data', 'special categories'],
  RISK_ASSESSMENT: ['ros analysis', 'risk and vulnerability analys*', 'dpia', 'data protection impact assessment'],
  DATA_PROCESSING_AGREEMENT: ['data processing agreement*', 'dpa'],
  SECURITY_PLAN: ['security plan*', 'information security policy', 'security policy'],
};
