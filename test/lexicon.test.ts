/**
 * The lexicon is the one home of the words the tool understands (issue 7, item 1): no rule,
 * loader or formatter defines a word list or a language-specific regular expression of its own,
 * and each concept is listed once in src/lexicon/.
 *
 * The scan reads each TypeScript source as JavaScript (esbuild strips the types) and walks its
 * syntax tree (acorn). It reports
 * - an array literal with three or more strings that are words (letters, not identifiers such as
 *   clause ids "ESB-8e" or field names "horizonYears");
 * - an object literal keyed by languages (`{ da: [...], sv: [...] }`) whose values are strings
 *   or lists of them, however short;
 * - a regular expression — a literal, or the strings and templates given to `RegExp` — that keeps
 *   a run of three letters once escapes (`\p{L}`, `\s`), character classes and group syntax are
 *   taken out: `/\s+/`, `/^\d+$/` and `[\p{L}\p{N}]` are structure, `/ikke|inte|not/` is words.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'acorn';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { allPhrases, type WordLists } from '../src/lexicon/phrases.js';
import { ROOT } from './helpers/ci-run.js';

const SCANNED = ['rules', 'src/model/loaders', 'src/formatters'];

/**
 * Regular expressions with letters that are not words of the four languages: the tool's own
 * directive syntax, messages of the YAML library and of the JavaScript engine, field paths.
 */
const NOT_LANGUAGE = new Set([
  'src/model/loaders/directives.ts <!--\\s*itstrat-(disable-next-line|disable-line|disable|enable)\\b([\\s\\S]*?)-->',
  'src/model/loaders/directives.ts (?:^|\\s)#\\s*itstrat-(disable-next-line|disable-line|disable|enable)\\b(.*)$',
  'src/model/loaders/index.ts call stack',
  'src/model/loaders/yaml.ts  at line \\d+, column \\d+:?$',
  'src/model/loaders/normalise.ts (\\.year|^businessCase\\.horizonYears)$',
]);

const LANGS = new Set(['en', 'da', 'sv', 'nb']);

interface Node {
  type: string;
  start: number;
  [key: string]: unknown;
}

/** A regular expression's source without its structure: escapes, classes, group syntax, quantifiers. */
function wordsOfPattern(pattern: string): string | undefined {
  const bare = pattern
    .replace(/\\[pPu]\{[^}]*\}/g, ' ')
    .replace(/\\./g, ' ')
    .replace(/\[(?:[^\]\\]|\\.)*\]/g, ' ')
    .replace(/\(\?(?:<?[=!]|:|<[A-Za-z]\w*>)/g, ' ');
  return /\p{L}{3,}/u.exec(bare)?.[0];
}

/** An identifier written as a string: a clause id ("ESB-3.1a"), a camelCase key ("horizonYears"). */
function isIdentifier(text: string): boolean {
  return /^[A-Z]{2,4}-[\w.]+$/.test(text) || /^[a-z]+(?:[A-Z][a-z0-9]*)+$/.test(text);
}

function stringValue(node: Node | null): string | undefined {
  if (!node) return undefined;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && (node.expressions as unknown[]).length === 0) return (node.quasis as { value: { cooked: string } }[])[0]!.value.cooked;
  return undefined;
}

/** Every string and template text inside a node (the arguments of `new RegExp(…)`). */
function textsIn(node: unknown, out: string[] = []): string[] {
  if (!node || typeof node !== 'object') return out;
  const value = node as Node;
  if (value.type === 'Literal' && typeof value.value === 'string') out.push(value.value);
  if (value.type === 'TemplateElement') out.push((value.value as { cooked: string }).cooked);
  for (const [key, child] of Object.entries(value)) if (key !== 'loc') textsIn(child, out);
  return out;
}

interface LexiconFinding {
  at: string;
  what: string;
}

