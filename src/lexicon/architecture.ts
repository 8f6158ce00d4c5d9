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

/** Ways of saying the process reuses data the municipality already has. * Read by `work-process`.
 */
export const DATA_REUSE: WordLists = {
  da: ['genbrug*', 'eksisterende data', 'eksisterende oplysninger', 'allerede registrere*', 'allerede findes', 'allerede har', 'hentes fra', 'hentes automatisk', 'hentes direkte', 'overføres automatisk', 'slås op i', 'opslag i', 'grunddata', 'kun én gang', 'kun en gang', 'fødes og vedligeholdes', 'stamdata', 'eksisterende stamdata', 'eksisterende grunddata', 'dobbeltindtast*', 'dobbeltregistrer*', 'tastes to gange', 'indtastes to gange', 'uden genindtastning', 'genindtast*'],
  en: ['reuse*', 're-use*', 'existing data', 'data already', 'already registered', 'already held', 'fetched from', 'retrieved from', 'looked up', 'lookup*', 'base data', 'master data', 'once only', 'only once', 'once-only', 'already hold', 'already holds', 'already has', 'already have', 'we already', 'existing register*', 're-keying', 'rekeying', 're-entering', 'double entry', 'duplicate entry'],
  sv: ['återanvänd*', 'befintliga data', 'befintliga uppgifter', 'redan registrera*', 'hämtas från', 'hämtas automatiskt', 'hämtas direkt', 'grunddata', 'stamdata', 'befintliga stamdata', 'befintliga register', 'bara en gång', 'endast en gång', 'redan har', 'redan finns', 'dubbelregistrer*', 'dubbelinmatning*'],
  nb: ['gjenbruk*', 'eksisterende data', 'eksisterende opplysninger', 'allerede registrert*', 'hentes fra', 'hentes automatisk', 'hentes direkte', 'grunndata', 'stamdata', 'eksisterende stamdata', 'eksisterende grunndata', 'kun én gang', 'bare én gang', 'kun en gang', 'bare en gang', 'allerede har', 'allerede finnes', 'dobbeltregistrer*'],
};
