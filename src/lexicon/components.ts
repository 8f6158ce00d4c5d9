/**
 * Shared components (data/components.json) and whether a text names one. Aliases match as
 * whole words; an alias written in capitals and digits only ("LIS", "HSA", "1177") matches
 * case-sensitively, since its lower-case form is an ordinary word (components.json notes).
 * A component's names are proper names, the same in every language, so they are data; what
 * each function is called in a language is that language's word (src/lexicon/<lang>/components.ts).
 */
import { readFileSync } from 'node:fs';
import type { Lang } from '../model/model.js';
import { rootUrl } from './package-root.js';
import { findPhrase, fold, phraseMatches } from './phrases.js';
import { byKey, words } from './words.js';

export interface SharedComponent {
  id: string;
  name: string;
  country: string;
  functions: string[];
  owner?: string;
  aliases: string[];
  scope: string;
  historic?: boolean;
  replacedBy?: string;
}

export interface ComponentCatalogue {
  /** Each function's code (ID, MAIL, …) and what it is called in each language that names it. */
  functions: Record<string, Partial<Record<Lang, string>>>;
  components: SharedComponent[];
}

/** What each function is called, by code and language. */
const FUNCTIONS = byKey<string>(words('components', 'FUNCTIONS'));

let catalogue: ComponentCatalogue | undefined;

export function componentCatalogue(): ComponentCatalogue {
  if (!catalogue) {
    const data = JSON.parse(readFileSync(rootUrl('data/components.json'), 'utf8')) as { functions: string[]; components: SharedComponent[] };
    const functions = Object.fromEntries(data.functions.map((fn) => [fn, FUNCTIONS[fn] ?? {}]));
    catalogue = { functions, components: data.components };
  }
  return catalogue;
}

/** Components that provide a function, optionally only those of one scope. */
export function componentsWith(fn: string, scope?: string): SharedComponent[] {
  return componentCatalogue().components.filter((component) => component.functions.includes(fn) && (scope === undefined || component.scope === scope));
}

const exactCache = new Map<string, RegExp>();
/** Each alias as a phrase list of its own (one array per alias, so the matcher compiles it once) and its first word. */
const singleAliases = new Map<string, { list: readonly string[]; lead: string }>();

function isExact(alias: string): boolean {
  return /^[\p{Lu}\p{N}]+$/u.test(alias);
}

/** The alias of `component` the text names, if any. */
export function namedAlias(text: string, component: SharedComponent): string | undefined {
  for (const alias of component.aliases) {
    if (isExact(alias)) {
      let pattern = exactCache.get(alias);
      if (!pattern) {
        pattern = new RegExp(`(?<![\\p{L}\\p{N}])${alias}(?![\\p{L}\\p{N}])`, 'u');
        exactCache.set(alias, pattern);
      }
      // The alias written as it is must be in the text: most texts are passed over without the expression.
      if (text.includes(alias) && pattern.test(text)) return alias;
    } else {
      let single = singleAliases.get(alias);
      // Its first word (up to a space or `*`), folded, must be in the folded text as it is.
      if (!single) {
        single = { list: [alias], lead: /^[^ *]*/.exec(fold(alias))![0] };
        singleAliases.set(alias, single);
      }
      if (fold(text).includes(single.lead) && findPhrase(text, single.list)) return alias;
    }
  }
  return undefined;
}

/** The first of `components` the text names. */
export function namedComponent(text: string, components: readonly SharedComponent[]): SharedComponent | undefined {
  return components.find((component) => namedAlias(text, component) !== undefined);
}

export interface AliasHit {
  component: SharedComponent;
  alias: string;
  /** Offset in the text and length of the name as written. */
  index: number;
  length: number;
}

/** All aliases of a component list as one phrase list, and the components each names. */
const aliasLists = new WeakMap<readonly SharedComponent[], { aliases: string[]; owners: Map<string, SharedComponent[]> }>();

/**
 * Every place the text names one of `components`, in text order, with the same matching as
 * `namedAlias` (all-caps aliases case-sensitive): for rules that must know where a name
 * stands, e.g. to ignore "CPR" inside the duplication phrase "kopi af CPR". The longest name
 * at a place wins ("MitID Erhverv", not "MitID"); an alias two components share ("BankID",
 * "e-Boks") gives a hit for each. Pass the same array each time: its pattern is kept.
 */
export function aliasHits(text: string, components: readonly SharedComponent[]): AliasHit[] {
  let list = aliasLists.get(components);
  if (!list) {
    const owners = new Map<string, SharedComponent[]>();
    for (const component of components) for (const alias of component.aliases) owners.set(alias, [...(owners.get(alias) ?? []), component]);
    list = { aliases: [...owners.keys()], owners };
    aliasLists.set(components, list);
  }
  const hits: AliasHit[] = [];
  for (const match of phraseMatches(text, list.aliases, { exactCaps: true })) {
    for (const component of list.owners.get(match.phrase) ?? [])
      hits.push({ component, alias: match.phrase, index: match.index, length: match.matched.length });
  }
  return hits;
}
