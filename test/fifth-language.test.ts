/**
 * Adding a language is adding a folder (issue 7): `Lang` and `LANGS` are derived from the
 * folders of src/lexicon/ that hold a language.ts, and no file outside those folders and the
 * rules' own catalogues (rules/<id>.ts `meta.messages`) holds text keyed by language — not the
 * data either: data/ holds what is the same in every language (ids, clause quotes in their
 * strategy's language, component names) and each folder says what it is called in its language.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clauseCatalogue } from '../src/lexicon/clauses.js';
import { LANGUAGES, LEXICONS } from '../src/lexicon/languages.js';
import { LANGS } from '../src/model/model.js';
import { ROOT } from './helpers/ci-run.js';

const LEXICON = join(ROOT, 'src', 'lexicon');

/** An object keyed by a language code other than English (`da: [...]`, `"sv": "..."`). */
const KEYED_BY_LANGUAGE = new RegExp(`(?:^|[{,(]\\s*)['"]?(?:${LANGS.filter((lang) => lang !== 'en').join('|')})['"]?\\s*:`, 'm');

/** The files under `dir`, but installed packages and build output (not ours to keep). */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name === 'node_modules' || name === 'dist') return [];
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const folders = readdirSync(LEXICON).filter((name) => existsSync(join(LEXICON, name, 'language.ts')));

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

  it('no file outside the language folders and the rules holds text keyed by language, data included', () => {
    const keyed = ['src', 'data', 'scripts', 'schemas', 'bin', 'bench', 'editors']
      .flatMap((dir) => files(join(ROOT, dir)))
      .map((path) => relative(ROOT, path).split('\\').join('/'))
      // The registry generated from the folders is keyed by language by design.
      .filter((path) => /\.(ts|js|mjs|cjs|json)$/.test(path) && !/^src\/lexicon\/[a-z]{2,3}\//.test(path) && path !== 'src/lexicon/languages.ts')
      .filter((path) => KEYED_BY_LANGUAGE.test(readFileSync(join(ROOT, path), 'utf8')));
    expect(keyed).toEqual([]);
  });

  it("a language's clause titles are of clauses in data/clauses.json, not of its own strategies (their own title names them)", () => {
    // A clause a language has no title for shows its own (a new strategy needs no translation to run).
    const { clauses, strategies } = clauseCatalogue();
    for (const lang of LANGS) {
      const stray = Object.keys(LEXICONS[lang].clauses.TITLES).filter(
        (id) => !Object.hasOwn(clauses, id) || strategies[clauses[id]!.strategy].language === lang,
      );
      expect(stray, lang).toEqual([]);
    }
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
