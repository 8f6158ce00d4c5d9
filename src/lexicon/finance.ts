/**
 * finance: words the tool understands, per language (the lexicon is their one home).
 */
import type { WordLists } from './phrases.js';
import { words } from './words.js';

/** "Nämnd/Bolagsstyrelses linjebudget eller särskilt tilldelade medel", "All finansiering sker inom linjen". Read by `it-category`. */
export const LINE_BUDGET: WordLists = words('finance', 'LINE_BUDGET');

/** A table row that sums the rows above it ("Total", "I alt", "Summa"), read on the row's folded item text. */
export const TOTALS: WordLists = words('finance', 'TOTALS');

/** A total row's head that names the whole cost side ("Omkostninger i alt", "Summa kostnader", "Total costs"): the rows below it are benefits. */
export const COST_HEADS: WordLists = words('finance', 'COST_HEADS');

/**
 * Words that make a sentence's amount a total or a net figure, not a cost or benefit line:
 * "Drift och licens kostar 32 000 kr per år, totalt 96 000 kr. Den samlade kostnaden blir 241 000 kr."
 */
export const TOTAL_STATEMENTS: WordLists = words('finance', 'TOTAL_STATEMENTS');

/** A row or column head that says benefits, not costs ("Gevinster", "Nyttor", "Benefits"). */
export const BENEFIT_HEADS: WordLists = words('finance', 'BENEFIT_HEADS');

/**
 * Money applied for from the city's portfolios (Stockholm STH-5: "Finansiering: ansökan ur
 * digitaliseringsportföljen 2027", "innovationsportföljen", "portföljmedel"). Not the
 * application portfolio, the register of the city's systems (STH-7). Read by the
 * interpretation's `fundedFromPortfolio`.
 */
export const PORTFOLIO_FUNDING: WordLists = words('finance', 'PORTFOLIO_FUNDING');
