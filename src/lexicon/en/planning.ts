/**
 * The en words of src/lexicon/planning.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  STAGED_DELIVERY: [
    'phase 1',
    'stage 1',
    'phases',
    'stages',
    'split into',
    'decided year by year',
    'year by year',
    'sub-project*',
    'subproject*',
    'part 1',
    'increment*',
  ],
  WITHIN_BUDGET_YEAR: [
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
  DUE_BY: ['by', 'until', 'before', 'in'],
  EVALUATOR: ['responsible', 'carried out by', 'conducted by', 'evaluated by', 'led by', 'done by', 'reports on', 'reports to', 'will report', 'evaluates'],
};
