/**
 * sentence-labels: how a sentence or a table states what a label line would ("Systemägare är
 * Socialnämnden." for "Systemägare: Socialnämnden"; "Projektet ejes af Teknik og Miljø."), per
 * language. Read by src/interpret/reading/labels.ts.
 */
import type { WordLists } from './phrases.js';
import { words } from './words.js';

/** The verb that joins a label to its value: "Projektejer er …", "Project owner is …". */
export const COPULAS: WordLists = words('sentence-labels', 'COPULAS');

/** The words before the owner in a passive sentence: "Projektet ejes af …", "Systemet ägs av …". */
export const OWNED_BY: WordLists = words('sentence-labels', 'OWNED_BY');

/** The words before the source of the money in a passive sentence: "Projektet finansieres af anlægspuljen", "funded from the digitalisation pool". */
export const FINANCED_BY: WordLists = words('sentence-labels', 'FINANCED_BY');

/** The head of a table's first column that lists roles ("| Roll | Namn | Ansvar |"): each row a label, its second cell the value. */
export const ROLE_HEADS: WordLists = words('sentence-labels', 'ROLE_HEADS');
