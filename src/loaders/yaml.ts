/**
 * YAML → located model. Positions come from the yaml library's node ranges and its
 * LineCounter; aliases are expanded under a budget so an alias bomb is a finding, not a hang.
 */
import { Alias, isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { ListNode, MapNode, ModelNode, Range } from '../model.js';
import { addEntry, canonicalKey, childPath, coerceScalar } from './normalise.js';
import { FatalLoadError, type LoadProblem } from './problems.js';

/** Enough for any real proposal; an alias bomb blows past it within microseconds. */
const MAX_NODES = 50_000;
const MAX_DEPTH = 100;

export interface YamlResult {
  root?: MapNode;
  problems: LoadProblem[];
}

/**
 * Parse `text` as a proposal mapping. `lineOffset` shifts positions for front matter that
 * starts below line 1 of the file.
 */
export function loadYamlMapping(text: string, lineOffset = 0): YamlResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, keepSourceTokens: false });
  const toRange = (start: number, end: number): Range => {
    const from = lineCounter.linePos(start);
    const to = lineCounter.linePos(Math.max(start, end));
    return { line: from.line + lineOffset, column: from.col, endLine: to.line + lineOffset, endColumn: to.col };
  };
  const problems: LoadProblem[] = [];
  const fault = doc.errors[0];
  if (fault) {
    const [start, end] = fault.pos;
    problems.push({
      ruleId: 'parse',
      messageId: fault.code === 'DUPLICATE_KEY' ? 'duplicateKey' : 'yamlSyntax',
      data: { detail: firstLine(fault.message) },
      range: toRange(start, end),
    });
    return { problems };
  }
  if (doc.contents === null) return { root: undefined, problems };
  let budget = MAX_NODES;

  const convert = (node: YamlNode | null, path: string, depth: number, fallback: Range): ModelNode => {
    if (--budget < 0 || depth > MAX_DEPTH) {
      throw new FatalLoadError({
        ruleId: 'parse',
        messageId: depth > MAX_DEPTH ? 'tooDeep' : 'aliasBomb',
        data: { limit: depth > MAX_DEPTH ? MAX_DEPTH : MAX_NODES },
        range: node?.range ? toRange(node.range[0], node.range[1]) : fallback,
      });
    }
    if (node === null) return { kind: 'scalar', value: null, range: fallback };
    const range = node.range ? toRange(node.range[0], node.range[1]) : fallback;
    if (isAlias(node)) {
      const target = (node as Alias).resolve(doc);
      if (!target) return { kind: 'scalar', value: null, range };
      return { ...convert(target as YamlNode, path, depth + 1, range), range };
    }
    if (isScalar(node)) {
      const value = node.value;
      const scalar =
        typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null
          ? value
          : String(value);
      return coerceScalar(path, { kind: 'scalar', value: scalar, range });
    }
    if (isSeq(node)) {
      const list: ListNode = { kind: 'list', items: [], range };
      for (const item of node.items) list.items.push(convert(item as YamlNode | null, path, depth + 1, range));
      return list;
    }
    if (isMap(node)) {
      const map: MapNode = { kind: 'map', entries: new Map(), range };
      for (const pair of node.items) {
        const keyNode = pair.key as YamlNode | null;
        const keyText = isScalar(keyNode) ? String(keyNode.value) : keyNode ? String(keyNode) : '';
        const keyRange = keyNode?.range ? toRange(keyNode.range[0], keyNode.range[1]) : range;
        const afterKey = { ...keyRange, line: keyRange.endLine, column: keyRange.endColumn };
        const canonical = canonicalKey(path, keyText);
        const value = convert(pair.value as YamlNode | null, childPath(path, canonical), depth + 1, afterKey);
        addEntry(map, path, keyText, { ...value, keyRange }, problems);
      }
      return map;
    }
    return { kind: 'scalar', value: String(node), range };
  };

  try {
    const root = convert(doc.contents as YamlNode, '', 0, toRange(0, 0));
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

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
