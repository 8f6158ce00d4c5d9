/**
 * File → located model: a YAML mapping, or a located document (Markdown) with its front matter.
 * Everything that can go wrong with the bytes themselves (too large, binary, not UTF-8) is a
 * located `parse` problem here; the format loaders handle syntax. What the text means is read
 * after this, in src/interpret/.
 */
import type { LocatedDocument } from '../document.js';
import type { Directive, MapNode, Proposal, Range } from '../model.js';
import { findDirectives } from './directives.js';
import { LIMIT_MESSAGES, MARKDOWN_LIMITS, markdownLimitExceeded } from './markdown-limits.js';
import { loadYamlMapping } from './yaml.js';
import type { LoadProblem } from './problems.js';

export type { LoadProblem } from './problems.js';

/** A file as its parser read it: structure and positions, no meaning yet. */
export interface LoadedFile {
  format: Proposal['format'];
  /** The YAML proposal (a `.yaml` file). */
  mapping?: MapNode;
  /** The prose document (a Markdown file), front matter included. */
  document?: LocatedDocument;
  directives: Directive[];
  /** Where a missing top-level field belongs: the front matter, or line 1. */
  anchor: Range;
  lineCount: number;
  source: string;
}

export interface LoadFileResult {
  /** Absent when the file could not be read at all. */
  file?: LoadedFile;
  problems: LoadProblem[];
}

export const DEFAULT_MAX_BYTES = 4 * 1024 * 1024;

export function formatOf(filePath: string): 'yaml' | 'markdown' | undefined {
  const lower = filePath.toLowerCase();
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'markdown';
  return undefined;
}

const START: Range = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/**
 * Read a file's bytes with its format's parser. Synchronous: the Markdown loader (needed for .md
 * and .markdown) is imported by the caller beforehand, so a file's whole work can run inside one
 * time-boxed call (see src/cli/isolation.ts).
 */
export function loadFile(filePath: string, bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES, markdown?: typeof import('./markdown.js')): LoadFileResult {
  const fail = (messageId: string, range: Range = START, data?: Record<string, string | number>): LoadFileResult => ({
    problems: [{ ruleId: 'parse', messageId, range, ...(data ? { data } : {}) }],
  });
  if (bytes.length > maxBytes) return fail('tooLarge', START, { size: bytes.length, limit: maxBytes });
  const nul = bytes.subarray(0, 8192).indexOf(0);
  if (nul >= 0) return fail('binary', positionOfByte(bytes, nul));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('invalidUtf8', positionOfByte(bytes, firstInvalidUtf8(bytes)));
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // Nothing but white space (and byte-order marks): one finding, not one per missing field.
  if (!/[^\s\ufeff]/.test(text)) return fail('empty');
  const format = formatOf(filePath) ?? 'yaml';
  const lines = text.split(/\r\n|\r|\n/);
  const lineCount = lines.length;
  let mapping: MapNode | undefined;
  let document: LocatedDocument | undefined;
  let anchor: Range = START;
  let frontMatter: Range | undefined;
  const problems: LoadProblem[] = [];
  try {
    if (format === 'markdown') {
      const deep = tooDeepMarkdown(lines);
      if (deep) return fail('markdownTooDeep', deep, { limit: MAX_MARKDOWN_DEPTH });
      const exceeded = markdownLimitExceeded(lines);
      if (exceeded) return fail(LIMIT_MESSAGES[exceeded.limit], exceeded.range, { limit: MARKDOWN_LIMITS[exceeded.limit] });
      if (!markdown) throw new Error('the Markdown loader was not loaded');
      const { loadMarkdown } = markdown;
      const result = loadMarkdown(text);
      problems.push(...result.problems);
      document = result.document;
      frontMatter = document?.front?.range;
      if (frontMatter) anchor = { ...frontMatter, endLine: frontMatter.line, endColumn: 4 };
    } else {
      const result = loadYamlMapping(text);
      problems.push(...result.problems);
      mapping = result.root;
      if (!mapping && !problems.length) problems.push({ ruleId: 'parse', messageId: 'empty', range: START });
    }
  } catch (error) {
    // A parser that gives up on an input (stack exhausted, say) makes that file a finding, never a crash of the run.
    if (error instanceof RangeError && /call stack/i.test(error.message))
      return fail('markdownTooDeep', tooDeepMarkdown(lines, 0) ?? START, { limit: MAX_MARKDOWN_DEPTH });
    return fail('unparsable', START, { detail: (error instanceof Error ? error.message : String(error)).split('\n')[0]! });
  }
  if ((!mapping && !document) || problems.some((problem) => problem.ruleId === 'parse' && fatalIds.has(problem.messageId))) {
    return { problems };
  }
  const file: LoadedFile = {
    format,
    ...(mapping ? { mapping } : {}),
    ...(document ? { document } : {}),
    // Front matter is YAML: `# itstrat-disable …` there covers its keys, which no HTML comment can precede.
    directives: [
      ...(frontMatter ? findDirectives(lines.slice(frontMatter.line, frontMatter.endLine - 1), 'yaml', frontMatter.line) : []),
      ...findDirectives(lines, format),
    ],
    anchor,
    lineCount,
    source: text,
  };
  return { file, problems };
}

