/**
 * governance: words the tool understands, per language (the lexicon is their one home).
 */
import type { WordLists } from './phrases.js';

/** Read by `it-category`. */
export const PROJECT_MODEL: WordLists = {
  sv: ['projektmodell*', 'stadens projektmodell', 'projektstyrningsmodell*', 'projektstyrning enligt', 'pps'],
  en: ['project model', "city's project model", 'project management model', 'project governance model'],
  da: ['projektmodel*'],
  nb: ['prosjektmodell*'],
};

/** Read by `kpi-followup`. */
export const PROJECT_GOVERNANCE: WordLists = {
  sv: ['styrgrupp*', 'projektmodell*', 'projektstyrning*', 'projektledare', 'projektledning', 'projektplan*', 'projektägare', 'beställare'],
  en: ['steering group', 'steering committee', 'project model', 'project governance', 'project manager', 'project management', 'project plan', 'project board'],
  da: ['styregruppe*', 'projektmodel*', 'projektstyring*', 'projektleder*', 'projektplan*'],
  nb: ['styringsgruppe*', 'prosjektmodell*', 'prosjektstyring*', 'prosjektleder*', 'prosjektplan*'],
};

/**
 * A project's own steering group: what it approves is not approved by the body a strategy
 * names, even where that body is named in the same clause ("Prosjektets styringsgruppe
 * godkjente løsningen, slik rådmannskollegiet har bedt om"). Read by src/interpret/approval.ts.
 */
export const STEERING_GROUP: WordLists = {
  sv: ['styrgrupp*', 'projektgrupp*', 'projektledning*'],
  en: ['steering group*', 'steering committee*', 'project board*', 'project group*'],
  da: ['styregruppe*', 'projektgruppe*', 'styregruppen*'],
  nb: ['styringsgruppe*', 'prosjektgruppe*'],
};
