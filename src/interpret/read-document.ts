/**
 * Markdown → located model (SPEC §1). Front matter is YAML; headings fill the field they
 * name; `Label: value` lines fill sub-fields; GFM tables in the follow-up and business-case
 * sections fill metrics, costs and benefits. Positions come from mdast nodes.
 * This module pulls in unified + remark, so it is imported only when a Markdown file is linted.
 */
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import remarkFrontmatter from 'remark-frontmatter';
import type { Content, Root, Table, TableRow, Heading, Paragraph, List } from 'mdast';
import type { Conflict, ListNode, MapNode, ModelNode, Range, ScalarNode, Section } from '../model.js';
import {
  AMOUNT_MARKS,
  BENEFIT_HEADS,
  canonicalValue,
  CONJUNCTIONS,
  CURRENCY_SIGNS,
  CURRENCY_WORDS,
  DOCUMENT_FIELDS,
  fieldVocab,
  headingFields,
  headingWords,
  keysAt,
  KIND_VALUES,
  norm,
  SCALES,
  TOTALS,
} from '../../lexicon/vocabulary.js';
import { coerceScalar, isListField } from './normalise.js';
import { currencyIn, parseAmount } from '../../interpret/amount.js';
import { allPhrases, opensWith, phraseAlternation, phraseMatches } from '../../lexicon/phrases.js';
import { loadYamlMapping } from './yaml.js';
import { LINE_BREAK } from '../lines.js';
import type { LoadProblem } from './problems.js';
import { hasOwn } from '../own.js';

export interface MarkdownResult {
  root?: MapNode;
  sections: Section[];
  problems: LoadProblem[];
  frontMatter?: Range;
  conflicts: Conflict[];
}

/**
 * GFM tables only: the rest of GFM (autolink literals above all) costs parse time and fills
 * no field.
 */
function remarkGfmTables(this: Processor): void {
  const data = this.data();
  data.micromarkExtensions ??= [];
  data.micromarkExtensions.push(gfmTable());
  data.fromMarkdownExtensions ??= [];
  data.fromMarkdownExtensions.push(gfmTableFromMarkdown());
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfmTables).freeze();

interface Pos {
  start: { line: number; column: number; offset?: number };
  end: { line: number; column: number; offset?: number };
}

function rangeOf(pos: Pos | undefined): Range {
  if (!pos) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  return { line: pos.start.line, column: pos.start.column, endLine: pos.end.line, endColumn: pos.end.column };
}

function plainText(node: { value?: unknown; children?: unknown[]; type?: string }): string {
  if (typeof node.value === 'string') return node.value;
  if (node.type === 'break') return ' ';
  return (node.children ?? []).map((child) => plainText(child as typeof node)).join('');
}

const TOTAL_WORDS = new Set(allPhrases(TOTALS));
const BENEFIT_WORDS = allPhrases(BENEFIT_HEADS);
/** Whether a folded head (`norm`) opens with a benefit word. */
const saysBenefit = (folded: string): boolean => opensWith(folded, BENEFIT_WORDS);
/** A conjunction between the items of a list. */
const CONJUNCTION = phraseAlternation(allPhrases(CONJUNCTIONS));

export function loadMarkdown(text: string): MarkdownResult {
  const problems: LoadProblem[] = [];
  const conflicts: Conflict[] = [];
  const unclosed = unclosedFrontMatter(text);
  if (unclosed) {
    problems.push({ ruleId: 'parse', messageId: 'frontMatterUnclosed', range: unclosed });
    return { sections: [], problems, conflicts };
  }
  // micromark drops a byte-order mark at the start, which would shift every offset by one against
  // our own text (the file's first BOM is already gone; this is a second one). A zero-width space
  // of the same length keeps offsets and positions true and is as invisible.
  const tree = processor.parse(text.charCodeAt(0) === 0xfeff ? `\u200b${text.slice(1)}` : text) as Root;
  let root: MapNode | undefined;
  let frontMatter: Range | undefined;
  const first = tree.children[0];
  if (first?.type === 'yaml') {
    frontMatter = rangeOf(first.position);
    const result = loadYamlMapping(first.value, first.position!.start.line);
    problems.push(...result.problems);
    if (result.problems.some((problem) => problem.ruleId === 'parse') && !result.root) {
      return { sections: [], problems, frontMatter, conflicts };
    }
    root = result.root;
    if (!root && first.value.trim()) return { sections: [], problems, frontMatter, conflicts };
  }
  const fromFront = new Set(root ? [...root.entries.keys()] : []);
  root ??= { kind: 'map', entries: new Map(), range: frontMatter ?? rangeOf(tree.position) };
  const builder = new SectionBuilder(text, root, fromFront, conflicts);
  builder.walk(tree.children.slice(first?.type === 'yaml' ? 1 : 0));
  return { root, sections: builder.sections, problems, frontMatter, conflicts };
}

/** "---" on line 1 with no closing fence: remark would silently read it as a thematic break. */
function unclosedFrontMatter(text: string): Range | undefined {
  if (!/^---[ \t]*\r?\n/.test(text)) return undefined;
  if (/\r?\n(---|\.\.\.)[ \t]*(\r?\n|$)/.test(text.slice(3))) return undefined;
  return { line: 1, column: 1, endLine: 1, endColumn: 4 };
}

/** A heading that names a field, with the content of its section and of sub-sections that name none. */
interface Group {
  field: string;
  section: Section;
  nodes: Content[];
  /** Named by a combined heading after another field ("… og personvern"): read only if no section names it first. */
  secondary?: boolean;
}

class SectionBuilder {
  readonly sections: Section[] = [];
  private titleSet: boolean;
  /** Maps made for a label line or a nested field before (or without) a section of their own. */
  private readonly implicit = new WeakSet<MapNode>();

  /** Offset of each line's first character: built once, so a position is found without rescanning the text. */
  private readonly lineStarts: number[];

  constructor(
    private readonly source: string,
    private readonly root: MapNode,
    private readonly fromFront: Set<string>,
    private readonly conflicts: Conflict[],
  ) {
    this.titleSet = root.entries.has('title');
    this.lineStarts = lineStartsOf(source);
  }

  private offsetOf(line: number, column: number): number {
    const start = line <= this.lineStarts.length ? this.lineStarts[line - 1]! : this.source.length;
    return Math.min(this.source.length, start + column - 1);
  }

