/**
 * architecture: words the tool understands, per language (the lexicon is their one home).
 */
import type { WordLists } from './phrases.js';

/** Read by `it-category`. */
export const INTEGRATION: WordLists = {
  sv: ['integration*', 'integrera*'],
  en: ['integration*', 'integrate*'],
  da: ['integration*', 'integrere*'],
  nb: ['integrasjon*', 'integrere*'],
};

/** Ways of saying the process reuses data the municipality already has. Read by `work-process`. */
export const DATA_REUSE: WordLists = {
  da: [
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
  en: [
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
  sv: [
    'återanvänd*',
    'befintliga data',
    'befintliga uppgifter',
    'redan registrera*',
    'hämtas från',
    'hämtas automatiskt',
    'hämtas direkt',
    'grunddata',
    'stamdata',
    'befintliga stamdata',
    'befintliga register',
    'bara en gång',
    'endast en gång',
    'redan har',
    'redan finns',
    'dubbelregistrer*',
    'dubbelinmatning*',
  ],
  nb: [
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
};

/** Open standards, interfaces and data: information that can be freed and reused. Read by `architecture-principles`. */
export const OPENNESS: WordLists = {
  sv: [
    'öppna standarder',
    'öppen standard',
    'öppna gränssnitt',
    'öppet gränssnitt',
    'öppna api*',
    'öppet api',
    'api',
    'api:er',
    'api-er',
    'integration*',
    'integrera*',
    'frigöra*',
    'frigörs',
    'öppna data',
    'öppen data',
  ],
  en: ['open standard*', 'open interface*', 'open api*', 'api', 'apis', 'integration*', 'integrate*', 'open data'],
  da: ['åbne standarder', 'åben standard', 'åbne snitflader', 'api', 'integration*', 'integrere*', 'åbne data'],
  nb: ['åpne standarder', 'åpen standard', 'åpne grensesnitt', 'api', 'integrasjon*', 'integrere*', 'åpne data'],
};

/** The security level, the security programme, the information classification. Read by `architecture-principles`. */
export const SECURITY_LEVEL: WordLists = {
  sv: [
    'säkerhetsnivå*',
    'skyddsnivå*',
    'säkerhetsprogram*',
    'informationsklassning*',
    'informationsklassificering*',
    'klassning av informationen',
    'säkerhetsklass*',
  ],
  en: ['security level', 'security programme', 'security program', 'information classification', 'protection level'],
  da: ['sikkerhedsniveau*', 'informationsklassifikation*', 'dataklassifikation*'],
  nb: ['sikkerhetsnivå*', 'informasjonsklassifisering*', 'sikkerhetsprogram*'],
};

/** The application portfolio (register) of the city. Read by `architecture-principles`. */
export const APPLICATION_PORTFOLIO: WordLists = {
  sv: ['applikationsportfölj*', 'applikationsförteckning*', 'systemförteckning*'],
  en: ['application portfolio', 'application register', 'application inventory'],
  da: ['applikationsportefølje*', 'systemoversigt*'],
  nb: ['applikasjonsportefølje*', 'systemoversikt*'],
};

/** Reuse of existing information and technical solutions, common platforms. Read by `architecture-principles`. */
export const REUSE_SOLUTIONS: WordLists = {
  sv: ['återanvänd*', 'återbruk*', 'befintlig*', 'gemensam plattform', 'gemensamma plattform*', 'gemensamma lösning*'],
  en: ['reuse*', 're-use*', 'existing', 'common platform*', 'shared platform*'],
  da: ['genbrug*', 'eksisterende', 'fælles platform*'],
  nb: ['gjenbruk*', 'eksisterende', 'felles plattform*'],
};