/** What in a source defines words of its own; `file` is the path from the project root. */
function wordsDefinedIn(file: string, source: string): LexiconFinding[] {
  const js = transformSync(source, { loader: 'ts', format: 'esm', target: 'esnext' }).code;
  const tree = parse(js, { ecmaVersion: 'latest', sourceType: 'module', locations: true }) as unknown as Node;
  const findings: LexiconFinding[] = [];
  const visit = (node: unknown, declaration: string): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const child of node) visit(child, declaration);
      return;
    }
    const value = node as Node & { loc?: { start: { line: number } } };
    if (typeof value.type !== 'string') return;
    if (value.type === 'VariableDeclarator' && (value.id as Node).type === 'Identifier' && !declaration) declaration = (value.id as { name: string }).name;
    const at = `${file}:${value.loc?.start.line ?? '?'}${declaration ? ` (${declaration})` : ''}`;
    if (value.type === 'ArrayExpression') {
      const words = (value.elements as (Node | null)[])
        .map(stringValue)
        .filter((text): text is string => text !== undefined && /\p{L}/u.test(text) && !isIdentifier(text));
      if (words.length >= 3) findings.push({ at, what: `word list [${words.slice(0, 3).join(', ')}, …]` });
    } else if (value.type === 'ObjectExpression') {
      const properties = value.properties as Node[];
      const keyed = properties.filter(
        (property) =>
          property.type === 'Property' &&
          LANGS.has(((property.key as Node & { name?: string; value?: string }).name ?? (property.key as { value?: string }).value) as string),
      );
      const worded = keyed.filter((property) => {
        const inner = property.value as Node;
        return (
          stringValue(inner) !== undefined ||
          (inner.type === 'ArrayExpression' && (inner.elements as (Node | null)[]).some((element) => stringValue(element) !== undefined))
        );
      });
      // A language-keyed table of words (not of messages: those are objects of ids to texts).
      if (keyed.length >= 2 && worded.length === keyed.length && worded.some((property) => (property.value as Node).type === 'ArrayExpression'))
        findings.push({ at, what: 'word lists per language' });
    } else if (value.type === 'Literal' && (value as { regex?: { pattern: string } }).regex) {
      const { pattern } = (value as unknown as { regex: { pattern: string } }).regex;
      const word = wordsOfPattern(pattern);
      if (word && !NOT_LANGUAGE.has(`${file} ${pattern}`)) findings.push({ at, what: `regular expression with "${word}": /${pattern.slice(0, 60)}/` });
    } else if (
      (value.type === 'NewExpression' || value.type === 'CallExpression') &&
      (value.callee as Node).type === 'Identifier' &&
      (value.callee as { name: string }).name === 'RegExp'
    ) {
      const word = textsIn((value.arguments as Node[])[0])
        .map(wordsOfPattern)
        .find(Boolean);
      if (word) findings.push({ at, what: `RegExp built with "${word}"` });
    }
    for (const [key, child] of Object.entries(value)) if (key !== 'loc' && key !== 'regex') visit(child, declaration);
  };
  for (const statement of tree.body as Node[]) visit(statement, '');
  return findings;
}

function sourcesOf(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts'))
    .map((name) => join(ROOT, dir, name));
}

describe('the lexicon is the one home of words', () => {
  it('no file under rules/, src/model/loaders/ or src/formatters/ defines a word list or a language-specific regular expression', () => {
    const files = SCANNED.flatMap(sourcesOf);
    expect(files.length).toBeGreaterThan(40);
    const findings = files.flatMap((path) => wordsDefinedIn(relative(ROOT, path).split('\\').join('/'), readFileSync(path, 'utf8')));
    expect(findings.map(({ at, what }) => `${at}: ${what}`)).toEqual([]);
  });

  it('the scan finds what it is meant to find', () => {
    const planted = [
      'const NEGATED = /(?<![\\p{L}\\p{N}])(?:ikke|inte|not)(?![\\p{L}\\p{N}])/iu;',
      "const UNITS = ['mio', 'mill', 'tkr'];",
      "const CLOUD = { nb: ['skytjeneste*'], sv: ['molntjänst*'] };",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source text the scanner is tested on
      "const SCALE = new RegExp(`^(?:${'mio|tkr'})`, 'u');",
      'export const x = { run: (t: string) => /^(?:ja|jo|yes)\\b/.test(t) };',
    ];
    const found = planted.map((source) => wordsDefinedIn('rules/planted.ts', source).length);
    expect(found).toEqual([1, 1, 1, 1, 1]);
    const structure = [
      'const SPACE = /\\s+/;',
      'const NUMBER = /^\\d+$/u;',
      'const WORD = /[\\p{L}\\p{N}]+/u;',
      "const CLAUSES = ['ESB-8e', 'NFY-6c', 'OSK-16'];",
      "const KEYS = ['horizonYears', 'discountRate', 'itCouncilNotified'];",
      "const MESSAGES = { en: { missing: 'Add it.' }, da: { missing: 'Tilføj det.' } };",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source text the scanner is tested on
      "const EXACT = new RegExp(`(?<![\\\\p{L}\\\\p{N}])(?:${words})(?![\\\\p{L}\\\\p{N}])`, 'iu');",
    ];
    expect(structure.flatMap((source) => wordsDefinedIn('rules/planted.ts', source))).toEqual([]);
  });
});

