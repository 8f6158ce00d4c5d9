/**
 * How a field is written in an author's language: its heading, its YAML key, the guidance a
 * template gives for it, and the nearest field to a misspelt key. `itstrat init` writes
 * proposals with these words and the fixes insert and correct with the same ones.
 */
import type { Lang } from '../model/model.js';
import { fieldVocab, keysAt, norm } from './vocabulary.js';
import { editDistance } from './nearest.js';
import { byKey, words } from './words.js';

/** The words a suggested section opens its guidance with. */
export const FILL_IN: Readonly<Record<Lang, string>> = words('sections', 'FILL_IN');

/** The author's word for a field: its first alias in the language, else its key. */
export function fieldHeading(path: string, lang: Lang): string {
  const key = path.slice(path.lastIndexOf('.') + 1);
  return fieldVocab(path)?.aliases[lang]?.[0] ?? key;
}

/** The field's YAML key in the language, when it reads back as the field; else the canonical key. */
export function fieldKey(path: string, lang: Lang): string {
  const key = path.slice(path.lastIndexOf('.') + 1);
  if (lang === 'en') return key;
  const parent = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : '';
  const candidate = fieldHeading(path, lang).toLowerCase().replace(/\s+/g, '-');
  return keysAt(parent)?.byAlias.get(norm(candidate)) === key ? candidate : key;
}

type Guidance = Record<string, Record<Lang, string>>;

/** What a template says to fill in, per field (by its last key; `intro` opens it) and language. */
const GUIDANCE = byKey(words('sections', 'GUIDANCE')) as Guidance;

export function templateGuidance(): Guidance {
  return GUIDANCE;
}

/** The template's guidance for a field in the language, if it has one. */
export function fieldGuidance(path: string, lang: Lang): string | undefined {
  return templateGuidance()[path.slice(path.lastIndexOf('.') + 1)]?.[lang];
}

/**
 * The field a key that is no field most likely means ("ownr" → owner, "ejr" → ejer), written as
 * the author would write it: the canonical key, or a one-word alias of the author's language
 * in the author's case. Only a close (one edit in a short key, two in a long one) and
 * unambiguous match counts; short keys ("foo", "tax") never match.
 */
export function nearMissKey(parentPath: string, written: string, lang: Lang): { field: string; text: string } | undefined {
  const index = keysAt(parentPath);
  const folded = norm(written);
  if (!index || folded.length < 4 || index.byAlias.has(folded)) return undefined;
  const limit = folded.length <= 6 ? 1 : 2;
  let best: { distance: number; fields: Set<string>; text: string } | undefined;
  // A many-word alias is written with the author's own separator ("fællesoffentlig-løsning"), if the key has one.
  const separator = /[-_]/.exec(written)?.[0];
  for (const [field, spec] of Object.entries(index.specs)) {
    const aliases = (spec.aliases[lang] ?? []).flatMap((alias) => (!/\s/.test(alias) ? [alias] : separator ? [alias.split(/\s+/).join(separator)] : []));
    const spellings = [field, ...aliases];
    for (const spelling of spellings) {
      const distance = editDistance(folded, norm(spelling), limit);
      if (distance > limit) continue;
      const text = spelling === field ? field : inCaseOf(written, spelling);
      if (!best || distance < best.distance) best = { distance, fields: new Set([field]), text };
      else if (distance === best.distance) {
        best.fields.add(field);
        // The author's language before the canonical English key, at the same distance.
        if (spelling !== field && lang !== 'en') best.text = text;
      }
    }
  }
  if (best?.fields.size !== 1) return undefined;
  return { field: [...best.fields][0]!, text: best.text };
}

/** `word` in the case the author wrote `like` in: all lower, all upper, or as the lexicon has it. */
function inCaseOf(like: string, word: string): string {
  if (like === like.toLowerCase()) return word.toLowerCase();
  if (like === like.toUpperCase()) return word.toUpperCase();
  return word;
}
