/**
 * Where the money comes from: whether a project draws on the city's portfolios (Stockholm
 * STH-5 covers "varje projekt som får finansiering" from them), or is financed within the line
 * (STH-4b: basic IT support is financed within the nämnd's or bolagsstyrelse's budget).
 */
import type { Proposal } from '../model/model.js';
import { allTexts, get, textOf } from '../model/access.js';
import { LINE_BUDGET, PORTFOLIO_FUNDING } from '../lexicon/finance.js';
import { allPhrases } from '../lexicon/phrases.js';
import { mentionsInText } from './polarity.js';

const PORTFOLIO = allPhrases(PORTFOLIO_FUNDING);
const LINE = allPhrases(LINE_BUDGET);

/**
 * Whether the project is funded from the portfolios. The financing says it first
 * ("ansökan ur digitaliseringsportföljen" yes; "bolagets investeringsbudget (ej
 * portföljmedel)", "inom äldrenämndens linjebudget" no), then any sentence of the proposal;
 * with nothing said, a basic project is financed within the line and any other applies to the
 * portfolios, as projects under the IT programme do.
 */
export function fundedFromPortfolio(proposal: Proposal): boolean {
  const financing = textOf(get(proposal, 'businessCase.financing'));
  for (const texts of [[financing], allTexts(proposal).map((hit) => hit.text)]) {
    const portfolio = texts.flatMap((text) => mentionsInText(text, PORTFOLIO));
    if (portfolio.some((mention) => mention.polarity !== 'negated')) return true;
    if (portfolio.length) return false;
    if (texts.some((text) => mentionsInText(text, LINE).some((mention) => mention.polarity !== 'negated'))) return false;
  }
  return textOf(get(proposal, 'category')) !== 'basic';
}

/**
 * Facts a rule may name in `meta.appliesTo.when`: it runs only on proposals of which all its
 * facts hold (a clause that covers some proposals only, declared as data rather than tested in
 * `check`).
 */
export const FACTS: Readonly<Record<string, (proposal: Proposal) => boolean>> = {
  fundedFromPortfolio,
};
