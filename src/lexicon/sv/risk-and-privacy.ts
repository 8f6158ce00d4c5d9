/**
 * The sv words of src/lexicon/risk-and-privacy.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  RISK: ['risk*'],
  CLOUD: ['molntjänst*', 'i molnet', 'molnbaserad*'],
  PERSONAL_DATA: ['personuppgift*', 'personnummer*', 'hälsouppgift*'],
  RISK_ASSESSMENT: ['ros-analys*', 'risk- och sårbarhetsanalys*', 'konsekvensbedömning*'],
  DATA_PROCESSING_AGREEMENT: ['personuppgiftsbiträdesavtal*', 'biträdesavtal*', 'pub-avtal*'],
  SECURITY_PLAN: ['it-säkerhetsplan*', 'säkerhetsplan*', 'informationssäkerhetsplan*', 'informationssäkerhetspolicy*', 'säkerhetspolicy*'],
};
