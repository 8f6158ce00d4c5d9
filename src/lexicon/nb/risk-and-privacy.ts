/**
 * The nb words of src/lexicon/risk-and-privacy.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  RISK: ['risiko*'],
  CLOUD: ['skytjeneste*', 'skyløsning*', 'skybasert*', 'nettsky*', 'i skyen', 'skyleverandør*'],
  PERSONAL_DATA: ['personopplysning*', 'helseopplysning*', 'pasientopplysning*', 'fødselsnummer*', 'personnummer*', 'særlige kategorier'],
  RISK_ASSESSMENT: ['ros-analyse*', 'ros analyse*', 'risiko- og sårbarhetsanalyse*', 'personvernkonsekvensvurdering*', 'konsekvensanalyse*'],
  DATA_PROCESSING_AGREEMENT: ['databehandleravtale*'],
  SECURITY_PLAN: ['it-sikkerhetsplan*', 'sikkerhetsplan*', 'informasjonssikkerhetspolicy*'],
};
