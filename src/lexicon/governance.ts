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