type Module = Record<string, unknown>;

const LEXICON = join(ROOT, 'src', 'lexicon');
/**
 * Modules of the lexicon that are not concept word lists: the matcher, field vocabulary, data
 * fronts, the door to the language folders, and the markers that tell languages apart (a sample
 * of each language's commonest words, "ikke" and "inte" among them, not a concept).
 */
const NOT_CONCEPTS = new Set([
  'phrases.ts',
  'vocabulary.ts',
  'clauses.ts',
  'components.ts',
  'labels.ts',
  'package-root.ts',
  'placeholders.ts',
  'words.ts',
  'field-names.ts',
  'languages.ts',
  'language-markers.ts',
]);

function isWordLists(value: unknown): value is WordLists {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.keys(value).length > 0 &&
    Object.entries(value).every(([key, list]) => LANGS.has(key) && Array.isArray(list) && list.every((word) => typeof word === 'string'))
  );
}

async function conceptLists(): Promise<{ module: string; name: string; lists: WordLists }[]> {
  const found: { module: string; name: string; lists: WordLists }[] = [];
  for (const file of readdirSync(LEXICON)
    .filter((name) => name.endsWith('.ts') && !NOT_CONCEPTS.has(name))
    .sort()) {
    const module = (await import(join(LEXICON, file))) as Module;
    for (const [name, value] of Object.entries(module)) if (isWordLists(value)) found.push({ module: file, name, lists: value });
  }
  return found;
}

describe('each concept is listed once', () => {
  it('the concept modules export word lists per language, without a word twice in one language', async () => {
    const lists = await conceptLists();
    expect(lists.length).toBeGreaterThan(40);
    const repeated = lists.flatMap(({ module, name, lists: perLang }) =>
      Object.entries(perLang).flatMap(([lang, words]) => (new Set(words).size === words!.length ? [] : [`${module} ${name}.${lang}`])),
    );
    expect(repeated).toEqual([]);
  });

  it('no concept list is a copy of another', async () => {
    const lists = await conceptLists();
    const seen = new Map<string, string>();
    const copies: string[] = [];
    for (const { module, name, lists: perLang } of lists) {
      const key = JSON.stringify([...new Set(allPhrases(perLang).map((word) => word.toLowerCase()))].sort());
      const first = seen.get(key);
      if (first) copies.push(`${module} ${name} = ${first}`);
      else seen.set(key, `${module} ${name}`);
    }
    expect(copies).toEqual([]);
  });

  it('a word that says no is listed only in negation.ts, and under one kind there', async () => {
    const lists = await conceptLists();
    const kinds = lists.filter(({ module }) => module === 'negation.ts').filter(({ name }) => ['NEGATION', 'NONE', 'ABSENCE'].includes(name));
    expect(kinds.map(({ name }) => name).sort()).toEqual(['ABSENCE', 'NEGATION', 'NONE']);
    const owner = new Map<string, string>();
    const twice: string[] = [];
    for (const { name, lists: perLang } of kinds) {
      for (const word of new Set(allPhrases(perLang))) {
        if (owner.has(word)) twice.push(`${word}: ${owner.get(word)} and ${name}`);
        owner.set(word, name);
      }
    }
    expect(twice).toEqual([]);
    // Elsewhere a negation is part of a phrase ("bruker ikke", "finns ingen"), never a list entry on its own.
    const elsewhere = lists
      .filter(({ module }) => module !== 'negation.ts')
      .flatMap(({ module, name, lists: perLang }) =>
        allPhrases(perLang)
          .filter((word) => owner.has(word))
          .map((word) => `${module} ${name}: ${word}`),
      );
    expect(elsewhere).toEqual([]);
  });

  it('committees and units of the organisation are two concepts with no word in common', async () => {
    const { COMMITTEES, UNITS } = (await import('../src/lexicon/bodies.js')) as { COMMITTEES: WordLists; UNITS: WordLists };
    const committees = new Set(allPhrases(COMMITTEES));
    expect(allPhrases(UNITS).filter((word) => committees.has(word))).toEqual([]);
  });
});
