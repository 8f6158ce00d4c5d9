/**
 * Adding a language is adding a folder (issue 7): `Lang` and `LANGS` are derived from the
 * folders of src/lexicon/ that hold a language.ts, and no file outside those folders and the
 * rules' own catalogues (rules/<id>.ts `meta.messages`) holds text keyed by language — except
 * the data files listed below, which the lexicon reads (its front door) and a new language adds
 * its text to.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, LEXICONS } from '../src/lexicon/languages.js';
import { LANGS } from '../src/model/model.js';
import { ROOT } from './helpers/ci-run.js';

const LEXICON = join(ROOT, 'src', 'lexicon');

/** The data files with text per language: each is read through src/lexicon/ and gets a new language's text. */
const DATA_WITH_LANGUAGES = [
  'data/clauses.json', // each clause's translation and modal verbs
  'data/components.json', // the shared components' names and what they do
  'data/duplication-terms.json', // the words that say a proposal builds its own
  'data/init-guidance.json', // what `itstrat init` says to fill in, per field
  'data/metric-quality.json', // the words that make a metric measurable
];

/** An object keyed by a language code other than English (`da: [...]`, `"sv": "..."`). */
const KEYED_BY_LANGUAGE = new RegExp(`(?:^|[{,(]\\s*)['"]?(?:${LANGS.filter((lang) => lang !== 'en').join('|')})['"]?\\s*:`, 'm');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const folders = readdirSync(LEXICON).filter((name) => existsSync(join(LEXICON, name, 'language.ts')));
/** Whether split-lexicon.mjs has moved the concept modules' words into the folders (it has when a folder holds a concept's words). */
const split = folders.some((lang) => readdirSync(join(LEXICON, lang)).some((name) => name !== 'language.ts' && existsSync(join(LEXICON, name))));

describe('a language is a folder', () => {
  it('Lang and LANGS are the folders of src/lexicon/ with a language.ts, in the order of their rank', () => {
    const rank = (lang: string): number => Number(/export const rank = (\d+);/.exec(readFileSync(join(LEXICON, lang, 'language.ts'), 'utf8'))![1]);
    expect([...LANGS]).toEqual([...folders].sort((a, b) => rank(a) - rank(b)));
    expect(Object.keys(LANGUAGES)).toEqual([...LANGS]);
    expect(Object.keys(LEXICONS)).toEqual([...LANGS]);
    // Generated at build time, never written by hand.
    const ignored = readFileSync(join(ROOT, '.gitignore'), 'utf8').split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['src/model/langs.ts', 'src/lexicon/languages.ts']));
  });

  it('every language folder has the same modules of words: a language lacks none', () => {
    for (const lang of LANGS) expect(Object.keys(LEXICONS[lang]).sort(), lang).toEqual(Object.keys(LEXICONS.en).sort());
  });

  it('no file outside the language folders and the rules holds text keyed by language, but the listed data files', () => {
    const keyed = [...files(join(ROOT, 'src')), ...files(join(ROOT, 'data')), ...files(join(ROOT, 'scripts'))]
      .map((path) => relative(ROOT, path).split('\\').join('/'))
      // The registry generated from the folders is keyed by language by design.
      .filter((path) => /\.(ts|js|json)$/.test(path) && !/^src\/lexicon\/[a-z]{2,3}\//.test(path) && path !== 'src/lexicon/languages.ts')
      .filter((path) => KEYED_BY_LANGUAGE.test(readFileSync(join(ROOT, path), 'utf8')));
    // Before split-lexicon.mjs has run (the old layout), the concept modules and catalogues still hold their words.
    const notYetSplit = split
      ? []
      : keyed.filter((path) => /^src\/(lexicon\/[\w-]+|engine\/core-messages|lsp\/messages|report\/rule-descriptions)\.ts$/.test(path));
    expect(keyed.filter((path) => !notYetSplit.includes(path)).sort()).toEqual(DATA_WITH_LANGUAGES);
  });

  it('no file names the four languages one by one', () => {
    const listed = new RegExp(LANGS.map((lang) => `['"]${lang}['"]`).join('\\s*[,|]\\s*'));
    const naming = [...files(join(ROOT, 'src')), ...files(join(ROOT, 'scripts')), ...files(join(ROOT, 'rules'))]
      .map((path) => relative(ROOT, path).split('\\').join('/'))
      .filter((path) => /\.(ts|js)$/.test(path) && path !== 'src/model/langs.ts')
      .filter((path) => listed.test(readFileSync(join(ROOT, path), 'utf8')));
    expect(naming).toEqual([]);
  });
});