  walk(nodes: Content[]): void {
    const stack: { level: number; section: Section; group?: Group }[] = [];
    const groups: Group[] = [];
    const unmapped: Content[] = [];
    for (const node of nodes) {
      if (node.type === 'heading') {
        const heading = node as Heading;
        while (stack.length && stack[stack.length - 1]!.level >= heading.depth) stack.pop();
        const text = plainText(heading).trim();
        const parent = stack[stack.length - 1];
        // The document's title is named as a whole or not at all: "Business case: Samlet ESDH" is a title.
        const titleCandidate = heading.depth === 1 && !this.titleSet && !parent;
        const [own, ...also] = headingFields(text, { parts: !titleCandidate });
        const range = rangeOf(heading.position);
        const section: Section = { heading: text, level: heading.depth, headingRange: range, range, text: '' };
        const sub = own ? undefined : subField(parent?.group?.field, text);
        const group = own || sub ? { field: (own ?? sub)!, section, nodes: [] } : parent?.group;
        if (own || sub) groups.push(group!);
        // The other fields a combined heading names read the same nodes, unless a section of their own names them.
        for (const field of also) groups.push({ field, section, nodes: group!.nodes, secondary: true });
        if (group) section.field = group.field;
        else if (heading.depth === 1 && !this.titleSet && !parent) this.setTitle(text, range);
        this.sections.push(section);
        stack.push({ level: heading.depth, section, ...(group ? { group } : {}) });
        continue;
      }
      // Guidance comments (`<!-- Skriv … -->`) are for the author, not part of a field's value.
      if (node.type === 'html' && /^<!--[\s\S]*-->$/.test(node.value.trim())) continue;
      const top = stack[stack.length - 1];
      if (top) extendSection(top.section, node);
      if (top?.group) top.group.nodes.push(node);
      else unmapped.push(node);
    }
    for (const section of this.sections) section.text = this.sliceText(section);
    this.labelLines(unmapped, '');
    this.keyValueTables(unmapped, '');
    const primary = new Set(groups.filter((group) => !group.secondary).map((group) => group.field));
    // An empty section whose field another section fills ("## Fordele og ulemper" over "### Fordele"
    // and "### Ulemper") is a container of those sections, not the field left empty.
    const read = groups.filter(
      (group) =>
        (!group.secondary || !primary.has(group.field)) &&
        (group.nodes.length > 0 || !groups.some((other) => other !== group && other.field === group.field && other.nodes.length > 0)),
    );
    for (const group of read) this.fill(group);
    for (const group of read) this.strayLabels(group.nodes, group.field);
    this.strayLabels(unmapped, '');
  }

  /**
   * A label that names a top-level field no section gave, written where the author put it:
   * "Fokusområde: …" or "IT-kategori: …" inside another field's section ("## Strategisk
   * koppling"), "**Projektejer:** …" at the start of a line or inside a paragraph, or the role
   * under a name in a signature block ("Annika Lövgren / Kanslichef / Projektägare").
   * `field` is the section's field ("" outside any), whose own labels were read there.
   */
  private strayLabels(nodes: Content[], field: string): void {
    const own = field ? keysAt(field) : undefined;
    const fills = (label: string): string | undefined => {
      if (!looksLikeLabel(label) || own?.byAlias.has(norm(label))) return undefined;
      const key = keysAt('')!.byAlias.get(norm(label));
      return key && strayLabelFills(key, field) && !this.root.entries.has(key) ? key : undefined;
    };
    for (const paragraph of paragraphsOf(nodes)) {
      const lines = this.linesOf(paragraph);
      lines.forEach((line, index) => {
        const label = labelLine(line.text);
        if (label?.[2]) {
          const key = fills(label[1]!);
          if (key) {
            const column = line.column + line.text.indexOf(label[2], line.text.indexOf(':') + 1);
            this.setStray(key, label[1]!.trim(), line, line.column + line.text.indexOf(label[1]!), label[2], column);
          }
          return;
        }
        for (const inner of boldLabels(line.text)) {
          const key = fills(inner.label);
          if (key) this.setStray(key, inner.label, line, line.column + inner.labelAt, inner.value, line.column + inner.valueAt);
        }
        // A signature block: the name and title above, the role on its own line.
        const role = signatureRole(line.text);
        if (index === 0 || !role || labelLine(lines[index - 1]!.text)) return;
        const key = fills(role);
        if (key !== 'owner') return;
        const above = lines.slice(Math.max(0, index - 3), index).filter((signed) => signed.text.trim() && !labelLine(signed.text));
        if (!above.length) return;
        const value = above.map((signed) => signed.text.trim()).join(', ');
        const first = above[0]!;
        const last = above[above.length - 1]!;
        const roleColumn = line.column + line.text.indexOf(role);
        const keyRange: Range = { line: line.line, column: roleColumn, endLine: line.line, endColumn: roleColumn + role.length };
        const range: Range = { line: first.line, column: first.column, endLine: last.line, endColumn: last.column + last.text.trimEnd().length };
        this.root.entries.set(key, { kind: 'scalar', value, range, keyRange, key: role });
      });
    }
  }

  private setStray(key: string, label: string, line: ProseLine, keyColumn: number, valueText: string, column: number): void {
    const valueRange: Range = { line: line.line, column, endLine: line.line, endColumn: column + valueText.length };
    const keyRange: Range = { line: line.line, column: keyColumn, endLine: line.line, endColumn: keyColumn + label.length };
    const node = isListField(key) ? splitList(key, valueText, valueRange) : coerceScalar(key, { kind: 'scalar', value: valueText, range: valueRange });
    this.root.entries.set(key, { ...node, keyRange, key: label });
  }

  private setTitle(text: string, range: Range): void {
    this.titleSet = true;
    this.root.entries.set('title', { kind: 'scalar', value: text, range, keyRange: range, key: text });
  }

  private sliceText(section: Section): string {
    const start = this.offsetOf(section.headingRange.endLine, section.headingRange.endColumn);
    const end = this.offsetOf(section.range.endLine, section.range.endColumn);
    return this.source.slice(start, Math.max(start, end)).trim();
  }

