/**
 * The da words of src/lexicon/risk-and-privacy.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  RISK: ['risiko*', 'risici'],
  CLOUD: ['cloudløsning*', 'cloudtjeneste*', 'i skyen'],
  PERSONAL_DATA: ['personoplysning*', 'personhenførbar*', 'helbredsoplysning*', 'cpr-nummer*', 'cpr-numre'],
  RISK_ASSESSMENT: ['ros-analyse*', 'ros analyse*', 'risiko- og sårbarhedsanalyse*', 'konsekvensanalyse*'],
  DATA_PROCESSING_AGREEMENT: ['databehandleraftale*'],
  SECURITY_PLAN: ['it-sikkerhedsplan*', 'sikkerhedsplan*', 'informationssikkerhedspolitik*'],
};
