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
 * A risk and vulnerability analysis (ROS) or a data protection impact assessment, named in the
 * text ("ROS-analyse er gjennomført."). Read by `ros-and-dpa`.
 */
export const RISK_ASSESSMENT: WordLists = {
  nb: ['ros-analyse*', 'ros analyse*', 'risiko- og sårbarhetsanalyse*', 'personvernkonsekvensvurdering*', 'konsekvensanalyse*'],
  da: ['ros-analyse*', 'ros analyse*', 'risiko- og sårbarhedsanalyse*', 'konsekvensanalyse*'],
  sv: ['ros-analys*', 'risk- och sårbarhetsanalys*', 'konsekvensbedömning*'],
  en: ['ros analysis', 'risk and vulnerability analys*', 'dpia', 'data protection impact assessment'],
};

/** A data processing agreement, named in the text ("Databehandleravtale inngås før driftsstart."). Read by `ros-and-dpa`. */
export const DATA_PROCESSING_AGREEMENT: WordLists = {
  nb: ['databehandleravtale*'],
  da: ['databehandleraftale*'],
  sv: ['personuppgiftsbiträdesavtal*', 'biträdesavtal*', 'pub-avtal*'],
  en: ['data processing agreement*', 'dpa'],
};

/** Read by `special-needs`. */
export const SECURITY_PLAN: WordLists = {
  sv: ['it-säkerhetsplan*', 'säkerhetsplan*', 'informationssäkerhetsplan*', 'informationssäkerhetspolicy*', 'säkerhetspolicy*'],
  en: ['security plan*', 'information security policy', 'security policy'],
  da: ['it-sikkerhedsplan*', 'sikkerhedsplan*', 'informationssikkerhedspolitik*'],
  nb: ['it-sikkerhetsplan*', 'sikkerhetsplan*', 'informasjonssikkerhetspolicy*'],
};