  /** Fill the field a section names from its prose, label lines and tables. */
  private fill(entry: Group): void {
    const path = entry.field;
    const vocab = fieldVocab(path);
    const headingRange = entry.section.headingRange;
    const contentRange = nodesRange(entry.nodes) ?? headingRange;
    if (!vocab?.keys || path === 'businessCase.costs' || path === 'businessCase.benefits') {
      if (path === 'businessCase.costs' || path === 'businessCase.benefits') {
        const list = this.ensureList(path, entry.section);
        for (const node of entry.nodes) if (node.type === 'table') this.moneyTable(node, path, list);
        this.moneyBullets(entry.nodes, path, entry.section);
        this.labelLines(
          entry.nodes.filter((node) => node.type !== 'list'),
          'businessCase',
          this.ensureMap('businessCase', undefined),
        );
        return;
      }
      // "## 4. Kategori och systemägare" → "Kategori: differentierande." — the label line is the value.
      if (!path.includes('.') && this.ownLabel(entry.nodes, path)) {
        this.labelLines(entry.nodes, '');
        return;
      }
      if (vocab?.list || isListField(path)) {
        this.setField(
          path,
          this.bulletList(entry.nodes, path) ?? this.paragraphList(entry.nodes, path) ?? this.textNode(entry.nodes, contentRange),
          headingRange,
          entry.section.heading,
        );
        return;
      }
      this.setField(path, this.textNode(entry.nodes, contentRange), headingRange, entry.section.heading);
      return;
    }
    const front = this.root.entries.get(path);
    if (path === 'owner' && front?.kind === 'scalar' && this.fromFront.has(path)) {
      // "owner: Jane Smith" in the front matter and an "Owner" section: a conflict only if the names differ.
      const text = paragraphsOf(entry.nodes)
        .flatMap((paragraph) => this.linesOf(paragraph))
        .map((line) => line.text)
        .join(' ')
        .trim();
      if (!sameValue(front, { kind: 'scalar', value: text, range: contentRange })) {
        this.conflicts.push({ field: path, frontRange: front.keyRange ?? front.range, sectionRange: headingRange });
      }
      return;
    }
    const map = this.ensureMap(path, entry.section);
    if (!map) return;
    const prose = this.labelLines(entry.nodes, path, map);
    if (path !== 'followUp' && path !== 'businessCase') this.keyValueTables(entry.nodes, path, map);
    for (const node of entry.nodes) {
      if (node.type !== 'table') continue;
      if (path === 'followUp') this.metricTable(node, this.ensureList('followUp.metrics', entry.section));
      else if (path === 'businessCase') this.moneyTable(node, undefined, undefined);
    }
    if (path === 'businessCase') this.moneyBullets(entry.nodes, undefined, entry.section);
    const textKey = vocab.textKey;
    if (path === 'owner' && map.entries.size === 0 && prose.length) {
      const ownerProse = ownerLines(prose);
      if (ownerProse.length) this.replaceWithScalar(path, ownerProse, entry.section);
      return;
    }
    if (textKey && prose.length && !map.entries.has(textKey)) {
      const text = prose
        .map((line) => line.text)
        .join('\n')
        .trim();
      map.entries.set(textKey, { kind: 'scalar', value: text, range: spanOf(prose), key: textKey });
    }
  }

  /** Whether a line of these nodes is labelled with the top-level field `path` itself. */
  private ownLabel(nodes: Content[], path: string): boolean {
    return paragraphsOf(nodes).some((paragraph) =>
      this.linesOf(paragraph).some((line) => {
        const label = labelLine(line.text);
        return !!label?.[2] && looksLikeLabel(label[1]!) && keysAt('')!.byAlias.get(norm(label[1]!)) === path;
      }),
    );
  }

  private replaceWithScalar(path: string, prose: ProseLine[], section: Section): void {
    const text = prose
      .map((line) => line.text)
      .join(' ')
      .trim();
    const node: ScalarNode = { kind: 'scalar', value: text, range: spanOf(prose), keyRange: section.headingRange, key: section.heading };
    this.root.entries.set(path, node);
  }

  private textNode(nodes: Content[], range: Range): ScalarNode {
    const start = this.offsetOf(range.line, range.column);
    const end = this.offsetOf(range.endLine, range.endColumn);
    // An empty section is a field not filled in yet, as `key:` with no value is in YAML.
    const text = nodes.length ? this.source.slice(start, end).trim() : '';
    return { kind: 'scalar', value: text === '' ? null : text, range };
  }

  /** A list field written as lines or a comma-separated paragraph ("Service till medborgare"). */
  private paragraphList(nodes: Content[], path: string): ListNode | undefined {
    const paragraphs = nodes.filter((node): node is Paragraph => node.type === 'paragraph');
    if (!paragraphs.length || paragraphs.length !== nodes.length) return undefined;
    const items = paragraphs
      .flatMap((paragraph) => this.linesOf(paragraph))
      .filter((line) => line.text.trim())
      .flatMap((line) => {
        const lead = line.text.length - line.text.trimStart().length;
        const text = line.text.trim();
        return splitList(path, text, { line: line.line, column: line.column + lead, endLine: line.line, endColumn: line.column + lead + text.length }).items;
      });
    return items.length ? { kind: 'list', items, range: nodesRange(paragraphs)! } : undefined;
  }

  private bulletList(nodes: Content[], path: string): ListNode | undefined {
    const list = nodes.find((node): node is List => node.type === 'list');
    if (!list) return undefined;
    const items = list.children.map((item) =>
      coerceScalar(path, { kind: 'scalar', value: plainText(item).trim(), range: rangeOf(item.children[0]?.position ?? item.position) }),
    );
    return { kind: 'list', items, range: rangeOf(list.position) };
  }

  /** Put a section's value at `path` unless front matter already gave it. */
  private setField(path: string, node: ModelNode, keyRange: Range, heading: string): void {
    const parts = path.split('.');
    const parent = parts.length > 1 ? this.ensureMap(parts.slice(0, -1).join('.'), undefined) : this.root;
    if (!parent) return;
    const key = parts[parts.length - 1]!;
    const existing = parent.entries.get(key);
    if (existing) {
      if (this.fromFront.has(parts[0]!) && !sameValue(existing, node)) {
        this.conflicts.push({ field: path, frontRange: existing.keyRange ?? existing.range, sectionRange: keyRange });
      }
      return;
    }
    parent.entries.set(key, { ...node, keyRange, key: heading });
  }

  private ensureMap(path: string, section: Section | undefined): MapNode | undefined {
    if (!path) return this.root;
    let map = this.root;
    let prefix = '';
    for (const part of path.split('.')) {
      prefix = prefix ? `${prefix}.${part}` : part;
      const existing = map.entries.get(part);
      if (existing?.kind === 'map') {
        // A label line ("Valuta: DKK") made the map before its own section came: the section is where it is.
        if (section && prefix === path && this.implicit.delete(existing)) {
          Object.assign(existing, { range: section.range, keyRange: section.headingRange, key: section.heading });
        }
        map = existing;
        continue;
      }
      if (existing) {
        if (section && this.fromFront.has(path.split('.')[0]!)) {
          this.conflicts.push({ field: path, frontRange: existing.keyRange ?? existing.range, sectionRange: section.headingRange });
        }
        return undefined;
      }
      const range = section?.range ?? map.range;
      const created: MapNode = { kind: 'map', entries: new Map(), range, keyRange: section?.headingRange ?? range, key: section?.heading ?? part };
      if (!section) this.implicit.add(created);
      map.entries.set(part, created);
      map = created;
    }
    return map;
  }

  private ensureList(path: string, section: Section): ListNode {
    const parts = path.split('.');
    const parent = this.ensureMap(parts.slice(0, -1).join('.'), section) ?? { kind: 'map', entries: new Map(), range: section.range };
    const key = parts[parts.length - 1]!;
    const existing = parent.entries.get(key);
    if (existing?.kind === 'list') return existing;
    const list: ListNode = { kind: 'list', items: [], range: section.range, keyRange: section.headingRange, key: section.heading };
    if (!existing) parent.entries.set(key, list);
    return list;
  }

