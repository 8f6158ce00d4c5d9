/**
 * The da words of src/lexicon/finance.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  LINE_BUDGET: ['driftsbudget*', 'linjebudget*', 'ordinære budget', 'ordinært budget'],
  TOTALS: ['ialt', 'samlet'],
  COST_HEADS: ['omkostning*', 'udgift*'],
  TOTAL_STATEMENTS: ['i alt', 'samlet', 'samlede', 'totalt', 'total', 'netto*', 'til sammen'],
  BENEFIT_HEADS: ['gevinst*'],
  PORTFOLIO_FUNDING: ['porteføljemidler', 'digitaliseringsportefølje*', 'innovationsportefølje*', 'projektportefølje*'],
};
