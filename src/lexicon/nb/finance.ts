/**
 * The nb words of src/lexicon/finance.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  LINE_BUDGET: ['driftsbudsjett*', 'linjebudsjett*', 'ordinære budsjett', 'ordinært budsjett'],
  TOTALS: ['totalt', 'isamt', 'samlet'],
  COST_HEADS: ['kostnad*', 'utgift*', 'utgifter'],
  TOTAL_STATEMENTS: ['totalt', 'samlet', 'samlede', 'til sammen', 'i alt', 'total', 'netto*'],
  BENEFIT_HEADS: ['gevinst*', 'nytte*'],
  PORTFOLIO_FUNDING: ['porteføljemidler', 'digitaliseringsportefølje*', 'innovasjonsportefølje*', 'prosjektportefølje*'],
};