  /**
   * `Label: value` lines. Inside a field's section, labels name its sub-fields; elsewhere
   * they name top-level fields ("Projektejer: …", "Valuta: DKK"). Returns the lines that are
   * not labels: the section's prose.
   */
  private labelLines(nodes: Content[], path: string, map?: MapNode): ProseLine[] {
    const prose: ProseLine[] = [];
    for (const paragraph of paragraphsOf(nodes)) {
      /** The text value of the label line just read, which a wrapped line continues. */
      let open: ScalarNode | undefined;
      /** A "Gevinster: …" line whose sentence wraps onto the next lines: its text, line by line. */
      let openMoney: { list: ListNode; path: string; parts: ProseLine[] } | undefined;
      // Its lines are read once all its parts are in: once per sentence, not once per line.
      const settle = (): void => {
        if (openMoney && openMoney.parts.length > 1) openMoney.list.items = moneyLines(openMoney.path, openMoney.parts);
      };
      for (const line of this.linesOf(paragraph)) {
        const label = labelLine(line.text);
        const target = label ? this.labelTarget(path, label[1]!) : undefined;
        if (!label || !target) {
          // Inside a field's section, a line that wraps "Plan: …" continues its value — but a
          // line with a label of its own ("Systemägarrepresentant: …") is not a continuation.
          if (label && looksLikeLabel(label[1]!)) {
            settle();
            open = openMoney = undefined;
          }
          if (openMoney && line.text.trim()) {
            openMoney.parts.push(line);
            openMoney.list.range = { ...openMoney.list.range, endLine: line.line, endColumn: line.column + line.text.trimEnd().length };
          } else if (open && path && line.text.trim()) {
            open.value = `${String(open.value)} ${line.text.trim()}`;
            open.range = { ...open.range, endLine: line.line, endColumn: line.column + line.text.trimEnd().length };
          } else {
            prose.push(line);
          }
          continue;
        }
        settle();
        open = openMoney = undefined;
        // "Status:" with nothing after it is a field not filled in yet, not prose.
        if (!label[2]) continue;
        const valueText = label[2];
        const column = line.column + line.text.indexOf(valueText, line.text.indexOf(':') + 1);
        const valueRange: Range = { line: line.line, column, endLine: line.line, endColumn: column + valueText.length };
        const keyColumn = line.column + line.text.indexOf(label[1]!);
        const keyRange: Range = { line: line.line, column: keyColumn, endLine: line.line, endColumn: keyColumn + label[1]!.length };
        const set = this.setLabelled(path, map, target, label[1]!.trim(), keyRange, valueText, valueRange);
        if (!set) continue;
        const { entry, fullPath } = set;
        // Only free text wraps; "Status: none available" followed by prose is a value and prose.
        if (entry.kind === 'scalar' && typeof entry.value === 'string' && !fieldVocab(fullPath)?.values) open = entry;
        if (entry.kind === 'list' && MONEY_LISTS.has(fullPath))
          openMoney = { list: entry, path: fullPath, parts: [{ text: valueText, line: valueRange.line, column: valueRange.column }] };
      }
      settle();
    }
    return prose;
  }

  /** Put a labelled value (a `Label: value` line, a key/value table row) under the field its label names. */
  private setLabelled(
    path: string,
    map: MapNode | undefined,
    target: { parent: string; key: string; path: string },
    key: string,
    keyRange: Range,
    valueText: string,
    valueRange: Range,
  ): { entry: ModelNode; fullPath: string } | undefined {
    const targetMap = map && target.path === path ? map : this.ensureMap(target.parent, undefined);
    if (!targetMap) return undefined;
    const fullPath = target.parent ? `${target.parent}.${target.key}` : target.key;
    const node: ModelNode = MONEY_LISTS.has(fullPath)
      ? moneyList(fullPath, valueText, valueRange)
      : isListField(fullPath)
        ? splitList(fullPath, valueText, valueRange)
        : coerceScalar(fullPath, { kind: 'scalar', value: valueText, range: valueRange });
    if (targetMap.entries.has(target.key)) {
      const existing = targetMap.entries.get(target.key)!;
      if (this.fromFront.has(fullPath.split('.')[0]!) && !sameValue(existing, node)) {
        this.conflicts.push({ field: fullPath, frontRange: existing.keyRange ?? existing.range, sectionRange: keyRange });
      }
      return undefined;
    }
    const entry = { ...node, keyRange, key };
    targetMap.entries.set(target.key, entry);
    return { entry, fullPath };
  }

  /**
   * A two-column table of labels and values — the "Stamdata" table of the Danish template,
   * `| Projektejer | Mette Jensen |` — read as label lines, its header row included.
   */
  private keyValueTables(nodes: Content[], path: string, map?: MapNode): void {
    for (const node of nodes) {
      if (node.type !== 'table' || node.children.some((row) => row.children.length !== 2)) continue;
      for (const row of node.children) {
        const [labelCell, valueCell] = row.children as [TableRow['children'][number], TableRow['children'][number]];
        const label = plainText(labelCell).trim().replace(/:$/, '');
        const value = plainText(valueCell).trim();
        const target = label && value ? this.labelTarget(path, label) : undefined;
        if (target) this.setLabelled(path, map, target, label, cellTextRange(labelCell), value, cellTextRange(valueCell));
      }
    }
  }

  private labelTarget(path: string, label: string): { parent: string; key: string; path: string } | undefined {
    const n = norm(label);
    if (path) {
      const key = keysAt(path)?.byAlias.get(n);
      return key ? { parent: path, key, path } : undefined;
    }
    const top = keysAt('')!.byAlias.get(n);
    if (top) return { parent: '', key: top, path };
    const nested = keysAt('businessCase')!.byAlias.get(n);
    if (nested && ['currency', 'financing', 'horizonYears', 'discountRate'].includes(nested)) {
      return { parent: 'businessCase', key: nested, path };
    }
    return undefined;
  }

  private linesOf(paragraph: Paragraph): ProseLine[] {
    const start = paragraph.position!.start;
    const raw = this.source.slice(start.offset!, paragraph.position!.end.offset!);
    return raw.split(LINE_BREAK).map((text, index) => ({
      text,
      line: start.line + index,
      column: index === 0 ? start.column : 1,
    }));
  }

