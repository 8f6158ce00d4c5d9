/**
 * The door from a concept module to the language folders: `words('negation', 'NEGATION')`
 * gathers the entry NEGATION of each language's src/lexicon/<lang>/negation.ts into one object
 * keyed by language, in the order of the languages. The concept modules keep their exported names and types; what
 * each language says lives in its folder, so a language is added as a folder.
 */
import type { Lang } from '../model/model.js';
import { LANGUAGES, LEXICONS, type Modules } from './languages.js';

type Entry<M extends keyof Modules, K extends keyof Modules[M]> = Modules[M][K];

/** The words at `key` of `module` in the languages that have them. */
export function someWords<M extends keyof Modules, K extends keyof Modules[M] & string>(module: M, key: K): Partial<Record<Lang, Entry<M, K>>> {
  const found: Partial<Record<Lang, Entry<M, K>>> = {};
  for (const [lang, modules] of Object.entries(LEXICONS) as [Lang, Partial<Record<keyof Modules, Readonly<Record<string, unknown>>>>][]) {
    const entries = modules[module];
    if (entries && Object.hasOwn(entries, key)) found[lang] = entries[key] as Entry<M, K>;
  }
  return found;
}

/** The words at `key` of `module` in every language; a language without them fails loudly at start-up. */
export function words<M extends keyof Modules, K extends keyof Modules[M] & string>(module: M, key: K): Record<Lang, Entry<M, K>> {
  const found = someWords(module, key);
  const missing = Object.keys(LEXICONS).filter((lang) => !Object.hasOwn(found, lang));
  if (missing.length > 0) throw new Error(`src/lexicon/${missing[0]}/${module}.ts has no "${key}"`);
  return found as Record<Lang, Entry<M, K>>;
}

/** The locale a reader of `lang` writes numbers, amounts and dates in (src/lexicon/<lang>/language.ts). */
export function localeOf(lang: Lang): string {
  return LANGUAGES[lang].locale;
}

/**
 * Entries a module keeps by key in each language (`TERMS: { ID: [...], MAIL: [...] }`), turned
 * into each key's entries by language, keys in the order the languages first give them.
 */
export function byKey<V>(perLanguage: Readonly<Partial<Record<Lang, Readonly<Record<string, V>>>>>): Record<string, Partial<Record<Lang, V>>> {
  const keyed: Record<string, Partial<Record<Lang, V>>> = {};
  for (const [lang, entries] of Object.entries(perLanguage) as [Lang, Readonly<Record<string, V>>][]) {
    for (const [key, value] of Object.entries(entries)) keyed[key] = { ...keyed[key], [lang]: value };
  }
  return keyed;
}
