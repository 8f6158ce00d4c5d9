/**
 * finance: words the tool understands, per language (the lexicon is their one home).
 */
import type { WordLists } from './phrases.js';

/** "Nämnd/Bolagsstyrelses linjebudget eller särskilt tilldelade medel", "All finansiering sker inom linjen". Read by `it-category`. */
export const LINE_BUDGET: WordLists = {
  sv: [
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
  en: ['line budget', 'operating budget', 'ordinary budget', "department's budget", "committee's budget", 'regular budget'],
  da: ['driftsbudget*', 'linjebudget*', 'ordinære budget', 'ordinært budget'],
  nb: ['driftsbudsjett*', 'linjebudsjett*', 'ordinære budsjett', 'ordinært budsjett'],
};

/** A table row that sums the rows above it ("Total", "I alt", "Summa"), read on the row's folded item text. */
export const TOTALS: WordLists = {
  en: ['total', 'totals', 'sum', 'totalcosts', 'totalbenefits'],
  da: ['ialt', 'samlet'],
  sv: ['totalt', 'summa'],
  nb: ['totalt', 'isamt', 'samlet'],
};

/** A row or column head that says benefits, not costs ("Gevinster", "Nyttor", "Benefits"). */
export const BENEFIT_HEADS: WordLists = {
  en: ['benefit*', 'gain*'],
  da: ['gevinst*'],
  sv: ['vinst*', 'nytt*'],
  nb: ['gevinst*', 'nytte*'],
};

/**
 * Money applied for from the city's portfolios (Stockholm STH-5: "Finansiering: ansökan ur
 * digitaliseringsportföljen 2027", "innovationsportföljen", "portföljmedel"). Not the
 * application portfolio, the register of the city's systems (STH-7). Read by the
 * interpretation's `fundedFromPortfolio`.
 */
export const PORTFOLIO_FUNDING: WordLists = {
  sv: [
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
  en: [
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
  da: ['porteføljemidler', 'digitaliseringsportefølje*', 'innovationsportefølje*', 'projektportefølje*'],
  nb: ['porteføljemidler', 'digitaliseringsportefølje*', 'innovasjonsportefølje*', 'prosjektportefølje*'],
};