/** Problems after which there is no model to lint. */
const fatalIds = new Set([
  'yamlSyntax',
  'multipleDocuments',
  'duplicateKey',
  'aliasBomb',
  'tooDeep',
  'yamlTooManyBrackets',
  'notMapping',
  'frontMatterUnclosed',
  'empty',
]);

/** Quotes and lists nested deeper than this make the Markdown parser crawl or exhaust its stack. */
const MAX_MARKDOWN_DEPTH = 100;

/**
 * The first line whose prefix opens more than `limit` containers (`>`, or a list marker
 * followed by a space) or is indented past `limit` × 2 columns. With `limit` 0: the line with
 * the deepest prefix.
 */
function tooDeepMarkdown(lines: string[], limit = MAX_MARKDOWN_DEPTH): Range | undefined {
  let deepest: { depth: number; range: Range } | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    let levels = 0;
    let width = 0;
    let at = 0;
    for (; at < line.length; at++) {
      const char = line[at];
      if (char === ' ') width++;
      else if (char === '\t') width += 4;
      else if (char === '>') levels++;
      else if ((char === '-' || char === '*' || char === '+') && (line[at + 1] === ' ' || line[at + 1] === '\t')) levels++;
      else break;
    }
    // A nested list needs at least two columns of indentation a level ("- " under "- ").
    const depth = Math.max(levels, width / 2);
    const range = { line: index + 1, column: 1, endLine: index + 1, endColumn: at + 1 };
    if (limit && depth > limit) return range;
    if (!limit && depth > (deepest?.depth ?? 0)) deepest = { depth, range };
  }
  return deepest?.range;
}

function positionOfByte(bytes: Uint8Array, offset: number): Range {
  let line = 1;
  let lineStart = 0;
  // Lines end at \r\n, a lone \r or \n (src/model/lines.ts), counted on the bytes here because they may not decode.
  for (let index = 0; index < offset; index++) {
    if (bytes[index] === 0x0a || (bytes[index] === 0x0d && bytes[index + 1] !== 0x0a)) {
      line++;
      lineStart = index + 1;
    }
  }
  const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset)).length + 1;
  return { line, column, endLine: line, endColumn: column + 1 };
}

/**
 * Offset of the first byte that does not start or continue a valid UTF-8 sequence, by the
 * Unicode table of well-formed byte sequences: the second byte's range depends on the first, so
 * encoded surrogates (ED A0 80), overlong forms (C0 80, E0 80 80) and code points past U+10FFFF
 * (F4 90 …) are caught where they start — where the strict decoder gave up.
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index]!;
    if (byte < 0x80) {
      index++;
      continue;
    }
    const [length, low, high] =
      byte >= 0xc2 && byte <= 0xdf
        ? [2, 0x80, 0xbf]
        : byte === 0xe0
          ? [3, 0xa0, 0xbf]
          : byte === 0xed
            ? [3, 0x80, 0x9f]
            : byte >= 0xe1 && byte <= 0xef
              ? [3, 0x80, 0xbf]
              : byte === 0xf0
                ? [4, 0x90, 0xbf]
                : byte >= 0xf1 && byte <= 0xf3
                  ? [4, 0x80, 0xbf]
                  : byte === 0xf4
                    ? [4, 0x80, 0x8f]
                    : [0, 0, 0];
    if (length === 0) return index;
    const second = bytes[index + 1];
    if (second === undefined || second < low || second > high) return index;
    for (let next = 2; next < length; next++) {
      const continuation = bytes[index + next];
      if (continuation === undefined || (continuation & 0xc0) !== 0x80) return index;
    }
    index += length;
  }
  return Math.max(0, bytes.length - 1);
}
