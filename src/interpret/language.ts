/**
 * The language a proposal is written in: its `language` field, else the one whose
 * distinctive words its keys, headings and text use most.
 */
import type { Lang, MapNode, ModelNode, Section } from '../model/model.js';
import { LANGS } from '../model/model.js';
import { aliasLanguages, canonicalValue } from '../lexicon/vocabulary.js';
import { clauseCatalogue, isStrategy } from '../lexicon/clauses.js';
import { CLOSE_LANGUAGE_MARKERS, LANGUAGE_LETTERS, LANGUAGE_MARKERS } from '../lexicon/language-markers.js';

export function languageName(value: unknown): Lang | undefined {
  return typeof value === 'string' ? (canonicalValue('language', value) as Lang | undefined) : undefined;
}

function wordsPattern(list: readonly string[]): RegExp {
  return new RegExp(`(?<!\\p{L})(?:${list.join('|')})(?!\\p{L})`, 'gu');
}

/** A pattern per language of the lexicon's lists (`LANGUAGE_MARKERS` …), for the languages that have one. */
function patterns(lists: Partial<Record<Lang, readonly string[]>>): [Lang, RegExp][] {
  return LANGS.flatMap((lang) => (lists[lang]?.length ? [[lang, wordsPattern(lists[lang])] as [Lang, RegExp]] : []));
}

const MARKERS = patterns(LANGUAGE_MARKERS);
const CLOSE_MARKERS = patterns(CLOSE_LANGUAGE_MARKERS);
const LETTERS = LANGS.flatMap((lang) => (LANGUAGE_LETTERS[lang]?.length ? [[lang, LANGUAGE_LETTERS[lang]] as const] : []));

/**
 * Keys and headings vote for the languages whose vocabulary they belong to: a short file says
 * more with "Prosjekteier" than with its prose.
 */
function vocabularyVotes(root: MapNode, sections: readonly Section[], score: Record<Lang, number>): void {
  const vote = (word: string | undefined): void => {
    const langs = word ? aliasLanguages(word) : undefined;
    if (!langs || langs.size > 2) return;
    for (const lang of langs) score[lang] += lang === 'en' ? 1 : 4 / langs.size;
  };
  const visit = (node: ModelNode): void => {
    vote(node.key);
    if (node.kind === 'map') node.entries.forEach(visit);
    else if (node.kind === 'list') node.items.forEach(visit);
  };
  root.entries.forEach(visit);
  for (const section of sections) vote(section.heading);
}

export function guessLanguage(root: MapNode, text: string, sections: readonly Section[] = []): Lang {
  const declared = languageName(scalarValue(root, 'language'));
  if (declared) return declared;
  const sample = (text.length > 20_000 ? text.slice(0, 20_000) : text).toLowerCase();
  const score = Object.fromEntries(LANGS.map((lang) => [lang, 0])) as Record<Lang, number>;
  for (const [lang, pattern] of MARKERS) score[lang] += (sample.match(pattern) ?? []).length;
  for (const [lang, letters] of LETTERS) if (letters.some((letter) => sample.includes(letter))) score[lang] += 5;
  for (const [lang, pattern] of CLOSE_MARKERS) score[lang] += (sample.match(pattern) ?? []).length * 2;
  vocabularyVotes(root, sections, score);
  const strategy = String(scalarValue(root, 'strategy') ?? '');
  if (isStrategy(strategy)) score[clauseCatalogue().strategies[strategy].language] += 6;
  let best: Lang = 'en';
  for (const lang of LANGS) if (score[lang] > score[best]) best = lang;
  return best;
}

function scalarValue(root: MapNode, key: string): unknown {
  const node = root.entries.get(key);
  return node?.kind === 'scalar' ? node.value : undefined;
}
