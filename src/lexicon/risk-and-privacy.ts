/**
 * risk-and-privacy: words the tool understands, per language (the lexicon is their one home).
 */
import type { WordLists } from './phrases.js';

/** Read by `post-calculation`. */
export const RISK: WordLists = { sv: ['risk*'], en: ['risk*'], da: ['risiko*', 'risici'], nb: ['risiko*'] };

/** Read by `ros-and-dpa`. */
export const CLOUD: WordLists = {
  nb: ['skytjeneste*', 'skyløsning*', 'skybasert*', 'nettsky*', 'i skyen', 'skyleverandør*'],
  da: ['cloudløsning*', 'cloudtjeneste*', 'i skyen'],
  sv: ['molntjänst*', 'i molnet', 'molnbaserad*'],
  en: ['cloud*', 'saas', 'software as a service', 'azure', 'aws', 'microsoft 365', 'office 365', 'm365', 'google workspace'],
};

/** Read by `ros-and-dpa`. */
export const PERSONAL_DATA: WordLists = {
  nb: ['personopplysning*', 'helseopplysning*', 'pasientopplysning*', 'fødselsnummer*', 'personnummer*', 'særlige kategorier'],
  da: ['personoplysning*', 'personhenførbar*', 'helbredsoplysning*', 'cpr-nummer*', 'cpr-numre'],
  sv: ['personuppgift*', 'personnummer*', 'hälsouppgift*'],
  en: ['personal data', 'personal information', 'health data', 'special categories'],
};

/**
 * The analysis and the agreement named in a sentence of the text ("ROS-analyse er
 * gjennomført.", "Databehandleravtale inngås før driftsstart.") count where the field is
 * absent — unless the sentence says they are not there.
 * Read by `ros-and-dpa`.
 */
export const RISK_AND_DPA_STATED: Record<string, string[]> = {
  'security.riskAssessment': [
    'ros-analyse*',
    'ros analyse*',
    'ros-analys*',
    'ros analysis',
    'risiko- og sårbarhetsanalyse*',
    'risiko- og sårbarhedsanalyse*',
    'risk- och sårbarhetsanalys*',
    'risk and vulnerability analys*',
    'dpia',
    'personvernkonsekvensvurdering*',
    'konsekvensanalyse*',
    'konsekvensbedömning*',
    'data protection impact assessment',
  ],
  'security.dataProcessingAgreement': [
    'databehandleravtale*',
    'databehandleraftale*',
    'personuppgiftsbiträdesavtal*',
    'biträdesavtal*',
    'pub-avtal*',
    'data processing agreement*',
    'dpa',
  ],
};

/** Read by `special-needs`. */
export const SECURITY_PLAN: WordLists = {
  sv: ['it-säkerhetsplan*', 'säkerhetsplan*', 'informationssäkerhetsplan*', 'informationssäkerhetspolicy*', 'säkerhetspolicy*'],
  en: ['security plan*', 'information security policy', 'security policy'],
  da: ['it-sikkerhedsplan*', 'sikkerhedsplan*', 'informationssikkerhedspolitik*'],
  nb: ['it-sikkerhetsplan*', 'sikkerhetsplan*', 'informasjonssikkerhetspolicy*'],
};
