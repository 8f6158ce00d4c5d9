/**
 * planning: words the tool understands, per language (the lexicon is their one home).
 */
import type { WordLists } from './phrases.js';
import { words } from './words.js';

/** Read by `benefit-realisation-plan`. */
export const STAGED_DELIVERY: WordLists = words('planning', 'STAGED_DELIVERY');

/** A text that delimits the project to one fiscal year without dates ("avgränsas till budgetåret 2027"). Read by `benefit-realisation-plan`. */
export const WITHIN_BUDGET_YEAR: WordLists = words('planning', 'WITHIN_BUDGET_YEAR');

/**
 * The word before a due date in a column header ("Target by 31 December 2028", "Mål senest
 * 2027", "Mål innen 2028"): the header names the column, the date is when every row is due.
 */
export const DUE_BY: WordLists = words('planning', 'DUE_BY');

/**
 * Who evaluates, said in a sentence of the evaluation ("Ansvarlig: Digitaliseringskonsulent
 * Jonas Friis", "Evalueringen gennemføres af økonomiafdelingen", "carried out by the finance
 * unit"). Read by `evaluation-process`.
 */
export const EVALUATOR: WordLists = words('planning', 'EVALUATOR');
