/**
 * The country whose shared public components a proposal is judged against
 * (data/components.json): the country of the strategies in force (clauses.json), else the
 * business case's currency, else the language of the text. An English proposal with neither
 * strategy nor currency could be from any of the three.
 */
import type { Lang, Proposal } from '../model/model.js';
import { clauseCatalogue, isStrategy } from '../lexicon/clauses.js';
import { get, textOf } from '../model/access.js';
import { own } from '../model/own.js';

export type Country = 'DK' | 'SE' | 'NO';
export const COUNTRIES: readonly Country[] = ['DK', 'SE', 'NO'];

const BY_CURRENCY: Record<string, Country> = { DKK: 'DK', SEK: 'SE', NOK: 'NO' };
const BY_LANGUAGE: Record<Lang, readonly Country[]> = { da: ['DK'], sv: ['SE'], nb: ['NO'], en: COUNTRIES };

/** The countries, in `COUNTRIES` order; `strategies` is the rule context's set. */
export function proposalCountries(proposal: Proposal, strategies: ReadonlySet<string>): readonly Country[] {
  const { strategies: catalogue } = clauseCatalogue();
  const fromStrategies = new Set([...strategies].filter(isStrategy).map((name) => catalogue[name].country));
  if (fromStrategies.size) return COUNTRIES.filter((country) => fromStrategies.has(country));
  const currency = own(BY_CURRENCY, textOf(get(proposal, 'businessCase.currency')).toUpperCase());
  if (currency) return [currency];
  return BY_LANGUAGE[proposal.language];
}
