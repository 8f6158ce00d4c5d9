/**
 * The en words of src/lexicon/finance.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  LINE_BUDGET: ['line budget', 'operating budget', 'ordinary budget', "department's budget", "committee's budget", 'regular budget'],
  TOTALS: ['total', 'totals', 'sum', 'totalcosts', 'totalbenefits'],
  COST_HEADS: ['cost*', 'expenditure*', 'expense*'],
  TOTAL_STATEMENTS: ['total', 'in total', 'altogether', 'overall', 'net', 'net benefit', 'net present value'],
  BENEFIT_HEADS: ['benefit*', 'gain*'],
  PORTFOLIO_FUNDING: [
    'portfolio funding',
    'portfolio funds',
    'portfolio-funded',
    'funded from the portfolio*',
    'digitalisation portfolio',
    'digitalization portfolio',
    'innovation portfolio',
    'development portfolio',
    'IT portfolio',
    'project portfolio',
  ],
};
