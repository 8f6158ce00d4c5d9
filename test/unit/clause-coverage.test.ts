import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { builtinRules } from '../../src/engine/registry.js';
import { clauseCatalogue } from '../../src/lexicon/clauses.js';

const strategiesMd = fileURLToPath(new URL('../../../shared/STRATEGIES.md', import.meta.url));

/** Clause IDs from the first column of STRATEGIES.md's tables: "| ESB-3.1a | 4 | …". */
function clauseIds(markdown: string): string[] {
  return [...markdown.matchAll(/^\|\s*([A-Z]{3}-[0-9][0-9A-Za-z./]*)\s*\|/gm)].map((match) => match[1]!);
}

describe('every clause of the five strategies is enforced', () => {
  it.skipIf(!existsSync(strategiesMd))('each clause ID in STRATEGIES.md is cited by at least one rule', async () => {
    const ids = clauseIds(readFileSync(strategiesMd, 'utf8'));
    expect(ids.length).toBeGreaterThanOrEqual(31);
    const cited = new Set((await builtinRules()).flatMap((rule) => rule.meta.clauses));
    // A sub-clause (ESB-8a) cites its clause (ESB-8).
    const covered = (id: string) => cited.has(id) || [...cited].some((clause) => clause.startsWith(id) && /^[a-f]$/.test(clause.slice(id.length)));
    expect(ids.filter((id) => !covered(id))).toEqual([]);
  });

  it('every clause a rule cites exists in the catalogue, with a quote', async () => {
    const { clauses } = clauseCatalogue();
    for (const rule of await builtinRules()) {
      for (const id of rule.meta.clauses) {
        expect(clauses[id], `${rule.meta.id} cites ${id}`).toBeDefined();
        expect(clauses[id]!.quote.length).toBeGreaterThan(20);
      }
    }
  });
});
