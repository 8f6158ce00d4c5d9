/** The clause catalogue (data/clauses.json): what every finding cites. */
import { readFileSync } from 'node:fs';
import type { Lang } from '../model/model.js';
import { rootUrl } from './package-root.js';
import { own } from '../model/own.js';

export const STRATEGIES = ['esbjerg', 'stockholm', 'oskarshamn', 'nordfyns', 'ikt-follo'] as const;
export type StrategyName = (typeof STRATEGIES)[number];

export interface Clause {
  strategy: StrategyName;
  page: string;
  modal: 'must' | 'should';
  title: Record<Lang, string>;
  quote: string;
  quoteEn: string;
}

export interface ClauseCatalogue {
  strategies: Record<StrategyName, { name: string; language: Lang; country: 'DK' | 'SE' | 'NO'; source: string }>;
  clauses: Record<string, Clause>;
}

let catalogue: ClauseCatalogue | undefined;

export function clauseCatalogue(): ClauseCatalogue {
  catalogue ??= JSON.parse(readFileSync(rootUrl('data/clauses.json'), 'utf8')) as ClauseCatalogue;
  return catalogue;
}

const PREFIX: Record<string, StrategyName> = { ESB: 'esbjerg', STH: 'stockholm', OSK: 'oskarshamn', NFY: 'nordfyns', FLO: 'ikt-follo' };

export function strategyOfClause(id: string): StrategyName | undefined {
  return own(PREFIX, id.slice(0, 3));
}

export function isStrategy(name: string): name is StrategyName {
  return (STRATEGIES as readonly string[]).includes(name);
}

/** The strategies written in a language (Danish: Esbjerg and Nordfyns …). */
export function strategiesWrittenIn(language: Lang): ReadonlySet<string> {
  const { strategies } = clauseCatalogue();
  return new Set(STRATEGIES.filter((name) => strategies[name].language === language));
}
