/**
 * The en words of src/lexicon/cost-kinds.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  'COST_KIND_HINTS/investment': ['purchase', 'setup', 'set-up', 'installation', 'migration', 'development', 'implementation', 'one-off', 'capital expenditure'],
  'COST_KIND_HINTS/operating': [
    'operat*',
    'running',
    'maintenance',
    'support',
    'hosting',
    'subscription*',
    'licence*',
    'license*',
    'per year',
    'a year',
    'annual',
    'annually',
    'yearly',
  ],
  'STATED_KINDS/investment': ['capex', 'capital', 'project cost', 'project costs'],
  'STATED_KINDS/operating': ['wages', 'salary', 'salaries'],
  'STATED_KINDS/financial': ['benefit', 'benefits', 'saving', 'savings', 'revenue'],
};