  /**
   * Cost and benefit lines written as bullets ("- Lisens: 120 000 kr per år (drift)") in a
   * section with no table: an item that states an amount with its currency or scale is a line.
   * It goes to the section's list, else to benefits when its kind or its words say benefit.
   */
  private moneyBullets(nodes: Content[], sectionPath: string | undefined, section: Section): void {
    if (nodes.some((node) => node.type === 'table')) return;
    for (const node of nodes) {
      if (node.type !== 'list') continue;
      for (const item of (node as List).children) {
        const paragraph = item.children.find((child): child is Paragraph => child.type === 'paragraph');
        if (!paragraph) continue;
        const text = plainText(paragraph).replace(/\s+/g, ' ').trim();
        const label = labelLine(text);
        if (label && keysAt('businessCase')!.byAlias.has(norm(label[1]!))) continue;
        if (lineAmount(text) === undefined) continue;
        const line = moneyLine(sectionPath ?? 'businessCase.costs', text, rangeOf(paragraph.position));
        const kind = textOfNode(line.entries.get('kind'));
        const target =
          sectionPath ??
          (kind === 'financial' || kind === 'qualitative' || (!kind && saysBenefit(norm(text))) ? 'businessCase.benefits' : 'businessCase.costs');
        this.ensureList(target, section.field === target ? section : { ...section, heading: section.heading }).items.push(line);
      }
    }
  }

  private metricTable(table: Table, list: ListNode): void {
    const columns = this.columns(table, 'followUp.metrics');
    if (!columns.size) return;
    for (const row of table.children.slice(1)) {
      const map = this.rowMap(row, columns, 'followUp.metrics');
      if (map.entries.size) list.items.push(map);
    }
  }

  /**
   * Cost and benefit tables. A row goes to costs or benefits by the section it is in, else by
   * its kind, else by the item column's header; "Total"/"I alt" rows fill `totals`; year
   * columns ("| Post | 2025 | 2026 |") give one line per year.
   */
  private moneyTable(table: Table, sectionPath: string | undefined, sectionList: ListNode | undefined): void {
    const path = 'businessCase.costs';
    const scales = new Map<number, number>();
    const columns = this.columns(table, path, scales);
    const header = table.children[0]!;
    const years = new Map<number, { year: number; range: Range }>();
    header.children.forEach((cell, index) => {
      const text = plainText(cell).trim();
      if (/^(19|20)\d\d$/.test(text)) years.set(index, { year: Number(text), range: rangeOf(cell.position) });
    });
    if (!columns.size && !years.size) return;
    // "| Kostnader (mill. kr) | 2025 | 2026 |": with year columns, a first column no alias names
    // holds the items, and a unit in its header ("t.kr.", "mill. kr") scales the year cells.
    if (years.size && ![...columns.values()].includes('item') && !columns.has(0) && !years.has(0)) columns.set(0, 'item');
    const itemHeader = [...columns].find(([, key]) => key === 'item');
    const itemHeaderText = itemHeader ? plainText(header.children[itemHeader[0]]!).trim() : '';
    const itemUnit = /^(.*?)\s*(?:\(([^()]+)\)|,\s*([^,]+))$/.exec(itemHeaderText);
    const yearScale = itemUnit ? unitScale(itemUnit[2] ?? itemUnit[3]!) : unitScale(itemHeaderText);
    const headerSaysBenefit = itemHeader ? saysBenefit(norm(plainText(header.children[itemHeader[0]]!))) : false;
    for (const row of table.children.slice(1)) {
      const map = this.rowMap(row, columns, path, scales);
      if (!map.entries.size) continue;
      const item = map.entries.get('item');
      const kind = map.entries.get('kind');
      const kindValue = kind?.kind === 'scalar' ? String(kind.value) : '';
      const target =
        sectionPath ??
        (hasOwn(KIND_VALUES, kindValue) && ['financial', 'qualitative'].includes(kindValue)
          ? 'businessCase.benefits'
          : hasOwn(KIND_VALUES, kindValue) || !headerSaysBenefit
            ? 'businessCase.costs'
            : 'businessCase.benefits');
      // "| Investering i platform | 1.200.000 |": a line with no kind column that names a kind of
      // its own side (costs: investment or operating; benefits: financial or qualitative) has that kind.
      if (!kind && item?.kind === 'scalar' && typeof item.value === 'string') {
        const named = kindIn(item.value);
        const side = target.endsWith('benefits') ? ['financial', 'qualitative'] : ['investment', 'operating'];
        if (named && side.includes(named)) map.entries.set('kind', { kind: 'scalar', value: named, range: item.range, keyRange: item.range, key: 'kind' });
      }
      const itemText = item?.kind === 'scalar' ? norm(String(item.value ?? '')) : '';
      const totalWord = [...TOTAL_WORDS].find((word) => itemText === word || itemText.startsWith(word));
      if (totalWord && item) {
        const amount = map.entries.get('amount');
        if (amount) {
          const totals = this.ensureMap('businessCase.totals', undefined);
          const key = target.endsWith('benefits') || saysBenefit(itemText.slice(totalWord.length)) ? 'benefits' : 'costs';
          if (totals && !totals.entries.has(key)) {
            totals.entries.set(key, {
              ...coerceScalar(`businessCase.totals.${key}`, amount as ScalarNode),
              keyRange: item.range,
              key: String((item as ScalarNode).value),
            });
          }
        }
        continue;
      }
      const list =
        sectionList ?? this.ensureList(target, { heading: '', level: 0, headingRange: rangeOf(table.position), range: rangeOf(table.position), text: '' });
      if (years.size && !map.entries.has('amount')) {
        const before = list.items.length;
        for (const [index, { year, range }] of years) {
          const cell = row.children[index];
          const text = cell ? plainText(cell).trim() : '';
          if (!text || text === '-' || text === '–') continue;
          const line: MapNode = { kind: 'map', entries: new Map(map.entries), range: rangeOf(row.position) };
          const amount = coerceScalar(`${target}.amount`, { kind: 'scalar', value: text, range: cellTextRange(cell!), keyRange: range, key: String(year) });
          if (yearScale !== 1 && typeof amount.value === 'number') amount.value = Math.round(amount.value * yearScale * 100) / 100;
          line.entries.set('amount', amount);
          line.entries.set('year', { kind: 'scalar', value: year, range: cellTextRange(cell!), keyRange: range, key: String(year) });
          list.items.push(line);
        }
        // A row with no amount in any year ("| Bedre service | Kvalitativ | | |") is still a line.
        if (list.items.length === before) list.items.push(map);
        continue;
      }
      list.items.push(map);
    }
  }

  /**
   * Header cell → key. A header may carry a unit ("Beløb (kr.)", "Amount (DKK 1,000)",
   * "Belopp, tkr", "Mål (2027)"); an amount column's unit scales its cells into `scales`.
   */
  private columns(table: Table, path: string, scales?: Map<number, number>): Map<number, string> {
    const columns = new Map<number, string>();
    const index = keysAt(path)!;
    table.children[0]?.children.forEach((cell, position) => {
      const text = plainText(cell).trim();
      const unit = /^(.*?)\s*(?:\(([^()]+)\)|,\s*([^,]+))$/.exec(text);
      const key = index.byAlias.get(norm(text)) ?? (unit ? index.byAlias.get(norm(unit[1]!)) : undefined);
      if (!key || [...columns.values()].includes(key)) return;
      columns.set(position, key);
      if (unit && key === 'amount' && !index.byAlias.has(norm(text))) scales?.set(position, unitScale(unit[2] ?? unit[3]!));
    });
    return columns;
  }

