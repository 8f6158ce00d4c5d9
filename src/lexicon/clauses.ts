/** The clause catalogue (data/clauses.json): what every finding cites. */
import { readFileSync } from 'node:fs';
import type { Lang } from '../model/model.js';
import { rootUrl } from './package-root.js';
import { type Country, type StrategyName, strategies } from './strategies.js';

export { isStrategy, type StrategyName, strategiesWrittenIn, strategyIds, strategyOfClause } from './strategies.js';

export interface Clause {
  strategy: StrategyName;
  page: string;
  modal: 'must' | 'should';
  title: Record<Lang, string>;
  quote: string;
  quoteEn: string;
}

export interface ClauseCatalogue {
  /** Derived from data/strategies/: what a clause's citation says of its strategy. */
  strategies: Record<StrategyName, { name: string; language: Lang; country: Country; source: string }>;
  clauses: Record<string, Clause>;
}

let catalogue: ClauseCatalogue | undefined;

export function clauseCatalogue(): ClauseCatalogue {
  if (!catalogue) {
    const { clauses } = JSON.parse(readFileSync(rootUrl('data/clauses.json'), 'utf8')) as Pick<ClauseCatalogue, 'clauses'>;
    const cited = Object.fromEntries(strategies().map(({ id, name, language, country, source }) => [id, { name, language, country, source }]));
    catalogue = { strategies: cited, clauses };
  }
  return catalogue;
}
