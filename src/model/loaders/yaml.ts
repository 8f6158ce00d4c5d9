/**
 * YAML → located mapping, keys and values as written (src/interpret/normalise.ts reads them as
 * fields). Positions come from the yaml library's node ranges, placed by the
 * model's line index (src/model/lines.ts); an alias bomb is measured before anything is
 * expanded, so it is a finding, not a hang.
 */
import { type Alias, isAlias, isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { LineIndex } from '../lines.js';
import type { ListNode, MapNode, ModelNode, Range } from '../model.js';
import { FatalLoadError, type LoadProblem } from './problems.js';

/** Values a document may expand to through aliases: enough for any real proposal, far below a bomb. */
const MAX_NODES = 50_000;
const MAX_DEPTH = 100;
/**
 * Flow indicators ("[", "]", "{", "}") in one text: a proposal has tens. Past a few thousand the
 * yaml library raises an error per stray bracket, each an Error object (96,000 brackets: 11 s,
 * 225 MB), so the text is refused first by a linear count, with a located finding.
 */
export const MAX_FLOW_INDICATORS = 10_000;

export interface YamlResult {
  root?: MapNode;
  problems: LoadProblem[];
}

/**
 * Parse `text` as a proposal mapping. `lineOffset` shifts positions for front matter that
 * starts below line 1 of the file.
 */
export function loadYamlMapping(text: string, lineOffset = 0): YamlResult {
  // YAML and the line numbers of findings count a lone CR as a line break; the yaml library does
  // not. Same length, so offsets stay true.
  if (text.includes('\r')) text = text.replace(/\r(?!\n)/g, '\n');
  // Positions from our own line index of the whole text: the library's LineCounter knows only the
  // lines its lexer reached, so after an early error an end offset could land past its line.
  const lines = new LineIndex(text);
  const flood = floodOfBrackets(text);
  if (flood !== undefined) {
    const at = lines.position(flood);
    const range = { line: at.line + lineOffset, column: at.column, endLine: at.line + lineOffset, endColumn: at.column + 1 };
    return { problems: [{ ruleId: 'parse', messageId: 'yamlTooManyBrackets', data: { limit: MAX_FLOW_INDICATORS }, range }] };
  }
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, keepSourceTokens: false });
  const toRange = (start: number, end: number): Range => {
    const from = lines.position(start);
    const to = lines.position(Math.max(start, end));
    return { line: from.line + lineOffset, column: from.column, endLine: to.line + lineOffset, endColumn: to.column };
  };
  const problems: LoadProblem[] = [];
  // A closing "---" (front-matter style) starts an empty second document: not a fault.
  const fault = doc.errors.length === 1 && doc.errors[0]!.code === 'MULTIPLE_DOCS' && onlyEmptyAfter(text, doc.errors[0]!.pos[0]) ? undefined : doc.errors[0];
  if (fault) {
    const [start, end] = fault.pos;
    problems.push({
      ruleId: 'parse',
      // RESOURCE_EXHAUSTION: the composer ran out of stack on nesting thousands of levels deep.
      ...(fault.code === 'RESOURCE_EXHAUSTION'
        ? { messageId: 'tooDeep', data: { limit: MAX_DEPTH } }
        : fault.code === 'MULTIPLE_DOCS'
          ? { messageId: 'multipleDocuments' }
          : fault.code === 'DUPLICATE_KEY'
            ? { messageId: 'duplicateKey', data: { key: keyAt(text, start) } }
            : { messageId: 'yamlSyntax', data: { detail: firstLine(fault.message) } }),
      range: fault.code === 'DUPLICATE_KEY' ? toRange(start, start + keyAt(text, start).length) : toRange(start, end),
    });
    return { problems };
  }
  if (doc.contents === null) return { root: undefined, problems };
  // `Alias.resolve` searches the whole document on every call: resolve each alias once.
  const targets = new Map<Alias, YamlNode | undefined>();
  const targetOf = (alias: Alias): YamlNode | undefined => {
    if (!targets.has(alias)) targets.set(alias, alias.resolve(doc) as YamlNode | undefined);
    return targets.get(alias);
  };
  const bomb = aliasBomb(doc.contents as YamlNode, targetOf);
  if (bomb) {
    const at = bomb.range ? toRange(bomb.range[0], bomb.range[1]) : toRange(0, 0);
    return { problems: [{ ruleId: 'parse', messageId: 'aliasBomb', data: { limit: MAX_NODES }, range: at }] };
  }

  const convert = (node: YamlNode | null, depth: number, fallback: Range): ModelNode => {
    if (depth > MAX_DEPTH) {
      throw new FatalLoadError({
        ruleId: 'parse',
        messageId: 'tooDeep',
        data: { limit: MAX_DEPTH },
        range: node?.range ? toRange(node.range[0], node.range[1]) : fallback,
      });
    }
    if (node === null) return { kind: 'scalar', value: null, range: fallback };
    const range = node.range ? toRange(node.range[0], node.range[1]) : fallback;
    if (isAlias(node)) {
      const target = targetOf(node as Alias);
      if (!target) return { kind: 'scalar', value: null, range };
      return { ...convert(target, depth + 1, range), range };
    }
    if (isScalar(node)) {
      const value = node.value;
      const scalar = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null ? value : String(value);
      return { kind: 'scalar', value: scalar, range };
    }
    if (isSeq(node)) {
      const list: ListNode = { kind: 'list', items: [], range };
      for (const entry of node.items) list.items.push(convert(entry as YamlNode | null, depth + 1, range));
      return list;
    }
    if (isMap(node)) {
      const map: MapNode = { kind: 'map', entries: new Map(), range };
      for (const pair of node.items) {
        const keyNode = pair.key as YamlNode | null;
        const keyText = isScalar(keyNode) ? String(keyNode.value) : keyNode ? String(keyNode) : '';
        const keyRange = keyNode?.range ? toRange(keyNode.range[0], keyNode.range[1]) : range;
        const afterKey = { ...keyRange, line: keyRange.endLine, column: keyRange.endColumn };
        const value = convert(pair.value as YamlNode | null, depth + 1, afterKey);
        const existing = map.entries.get(keyText);
        // `1:` and `"1":` are two keys to YAML but one as written; the first stays.
        if (existing) {
          const line = (existing.keyRange ?? existing.range).line;
          problems.push({ ruleId: 'parse', messageId: 'duplicateField', data: { key: keyText, field: keyText, line }, range: keyRange });
        } else map.entries.set(keyText, { ...value, keyRange, key: keyText });
      }
      return map;
    }
    return { kind: 'scalar', value: String(node), range };
  };

  try {
    const root = convert(doc.contents as YamlNode, 0, toRange(0, 0));
    if (root.kind !== 'map') {
      problems.push({ ruleId: 'parse', messageId: 'notMapping', data: { kind: root.kind }, range: root.range });
      return { problems };
    }
    return { root, problems };
  } catch (error) {
    if (error instanceof FatalLoadError) return { problems: [error.problem] };
    throw error;
  }
}