  private rowMap(row: TableRow, columns: Map<number, string>, path: string, scales?: Map<number, number>): MapNode {
    const map: MapNode = { kind: 'map', entries: new Map(), range: rangeOf(row.position) };
    for (const [index, key] of columns) {
      const cell = row.children[index];
      if (!cell) continue;
      const text = plainText(cell).trim();
      if (!text) continue;
      const range = cellTextRange(cell);
      const node = coerceScalar(`${path}.${key}`, { kind: 'scalar', value: text, range });
      const scale = scales?.get(index) ?? 1;
      if (scale !== 1 && typeof node.value === 'number') node.value = Math.round(node.value * scale * 100) / 100;
      map.entries.set(key, { ...node, keyRange: range, key });
      // "SEK 250 000" in an amount cell states the line's currency.
      const currency = key === 'amount' ? currencyIn(text) : undefined;
      if (currency && !map.entries.has('currency')) map.entries.set('currency', { kind: 'scalar', value: currency, range, keyRange: range, key: 'currency' });
    }
    return map;
  }
}

/**
 * A sub-heading inside an object field's section that names one of its text keys
 * ("## Prioriteringskriterier" → "### Effektivisering", "## Sikkerhed" → "### Risikovurdering")
 * fills that key.
 */
function subField(parentField: string | undefined, heading: string): string | undefined {
  if (!parentField) return undefined;
  const key = keysAt(parentField)?.byAlias.get(norm(headingWords(heading)));
  const vocab = fieldVocab(`${parentField}.${key}`);
  if (!key || (vocab?.keys && !vocab.textKey)) return undefined;
  return `${parentField}.${key}`;
}

interface ProseLine {
  text: string;
  line: number;
  column: number;
}

function spanOf(lines: ProseLine[]): Range {
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  return { line: first.line, column: first.column, endLine: last.line, endColumn: last.column + last.text.length };
}

/**
 * "Label: value", "**Label:** value" → [line, label, value]. The value is cut with string
 * methods, not a regex: a pattern with `\s*(.*?)\s*…\s*$` backtracks for minutes on a line
 * with long runs of spaces.
 */
function labelLine(text: string): [string, string, string] | null {
  const head = /^\s*[*_]{0,2}([^\s:*_][^:*_\n]{0,59}?)[*_]{0,2}\s*:[*_]{0,2}/.exec(text);
  if (!head) return null;
  const value = text
    .slice(head[0].length)
    .trim()
    .replace(/[*_]{1,2}$/, '')
    .trimEnd();
  return [text, head[1]!, value];
}

/**
 * Bold labels inside a line ("… forankres i direktørområdet. **Projektejer:** Helle Birk Jessen, …"):
 * the label, and the value up to the next bold label or the end of the line.
 */
function boldLabels(text: string): { label: string; labelAt: number; value: string; valueAt: number }[] {
  const found: { label: string; labelAt: number; value: string; valueAt: number }[] = [];
  const pattern = /\*\*([^*:\n]{1,60}?)\s*(?::\s*\*\*|\*\*\s*:)/g;
  const heads = [...text.matchAll(pattern)];
  heads.forEach((head, index) => {
    const start = head.index! + head[0].length;
    const end = index + 1 < heads.length ? heads[index + 1]!.index! : text.length;
    const raw = text.slice(start, end);
    const value = raw.trim();
    if (!value || head.index === 0) return;
    found.push({ label: head[1]!.trim(), labelAt: head.index! + 2, value, valueAt: start + raw.indexOf(value) });
  });
  return found;
}

