/**
 * sentence-labels: how a sentence states what a label line would ("Systemägare är
 * Socialnämnden." for "Systemägare: Socialnämnden"; "Projektet ejes af Teknik og Miljø."), per
 * language. Read by src/interpret/reading/labels.ts.
 */
import type { WordLists } from './phrases.js';

/** The verb that joins a label to its value: "Projektejer er …", "Project owner is …". */
export const COPULAS: WordLists = { en: ['is'], da: ['er'], sv: ['är'], nb: ['er'] };

/** The words before the owner in a passive sentence: "Projektet ejes af …", "Systemet ägs av …". */
export const OWNED_BY: WordLists = {
  en: ['is owned by', 'will be owned by'],
  da: ['ejes af', 'vil blive ejet af'],
  sv: ['ägs av', 'kommer att ägas av'],
  nb: ['eies av', 'eigast av', 'vil eies av'],
};
