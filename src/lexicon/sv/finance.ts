/**
 * The sv words of src/lexicon/finance.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  LINE_BUDGET: [
    'driftbudget*',
    'driftsbudget*',
    'linjebudget*',
    'linjens budget',
    'inom linjen',
    'verksamhetens budget',
    'verksamhetens ordinarie budget',
    'ordinarie budget',
    'ordinarie verksamhet',
    'nämndens budget',
    'förvaltningens budget',
    'bolagets budget',
    'särskilt tilldelade medel',
  ],
  TOTALS: ['totalt', 'summa'],
  COST_HEADS: ['kostnad*', 'utgift*'],
  TOTAL_STATEMENTS: ['totalt', 'sammanlagt', 'samlade', 'samlad', 'summa', 'total', 'netto*', 'tillsammans'],
  BENEFIT_HEADS: ['vinst*', 'nytt*'],
  PORTFOLIO_FUNDING: [
    'portföljmedel*',
    'portföljfinansier*',
    'digitaliseringsportfölj*',
    'innovationsportfölj*',
    'utvecklingsportfölj*',
    'it-portfölj*',
    'projektportfölj*',
    'ur portföljen',
    'från portföljen',
  ],
};
