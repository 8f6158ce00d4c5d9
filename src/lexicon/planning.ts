/**
 * planning: words the tool understands, per language (the lexicon is their one home).
 */
import type { WordLists } from './phrases.js';

/** Read by `benefit-realisation-plan`. */
export const STAGED_DELIVERY: WordLists = {
  sv: [
    'etapp*',
    'delprojekt*',
    'delas upp',
    'uppdelat i',
    'uppdelad i',
    'uppdelas i',
    'beslutas år för år',
    'beslutas årsvis',
    'beslutas per år',
    'från år till år',
    'år för år',
    'delbeslut*',
    'etappvis',
    'steg 1',
    'fas 1',
    'delleverans*',
  ],
  en: ['phase 1', 'stage 1', 'phases', 'stages', 'split into', 'decided year by year', 'year by year', 'sub-project*', 'subproject*', 'part 1', 'increment*'],
  da: ['etape*', 'delprojekt*', 'fase 1', 'opdelt i', 'år for år'],
  nb: ['etappe*', 'delprosjekt*', 'fase 1', 'delt opp i', 'år for år'],
};

/** A text that delimits the project to one fiscal year without dates ("avgränsas till budgetåret 2027"). Read by `benefit-realisation-plan`. */
export const WITHIN_BUDGET_YEAR: WordLists = {
  sv: [
    'under budgetåret',
    'inom budgetåret',
    'till budgetåret',
    'under verksamhetsåret',
    'inom verksamhetsåret',
    'till verksamhetsåret',
    'ett och samma verksamhetsår',
    'ett verksamhetsår',
    'ett budgetår',
  ],
  en: [
    'within the * budget year',
    'within the budget year',
    'within the * financial year',
    'within the financial year',
    'within the * fiscal year',
    'within the fiscal year',
    'within one fiscal year',
    'within one financial year',
    'within one budget year',
    'in the * budget year',
    'in the * financial year',
    'in the * fiscal year',
  ],
  da: ['inden for budgetåret', 'inden for ét budgetår', 'inden for et budgetår', 'i budgetåret'],
  nb: ['innenfor budsjettåret', 'innenfor ett budsjettår', 'i budsjettåret'],
};

/**
 * The word before a due date in a column header ("Target by 31 December 2028", "Mål senest
 * 2027", "Mål innen 2028"): the header names the column, the date is when every row is due.
 */
export const DUE_BY: WordLists = {
  en: ['by', 'until', 'before', 'in'],
  da: ['senest', 'inden', 'i', 'pr.', 'per'],
  sv: ['senast', 'till', 'före', 'år'],
  nb: ['innen', 'senest', 'i', 'per'],
};

/**
 * Who evaluates, said in a sentence of the evaluation ("Ansvarlig: Digitaliseringskonsulent
 * Jonas Friis", "Evalueringen gennemføres af økonomiafdelingen", "carried out by the finance
 * unit"). Read by `evaluation-process`.
 */
export const EVALUATOR: WordLists = {
  // The evaluator as the subject of the verb, in the active voice: "ejendomschefen rapporterer …",
  // "the Head of Citizen Service reports on 15 November 2027".
  da: [
    'ansvarlig',
    'ansvarlige',
    'ansvaret for evalueringen',
    'gennemføres af',
    'udføres af',
    'evalueres af',
    'foretages af',
    'rapporterer',
    'evaluerer',
    'gør status',
  ],
  sv: [
    'ansvarig',
    'ansvariga',
    'ansvaret för utvärderingen',
    'genomförs av',
    'utförs av',
    'utvärderas av',
    'görs av',
    'rapporterar',
    'redovisar',
    'utvärderar',
  ],
  nb: ['ansvarlig', 'ansvarlige', 'ansvaret for evalueringen', 'gjennomføres av', 'utføres av', 'evalueres av', 'foretas av', 'rapporterer', 'evaluerer'],
  en: ['responsible', 'carried out by', 'conducted by', 'evaluated by', 'led by', 'done by', 'reports on', 'reports to', 'will report', 'evaluates'],
};
