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
    // A project carried out within one named year ("Delivered within 2027.") is within one budget year.
    'delivered within 20*',
    'completed within 20*',
    'carried out within 20*',
    'carried out in 20*',
    'completed in 20*',
    'delivered in 20*',
  ],
  DUE_BY: ['by', 'until', 'before', 'in'],
  EVALUATOR: ['responsible', 'carried out by', 'conducted by', 'evaluated by', 'led by', 'done by', 'reports on', 'reports to', 'will report', 'evaluates'],
};