/** A line that is only a role, perhaps with a remark after a dash ("Projektejer – har godkendt …"). */
function signatureRole(text: string): string | undefined {
  const role = text
    .trim()
    .split(/\s+[–—-]\s+|\s*,\s*|\s*\(/)[0]!
    .replace(/[*_]/g, '')
    .trim();
  return role && role.length <= 40 && !/[.:;]$/.test(role) ? role : undefined;
}

function paragraphsOf(nodes: Content[]): Paragraph[] {
  const found: Paragraph[] = [];
  const visit = (node: Content): void => {
    if (node.type === 'paragraph') found.push(node);
    else if (node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote') {
      for (const child of node.children as Content[]) visit(child);
    }
  };
  nodes.forEach(visit);
  return found;
}

/** "kr.", "DKK" → 1; "1.000 kr.", "tkr", "t.kr." → 1 000; "mio. kr.", "MSEK" → 1 000 000. */
function unitScale(unit: string): number {
  const text = unit.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/\b1[ .,']?000[ .,']?000\b/.test(text)) return 1e6;
  const scale = UNIT_SCALES.find(([words]) => opensWith(text, words));
  if (scale) return scale[1];
  if (/\b1[ .,']?000\b/.test(text)) return 1e3;
  return 1;
}

/** A column's unit is where an amount is expected: the short forms ("t", "k") count. */
const UNIT_SCALES: [string[], number][] = SCALES.map((scale) => [[...allPhrases(scale.words), ...(scale.shortForms ?? [])], scale.factor]);

/** A cell's text without the surrounding pipes and padding. */
function cellTextRange(cell: TableRow['children'][number]): Range {
  const first = cell.children[0]?.position;
  const last = cell.children[cell.children.length - 1]?.position;
  if (!first || !last) return rangeOf(cell.position);
  return { line: first.start.line, column: first.start.column, endLine: last.end.line, endColumn: last.end.column };
}

function extendSection(section: Section, node: Content): void {
  const end = node.position?.end;
  if (!end) return;
  if (end.line > section.range.endLine || (end.line === section.range.endLine && end.column > section.range.endColumn)) {
    section.range = { ...section.range, endLine: end.line, endColumn: end.column };
  }
}

function nodesRange(nodes: Content[]): Range | undefined {
  const first = nodes[0]?.position;
  const last = nodes[nodes.length - 1]?.position;
  if (!first || !last) return undefined;
  return { line: first.start.line, column: first.start.column, endLine: last.end.line, endColumn: last.end.column };
}

/** Where each line starts, lines ending as micromark ends them (LF, CRLF or a lone CR): one pass over the text. */
function lineStartsOf(source: string): number[] {
  const starts = [0];
  for (let index = 0; index < source.length; index++) {
    const code = source.charCodeAt(index);
    if (code === 10) starts.push(index + 1);
    else if (code === 13) {
      if (source.charCodeAt(index + 1) === 10) index++;
      starts.push(index + 1);
    }
  }
  return starts;
}

/** "MitID, Digital Post" → list items with their own columns. */
function splitList(path: string, text: string, range: Range): ListNode {
  const list = splitAtCommas(path, text, range);
  const values = fieldVocab(path)?.values;
  if (!values || !fieldVocab(path)?.valuesInProse) return list;
  if (text.split(/[,;]/).every((piece) => !piece.trim() || canonicalValue(path, piece.trim().replace(/[.]$/, '')) !== undefined)) return list;
  // "Begrundelse: Modulet ville øge implementeringstiden, fordi …, og det er væsentligt dyrere":
  // a sentence, not a list. Its items are the values it names, each where it is written.
  return valuesInSentence(path, values, text, range) ?? list;
}

const valuePhraseCache = new Map<string, { phrases: string[]; valueOf: Map<string, string> }>();

function valuesInSentence(path: string, values: Record<string, string[]>, text: string, range: Range): ListNode | undefined {
  let cached = valuePhraseCache.get(path);
  if (!cached) {
    const canonical = new Map<string, string>();
    for (const [value, aliases] of Object.entries(values))
      for (const alias of aliases) if (alias.length >= 6 && !canonical.has(alias)) canonical.set(alias, value);
    cached = { phrases: [...canonical.keys()], valueOf: canonical };
    valuePhraseCache.set(path, cached);
  }
  const items: ModelNode[] = [];
  const seen = new Set<string>();
  for (const match of phraseMatches(text, cached.phrases)) {
    const value = cached.valueOf.get(match.phrase)!;
    if (seen.has(value)) continue;
    seen.add(value);
    const column = range.column + match.index;
    items.push({ kind: 'scalar', value, range: { line: range.line, column, endLine: range.line, endColumn: column + match.matched.length } });
  }
  return items.length ? { kind: 'list', items, range } : undefined;
}

function splitAtCommas(path: string, text: string, range: Range): ListNode {
  const items: ModelNode[] = [];
  const pattern = /[^,;]+/g;
  // Values named inside sentences (deviation grounds) are found by their words, not merged here.
  const enumerated = Boolean(fieldVocab(path)?.values) && !fieldVocab(path)?.valuesInProse;
  let last: { known: boolean } | undefined;
  for (const match of text.matchAll(pattern)) {
    // "…, samt tillgänglighet och service": the conjunction joins the list, it is not the value.
    const value = (enumerated ? match[0].replace(new RegExp(`^\\s*(?:${CONJUNCTION})\\s+`, 'iu'), '') : match[0]).trim().replace(/[.]$/, '');
    if (!value) continue;
    const start = match.index! + match[0].indexOf(value);
    const known = enumerated && canonicalValue(path, value) !== undefined;
    // A value whose own name has commas ("Förbättrad förmåga att sammanställa, analysera och
    // återanvända information", "… for citizens, businesses and visitors"): the piece that names
    // no value continues the one before.
    if (enumerated && !known && last?.known && items.length) {
      const previous = items[items.length - 1] as ScalarNode;
      items[items.length - 1] = { ...previous, range: { ...previous.range, endColumn: range.column + start + value.length } };
      continue;
    }
    const column = range.column + start;
    items.push(coerceScalar(path, { kind: 'scalar', value, range: { line: range.line, column, endLine: range.line, endColumn: column + value.length } }));
    last = { known };
  }
  return { kind: 'list', items, range };
}

function sameValue(a: ModelNode, b: ModelNode): boolean {
  return norm(JSON.stringify(plainOf(a))) === norm(JSON.stringify(plainOf(b)));
}

function plainOf(node: ModelNode): unknown {
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'list') return node.items.map(plainOf);
  return Object.fromEntries([...node.entries].map(([key, value]) => [key, plainOf(value)]));
}

const MONEY_LISTS = new Set(['businessCase.costs', 'businessCase.benefits']);

/** Top-level fields a label line fills from inside another field's section. */
const STRAY_LABELS = new Set(['focusAreas', 'category', 'itCouncilNotified']);

/**
 * Whether a `Label: value` line for a top-level field fills it from inside the section of
 * `field` ("**Projektejer:** …" under "## Baggrund", "Systemägare: …" in the closing
 * signature block): the short fields always; text fields and the owner too, except that an
 * owner named inside the business case is a benefit's owner, not the project's.
 */
function strayLabelFills(key: string, field: string): boolean {
  if (STRAY_LABELS.has(key)) return true;
  if (DOCUMENT_FIELDS.has(key)) return false;
  if (key === 'owner') return field !== 'businessCase' && !field.startsWith('businessCase.');
  return !fieldVocab(key)?.keys;
}

/**
 * The lines of an owner section that name the owner. A section headed "Ejer og organisering"
 * or "Ownership and approval" also names the project manager and the steering group: when a
 * line is labelled with the owner ("Ejer: …", "**Prosjekteier:** …"), that line and the lines
 * that continue it are the owner; other labelled lines ("Projektleder: …", "Styringsgruppe: …")
 * never are.
 */
function ownerLines(prose: ProseLine[]): ProseLine[] {
  const labelled = prose.map((line) => {
    const label = labelLine(line.text);
    return label && looksLikeLabel(label[1]!) ? { line, key: keysAt('')!.byAlias.get(norm(label[1]!)), value: label[2] } : undefined;
  });
  if (!labelled.some((label) => label?.key === 'owner')) return prose.filter((_, index) => !labelled[index]);
  const kept: ProseLine[] = [];
  let open = false;
  prose.forEach((line, index) => {
    const label = labelled[index];
    if (label) {
      open = label.key === 'owner' && !!label.value;
      if (open) {
        const column = line.column + line.text.indexOf(label.value, line.text.indexOf(':') + 1);
        kept.push({ text: label.value, line: line.line, column });
      }
      return;
    }
    const previous = kept[kept.length - 1];
    if (open && previous && line.line === previous.line + 1 && line.text.trim()) kept.push(line);
    else open = false;
  });
  return kept;
}

/** A label the author wrote as a label: capitalised and a few words ("Systemägarrepresentant"). */
function looksLikeLabel(label: string): boolean {
  const text = label.trim();
  return /^\p{Lu}/u.test(text) && text.split(/\s+/).length <= 4;
}

function textOfNode(node: ModelNode | undefined): string {
  return node?.kind === 'scalar' && node.value !== null ? String(node.value) : '';
}

/** An amount in running text, with a currency or scale beside it ("120 000 kr", "€84,000", "1,2 mio."). */
const SIGNS = allPhrases(CURRENCY_SIGNS);
const AMOUNT_IN_TEXT = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:${phraseAlternation(SIGNS)})\\s?)?\\d(?:[\\d.,']|[ \\u00a0](?=\\d))*` +
    // In running text only the scales' words, not their short forms ("30 t" is hours).
    `(?:\\s?(?:${phraseAlternation(SCALES.flatMap((scale) => allPhrases(scale.words)))}))?` +
    `(?:\\s?(?:${phraseAlternation([...SIGNS, ...allPhrases(CURRENCY_WORDS), ...allPhrases(AMOUNT_MARKS)])}))?(?![\\p{L}\\p{N}])`,
  'giu',
);

export function amountIn(text: string): { value: number; index: number; text: string } | undefined {
  for (const match of text.matchAll(AMOUNT_IN_TEXT)) {
    const written = match[0].trim();
    if (!/[\p{L}€]/u.test(written.replace(/^\d[\d .,']*/, '')) && !SIGNS.some((sign) => written.toLowerCase().startsWith(sign))) continue;
    const value = parseAmount(written);
    if (value !== undefined) return { value, index: match.index!, text: written };
  }
  return undefined;
}

/**
 * The amount of a cost or benefit line: one with its currency or scale, else the number a label
 * gives ("- Licenser och drift per år (drift): 1 100 000", the currency stated once elsewhere).
 */
function lineAmount(text: string): { value: number; index: number; text: string } | undefined {
  const found = amountIn(text);
  if (found) return found;
  const label = labelLine(text);
  const number = label ? /^\d(?:[\d.,']|[ \u00a0](?=\d))*(?![\p{L}\p{N}%])/u.exec(label[2]) : null;
  const value = number ? parseAmount(number[0].trim()) : undefined;
  return value === undefined ? undefined : { value, index: text.lastIndexOf(label![2]), text: number![0].trim() };
}

/** Words of a cost line that say its kind without being a kind's name ("Årlig licens", "Opsætning"). */

/**
 * One regular expression for a list of kinds' words: its leftmost match is the kind, and at one
 * place the kind listed first wins. (One pattern, compiled when first needed: case-insensitive
 * Unicode patterns are slow to compile, and a hundred of them cost start-up tens of ms.)
 */
interface KindMatcher {
  pattern: RegExp;
  kinds: string[];
}

function kindMatcher(lists: [string, string[]][]): () => KindMatcher {
  let matcher: KindMatcher | undefined;
  return () => {
    if (!matcher) {
      const escaped = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const source = lists.map(([, words], index) => `(?<k${index}>${words.map(escaped).join('|')})`).join('|');
      matcher = { pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'iu'), kinds: lists.map(([kind]) => kind) };
    }
    return matcher;
  };
}

/** The kinds' own names, then also the hints. */
const KIND_NAMES = kindMatcher(Object.entries(KIND_VALUES));

/**
 * The kind a line names ("(drift)", "investering", "kvalitativ"), if any: the author's label. A
 * kind in parentheses wins over a kind's name in the item ("Sparet tid: 160.000 kr. om året
 * (økonomisk gevinst)"). Words that only hint at a kind ("om året", "licens") are read by the
 * interpretation (src/interpret/cost-kind.ts), the same for YAML and Markdown.
 */
function kindIn(text: string): string | undefined {
  for (const aside of [...text.matchAll(/\(([^()]*)\)/g)].reverse()) {
    const named = firstKind(aside[1]!, KIND_NAMES());
    if (named) return named;
  }
  return firstKind(text, KIND_NAMES());
}

function firstKind(text: string, { pattern, kinds }: KindMatcher): string | undefined {
  const found = pattern.exec(text);
  if (!found?.groups) return undefined;
  const index = kinds.findIndex((_, position) => found.groups![`k${position}`] !== undefined);
  return index < 0 ? undefined : kinds[index];
}

/** One cost or benefit line from a sentence or bullet: its words, amount and kind. */
function moneyLine(path: string, text: string, range: Range): MapNode {
  // The whole line is kept: words beside the amount ("… kr. om året") say what kind of line it is (src/interpret/cost-kind.ts).
  const map: MapNode = { kind: 'map', entries: new Map(), range, text };
  const label = labelLine(text);
  const item = label && looksLikeLabel(label[1]!) ? label[1]!.trim() : text.replace(/[.;,]+$/, '').trim();
  map.entries.set('item', { kind: 'scalar', value: item, range, keyRange: range, key: 'item' });
  const amount = lineAmount(text);
  if (amount) {
    map.entries.set('amount', { kind: 'scalar', value: amount.value, range, keyRange: range, key: 'amount' });
    const currency = currencyIn(amount.text);
    if (currency) map.entries.set('currency', { kind: 'scalar', value: currency, range, keyRange: range, key: 'currency' });
  }
  const kind = kindIn(text);
  if (kind && canonicalValue(`${path}.kind`, kind)) map.entries.set('kind', { kind: 'scalar', value: kind, range, keyRange: range, key: 'kind' });
  return map;
}

/** The lines of a "Gevinster: …" sentence that wraps: parts split across the wrap keep their own places. */
function moneyLines(path: string, parts: ProseLine[]): ModelNode[] {
  const places: { offset: number; line: number; column: number }[] = [];
  let text = '';
  for (const part of parts) {
    const lead = part.text.length - part.text.trimStart().length;
    if (text) text += ' ';
    places.push({ offset: text.length, line: part.line, column: part.column + lead });
    text += part.text.trim();
  }
  const at = (offset: number): { line: number; column: number } => {
    // The last part that starts at or before `offset` (binary search: parts are in offset order).
    let low = 0;
    let high = places.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (places[middle]!.offset <= offset) low = middle;
      else high = middle - 1;
    }
    const place = places[low]!;
    return { line: place.line, column: place.column + offset - place.offset };
  };
  const items: ModelNode[] = [];
  // "… (kvantitativ, 300 000 kr) og bedre service (kvalitativ)": a conjunction after a closing
  // parenthesis starts the next line too.
  const pieces = [...text.matchAll(MONEY_PARTS)].flatMap((match) => {
    const found: { text: string; index: number }[] = [];
    let from = 0;
    for (const joint of match[0].matchAll(JOINT_AFTER_PARENTHESIS)) {
      found.push({ text: match[0].slice(from, joint.index), index: match.index! + from });
      from = joint.index! + joint[0].length;
    }
    found.push({ text: match[0].slice(from), index: match.index! + from });
    return found;
  });
  for (const piece of pieces) {
    const value = piece.text.trim().replace(/[.;,]+$/, '');
    if (!value) continue;
    const startOffset = piece.index + piece.text.indexOf(value);
    const start = at(startOffset);
    const end = at(startOffset + value.length - 1);
    items.push(moneyLine(path, value, { line: start.line, column: start.column, endLine: end.line, endColumn: end.column + 1 }));
  }
  return items;
}

/** "(drift) og licens": a conjunction after a parenthesis joins two money lines. */
const JOINT_AFTER_PARENTHESIS = new RegExp(`(?<=\\))\\s+(?:${CONJUNCTION})\\s+`, 'giu');
const MONEY_PARTS = /(?:[^,;()]|\([^()]*\))+/g;

/** "Gevinster: færre opkald (økonomisk, 300 000 kr); bedre service (kvalitativ)" → one line per part. */
function moneyList(path: string, text: string, range: Range): ListNode {
  return { kind: 'list', items: moneyLines(path, [{ text, line: range.line, column: range.column }]), range };
}
