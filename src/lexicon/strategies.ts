/**
 * The strategies: one data file each (data/strategies/<id>.json, schema
 * schemas/strategy-data.schema.json), read here and nowhere else. The strategy list, the clause
 * prefixes, the presets, the proposal schema's `strategy` enum, `itstrat init` and the
 * country, currency and discount-rate defaults are derived from them, so a sixth strategy is a
 * sixth file (with its clauses in data/clauses.json and the rules that cite them).
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Lang } from '../model/model.js';
import { own } from '../model/own.js';
import { rootUrl } from './package-root.js';

/** The countries whose shared public components and business-case conventions the tool knows. */
export type Country = 'DK' | 'SE' | 'NO';
export const COUNTRIES: readonly Country[] = ['DK', 'SE', 'NO'];

/** A strategy's id ("esbjerg"): a data file's name, not a closed type. */
export type StrategyName = string;

export interface Strategy {
  id: StrategyName;
  /** Position in lists: the strategy enum, `itstrat rules`, reports. */
  order: number;
  /** Municipality — title (year), as findings cite it. */
  name: string;
  municipality: string;
  country: Country;
  /** The language it is written in. */
  language: Lang;
  /** Its clause IDs start with this ("ESB" for ESB-3.1a). */
  clausePrefix: string;
  /** Its text in the shared strategies folder. */
  source: string;
  /** ISO 4217: what "kr" means in a business case under it. */
  currency: string;
  /** The country's official real discount rate, as a fraction. */
  discountRate: number;
  discountRateSource?: string;
  /** The modal verbs of its language that make a clause a demand or an aim. */
  modalVerbs: { must: string[]; should: string[] };
  /** Canonical field path → the clauses that demand it. */
  requiredFields: Record<string, string[]>;
  /** What `itstrat init` adds beyond the required fields. */
  scaffold?: { fields?: string[]; subfields?: Record<string, string[]> };
}

let loaded: readonly Strategy[] | undefined;

/** Every strategy, in `order`. Read once, when first asked for. */
export function strategies(): readonly Strategy[] {
  if (!loaded) {
    const names = readdirSync(rootUrl('data/strategies')).filter((name) => name.endsWith('.json'));
    loaded = names
      .map((name) => JSON.parse(readFileSync(rootUrl(`data/strategies/${name}`), 'utf8')) as Strategy)
      .sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  return loaded;
}

let byId: ReadonlyMap<string, Strategy> | undefined;
let byPrefix: ReadonlyMap<string, Strategy> | undefined;

/** The ids, in order: esbjerg, stockholm, oskarshamn, nordfyns, ikt-follo. */
export function strategyIds(): readonly StrategyName[] {
  return strategies().map((strategy) => strategy.id);
}

export function strategyById(id: string): Strategy | undefined {
  byId ??= new Map(strategies().map((strategy) => [strategy.id, strategy]));
  return byId.get(id);
}

export function isStrategy(name: string): name is StrategyName {
  return strategyById(name) !== undefined;
}

/** "ESB-3.1a" → "esbjerg", by the strategies' three-letter clause prefixes. */
export function strategyOfClause(id: string): StrategyName | undefined {
  byPrefix ??= new Map(strategies().map((strategy) => [strategy.clausePrefix, strategy]));
  return byPrefix.get(id.slice(0, 3))?.id;
}

/** The strategies written in a language (Danish: Esbjerg and Nordfyns …). */
export function strategiesWrittenIn(language: Lang): ReadonlySet<StrategyName> {
  return new Set(
    strategies()
      .filter((strategy) => strategy.language === language)
      .map((strategy) => strategy.id),
  );
}

/** The countries of the strategies written in a language, in `COUNTRIES` order. */
export function countriesWrittenIn(language: Lang): readonly Country[] {
  const found = new Set(
    strategies()
      .filter((strategy) => strategy.language === language)
      .map((strategy) => strategy.country),
  );
  return COUNTRIES.filter((country) => found.has(country));
}

/** The country whose strategies count in a currency ("SEK" → SE). */
export function countryOfCurrency(currency: string): Country | undefined {
  return strategies().find((strategy) => strategy.currency === currency)?.country;
}

/** The currency of the strategies written in a language, when they share one (da → DKK). */
export function currencyOfLanguage(language: Lang): string | undefined {
  const found = new Set(
    strategies()
      .filter((strategy) => strategy.language === language)
      .map((strategy) => strategy.currency),
  );
  return found.size === 1 ? [...found][0] : undefined;
}

/** Currency → the official real discount rate of the strategies that count in it. */
export function discountRatesByCurrency(): Record<string, number> {
  const rates: Record<string, number> = {};
  for (const strategy of strategies()) if (own(rates, strategy.currency) === undefined) rates[strategy.currency] = strategy.discountRate;
  return rates;
}
