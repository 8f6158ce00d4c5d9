/**
 * The country whose shared public components a proposal is judged against
 * (data/components.json): the country of the strategies in force (data/strategies/), else the
 * business case's currency, else the language of the text. An English proposal with neither
 * strategy nor currency could be from any of the three.
 */
import type { Proposal } from '../model/model.js';
import { COUNTRIES, type Country, countriesWrittenIn, countryOfCurrency, strategyById } from '../lexicon/strategies.js';
import { get, textOf } from '../model/access.js';

export { COUNTRIES, type Country } from '../lexicon/strategies.js';

/** The countries, in `COUNTRIES` order; `strategies` is the rule context's set. */
export function proposalCountries(proposal: Proposal, strategies: ReadonlySet<string>): readonly Country[] {
  const fromStrategies = new Set([...strategies].flatMap((name) => strategyById(name)?.country ?? []));
  if (fromStrategies.size) return COUNTRIES.filter((country) => fromStrategies.has(country));
  const currency = countryOfCurrency(textOf(get(proposal, 'businessCase.currency')).toUpperCase());
  if (currency) return [currency];
  // A language no strategy is written in (English) could be from any country.
  const ofLanguage = countriesWrittenIn(proposal.language);
  return ofLanguage.length ? ofLanguage : COUNTRIES;
}
