/**
 * The shared components a proposal says it uses: named in a clause that affirms or plans it
 * ("Bokningen byggs på stadens e-tjänstplattform med inloggning via id-portalen"), not in one
 * that denies or puts it off ("vi använder inte id-portalen").
 */
import type { TextHit } from '../model/access.js';
import { aliasHits, componentCatalogue, type SharedComponent } from '../lexicon/components.js';
import { clauseAt, fulfils } from './polarity.js';

/** The components of `scope` ("stockholm", "national"; all when absent) that the texts say are used. */
export function componentsUsed(hits: readonly TextHit[], scope?: string): SharedComponent[] {
  const { components } = componentCatalogue();
  const inScope = scope === undefined ? components : scopedLists(scope);
  const used = new Set<SharedComponent>();
  for (const hit of hits) {
    for (const { component, index } of aliasHits(hit.text, inScope)) {
      const clause = clauseAt(hit.text, index);
      if (clause && fulfils(clause.polarity, { planned: 'any' })) used.add(component);
    }
  }
  return [...used];
}

/** One array per scope, so that `aliasHits` compiles each list once. */
const byScope = new Map<string, SharedComponent[]>();
function scopedLists(scope: string): SharedComponent[] {
  let list = byScope.get(scope);
  if (!list) {
    list = componentCatalogue().components.filter((component) => component.scope === scope);
    byScope.set(scope, list);
  }
  return list;
}