/**
 * The alias, written in the document, whose expansion takes the document past MAX_NODES
 * values — found without expanding anything: each node's expanded size is computed once, so
 * this is linear in the text however many times the aliases multiply. An alias inside its own
 * anchor (`a: &a [*a]`) never ends and counts as infinite.
 */
function aliasBomb(root: YamlNode, targetOf: (alias: Alias) => YamlNode | undefined): Alias | undefined {
  const sizes = new Map<YamlNode, number>();
  const sizeOf = (node: YamlNode | null | undefined, depth: number): number => {
    if (!node || depth > MAX_DEPTH) return 1;
    const known = sizes.get(node);
    if (known !== undefined) return known;
    sizes.set(node, Infinity);
    let size = 1;
    if (isAlias(node)) size = sizeOf(targetOf(node as Alias), depth + 1);
    else if (isSeq(node)) for (const item of node.items) size += sizeOf(item as YamlNode | null, depth + 1);
    else if (isMap(node))
      for (const pair of node.items) size += sizeOf(pair.key as YamlNode | null, depth + 1) + sizeOf(pair.value as YamlNode | null, depth + 1);
    sizes.set(node, size);
    return size;
  };
  if (sizeOf(root, 0) <= MAX_NODES) return undefined;
  // Only what aliases add counts: a large document written out in full is no bomb.
  let total = 0;
  const find = (node: YamlNode | null | undefined, depth: number): Alias | undefined => {
    if (!node || depth > MAX_DEPTH) return undefined;
    if (isAlias(node)) {
      total += sizeOf(node, depth);
      return total > MAX_NODES ? (node as Alias) : undefined;
    }
    const children = isSeq(node) ? node.items : isMap(node) ? node.items.flatMap((pair) => [pair.key, pair.value]) : [];
    for (const child of children) {
      const found = find(child as YamlNode | null, depth + 1);
      if (found) return found;
    }
    return undefined;
  };
  return find(root, 0);
}

/** The key written at `offset` (up to its colon, unquoted), for a duplicate-key message. */
function keyAt(text: string, offset: number): string {
  const end = text.indexOf('\n', offset);
  const line = text.slice(offset, end < 0 ? undefined : end);
  const quoted = /^(["'])(.*?)\1/.exec(line);
  if (quoted) return quoted[2]!;
  return (/^[^:#\n\r]*?(?=\s*:(\s|$))/.exec(line)?.[0] ?? line).trim() || line.trim();
}

/** Nothing but a document marker, blank lines and comments from `offset` on. */
function onlyEmptyAfter(text: string, offset: number): boolean {
  return text
    .slice(offset)
    .replace(/^(---|\.\.\.)/, '')
    .split('\n')
    .every((line) => /^\s*(#.*)?$/.test(line) || /^(---|\.\.\.)\s*(#.*)?$/.test(line));
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/** The offset of the flow indicator that passes the limit, if one does. */
function floodOfBrackets(text: string): number | undefined {
  let count = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if ((code === 0x5b || code === 0x5d || code === 0x7b || code === 0x7d) && ++count > MAX_FLOW_INDICATORS) return index;
  }
  return undefined;
}
