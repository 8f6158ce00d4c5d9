/**
 * The clause catalogue: what every finding cites. A clause is strategy data (data/clauses.json:
 * its strategy, page, modal verb, verbatim quote and its title in the strategy's own language);
 * what its title is in another language is that language's word (src/lexicon/<lang>/clauses.ts).
 */
import { readFileSync } from 'node:fs';
import type { Lang } from '../model/model.js';
import { rootUrl } from './package-root.js';
import { type Country, type StrategyName, strategies } from './strategies.js';
import { words } from './words.js';

export { isStrategy, type StrategyName, strategiesWrittenIn, strategyIds, strategyOfClause } from './strategies.js';

export interface Clause {
  strategy: StrategyName;
  page: string;
  modal: 'must' | 'should';
  /** In every language: the language's own title, else the clause's title in its strategy's language. */
  title: Record<Lang, string>;
  quote: string;
  quoteEn: string;
  /**
   * A clause that says several things with different modal verbs (Stockholm's innovative
   * category: the lifetime "bör" not exceed 3–6 months, the exit plan "ska" exist): each part
   * names the findings (`ruleId/messageId`) that rest on it, its own modal verb and the sentence
   * that says it.
   */
  parts?: ClausePart[];
}

export interface ClausePart {
  findings: string[];
  modal: 'must' | 'should';
  quote: string;
  quoteEn: string;
}

export interface ClauseCatalogue {
  /** Derived from data/strategies/: what a clause's citation says of its strategy. */
  strategies: Record<StrategyName, { name: string; language: Lang; country: Country; source: string }>;
  clauses: Record<string, Clause>;
}

/** Each language's titles of the clauses it has words for, by clause id. */
const TITLES: Readonly<Record<Lang, Readonly<Record<string, string>>>> = words('clauses', 'TITLES');

let catalogue: ClauseCatalogue | undefined;

export function clauseCatalogue(): ClauseCatalogue {
  if (!catalogue) {
    const data = JSON.parse(readFileSync(rootUrl('data/clauses.json'), 'utf8')) as { clauses: Record<string, Omit<Clause, 'title'> & { title: string }> };
    const clauses = Object.fromEntries(
      Object.entries(data.clauses).map(([id, clause]) => {
        const title = Object.fromEntries(
          Object.entries(TITLES).map(([lang, titles]) => [lang, Object.hasOwn(titles, id) ? titles[id]! : clause.title]),
        ) as Record<Lang, string>;
        return [id, { ...clause, title }];
      }),
    );
    const cited = Object.fromEntries(strategies().map(({ id, name, language, country, source }) => [id, { name, language, country, source }]));
    catalogue = { strategies: cited, clauses };
  }
  return catalogue;
}

/** A clause's entry (sub-clauses such as ESB-3.1b fall back to ESB-3.1). */
export function clauseEntry(id: string): Clause | undefined {
  const { clauses } = clauseCatalogue();
  return Object.hasOwn(clauses, id) ? clauses[id] : Object.hasOwn(clauses, id.replace(/[a-z]$/, '')) ? clauses[id.replace(/[a-z]$/, '')] : undefined;
}

/**
 * What a finding rests on in a clause: the part that names the finding (`ruleId/messageId`), or
 * the whole clause — its modal verb and the sentence to quote.
 */
export function clauseFor(id: string, ruleId: string, messageId: string): { modal: 'must' | 'should'; quote: string; quoteEn: string } | undefined {
  const clause = clauseEntry(id);
  if (!clause) return undefined;
  const part = clause.parts?.find((candidate) => candidate.findings.includes(`${ruleId}/${messageId}`));
  return part ?? clause;
}
