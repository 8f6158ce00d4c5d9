/**
 * A field named as the author's template names it: a Danish, Swedish or Norwegian reader sees
 * "Sikkerhed › Sikkerhedsniveau" where the canonical path is `security.securityLevel`, and
 * `followUp.metrics[4].method` as "Opfølgning › Måltal 4 › Metode" (the first heading alias of
 * each field in its language, an item of a list by its number). English keeps the path: it is
 * the key an English YAML proposal writes.
 */
import type { Lang } from '../model/model.js';
import { fieldVocab } from './vocabulary.js';

/** The separator between the headings of a nested field. */
const BETWEEN = ' › ';

export function fieldName(path: string, lang: Lang): string {
  if (lang === 'en' || path === '') return path;
  const names: string[] = [];
  const canonical: string[] = [];
  for (const segment of path.match(/[^.[\]]+|\[\d+\]/g) ?? []) {
    // `[4]` is an item as a message counts it (from 1), `.3.` as a JSON pointer does (from 0).
    const number = /^\[(\d+)\]$/.exec(segment)?.[1] ?? (/^\d+$/.test(segment) ? String(Number(segment) + 1) : undefined);
    if (number !== undefined && names.length > 0) {
      names[names.length - 1] = `${names.at(-1)} ${number}`;
      continue;
    }
    canonical.push(segment);
    names.push(fieldVocab(canonical.join('.'))?.aliases[lang]?.[0] ?? segment);
  }
  return names.join(BETWEEN);
}
