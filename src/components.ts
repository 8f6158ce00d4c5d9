/**
 * Shared components (data/components.json) and whether a text names one. Aliases match as
 * whole words; an alias written in capitals and digits only ("LIS", "HSA", "1177") matches
 * case-sensitively, since its lower-case form is an ordinary word (components.json notes).
 */
import { readFileSync } from 'node:fs';
import { rootUrl } from './paths.js';
import { findPhrase } from './rulekit.js';

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
  notes?: string;
  functions: Record<string, Record<string, string>>;
  components: SharedComponent[];
}

let catalogue: ComponentCatalogue | undefined;

export function componentCatalogue(): ComponentCatalogue {
  catalogue ??= JSON.parse(readFileSync(rootUrl('data/components.json'), 'utf8')) as ComponentCatalogue;
  return catalogue;
}

/** Components that provide a function, optionally only those of one scope. */
export function componentsWith(fn: string, scope?: string): SharedComponent[] {
  return componentCatalogue().components.filter((component) => component.functions.includes(fn) && (scope === undefined || component.scope === scope));
}

const exactCache = new Map<string, RegExp>();

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
      if (pattern.test(text)) return alias;
    } else if (findPhrase(text, [alias])) {
      return alias;
    }
  }
  return undefined;
}

/** The first of `components` the text names. */
export function namedComponent(text: string, components: readonly SharedComponent[]): SharedComponent | undefined {
  return components.find((component) => namedAlias(text, component) !== undefined);
}
