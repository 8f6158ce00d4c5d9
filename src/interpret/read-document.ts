/**
 * Located document → proposal fields (SPEC §1), the same for Markdown and Word: headings fill the
 * field they name (numbered, combined and ALL-CAPS headings read by meaning, src/lexicon/);
 * `Label: value` lines fill sub-fields, and top-level fields wherever they are written; tables in
 * the follow-up and business-case sections fill metrics, costs and benefits. Every value keeps
 * the place it is written.
 */
import {
  cellText,
  columnAt,
  paragraphsOf,
  proseLines,
  rangeIn,
  sliceLine,
  type Block,
  type LocatedDocument,
  type ParagraphBlock,
  type TableBlock,
  type TableCell,
  type TableRow,
  type TextLine,
} from '../model/document.js';
import type { Conflict, ListNode, MapNode, ModelNode, Range, ScalarNode, Section, TableTotal } from '../model/model.js';
import { LineIndex } from '../model/lines.js';
import { asList, textOf } from '../model/access.js';
import {
  AMOUNTS_STATED_IN,
  BENEFIT_HEADS,
  canonicalValue,
  PER_YEAR,
  DOCUMENT_FIELDS,
  fieldVocab,
  headingFields,
  labelParts,
  headingWords,
  keysAt,
  KIND_VALUES,
  norm,
  SCALES,
  TOTALS,
  COST_HEADS,
} from '../lexicon/vocabulary.js';
import { allPhrases, opensWith, phraseAlternation, phraseMatches } from '../lexicon/phrases.js';
import { DUE_BY } from '../lexicon/planning.js';
import { coerceScalar, isListField } from './normalise.js';
import { hasOwn } from '../model/own.js';
import { currencyIn } from './amount.js';
import {
  boldLabels,
  dashLabel,
  financedBy,
  innerLabels,
  type Label,
  labelLine,
  looksLikeLabel,
  ownedBy,
  sentenceEnd,
  sentenceLabels,
  signatureRole,
} from './reading/labels.js';
import { withImpliedHeadings } from './reading/implied-headings.js';
import { splitList } from './reading/lists.js';
import { scheduleIn } from './reading/date-ranges.js';
import { numberedMentions } from './reading/numbered-mentions.js';
import { keysInProse } from './reading/criteria-in-prose.js';
import { metricLines } from './reading/metric-lines.js';
import { withoutContents } from './reading/contents.js';
import { withTabTables } from './reading/tab-tables.js';
import { raciOwner } from './reading/raci.js';
import { ROLE_HEADS } from '../lexicon/sentence-labels.js';
import { kindIn, lineAmount, moneyLine, moneyLines, moneyList, moneySentences } from './reading/money-lines.js';

export interface DocumentReading {
  root: MapNode;
  sections: Section[];
  /** Fields given both in front matter and in a section, with different values. */
  conflicts: Conflict[];
  tableTotals: TableTotal[];
}

/** `front`: the document's front matter, already read as fields (src/interpret/normalise.ts). */
export function readDocument(document: LocatedDocument, front?: MapNode): DocumentReading {
  const conflicts: Conflict[] = [];
  const lines = new LineIndex(document.source);
  const root: MapNode = front ?? { kind: 'map', entries: new Map(), range: document.front?.range ?? wholeRange(document.source, lines) };
  const fromFront = new Set(front ? [...front.entries.keys()] : []);
  const builder = new SectionBuilder(document.source, lines, root, fromFront, conflicts, document.hidden ?? []);
  // A pasted table of contents names the sections and states nothing; a table pasted from a
  // spreadsheet (cells set apart by tabs) is a table.
  const blocks = withTabTables(withoutContents(document.blocks));
  builder.walk(withImpliedHeadings(blocks));
  if (!root.entries.has('title') && document.title) builder.setTitle(document.title.text, document.title.range);
  scheduleFromProse(root, blocks);
  financingFromProse(root, blocks);
  // "| Opgave | Sundhed & Omsorg | Personale & HR | … |" with "A" in the project's row: its owner(s).
  if (!root.entries.has('owner')) {
    const accountable = raciOwner(blocks);
    if (accountable)
      root.entries.set('owner', { ...(accountable.items.length === 1 ? accountable.items[0]! : accountable), keyRange: accountable.range, key: 'A' });
  }
  // "… (standardisation); … (coherence). Efficiency gains …": criteria named in running text.
  if (!root.entries.has('priorityCriteria')) {
    const named = keysInProse('priorityCriteria', blocks);
    if (named) root.entries.set('priorityCriteria', { ...named, keyRange: named.range, key: 'priorityCriteria' });
  }
  if (!root.entries.has('focusAreas')) {
    const named = numberedMentions('focusAreas', proseLines(blocks));
    if (named) root.entries.set('focusAreas', { ...named, keyRange: named.range, key: 'focusAreas' });
  }
  return { root, sections: builder.sections, conflicts, tableTotals: builder.tableTotals };
}

/**
 * A schedule no section or label gave (or gave without dates) is read from the first span of
 * dates a sentence states: "Projektet genomförs 2027-02-01–2027-12-15."
 */
function scheduleFromProse(root: MapNode, blocks: readonly Block[]): void {
  const given = root.entries.get('schedule');
  if (given && (given.kind !== 'map' || given.entries.has('start') || given.entries.has('end'))) return;
  const found = scheduleIn(proseLines(blocks));
  if (!found) return;
  if (given?.kind === 'map') for (const [key, node] of found.entries) given.entries.set(key, node);
  else root.entries.set('schedule', found);
}

/** "Projektet finansieres af anlægspuljen til digitalisering": the business case's financing, said in a passive sentence where the author put it. */
function financingFromProse(root: MapNode, blocks: readonly Block[]): void {
  const businessCase = root.entries.get('businessCase');
  if (businessCase?.kind !== 'map' || businessCase.entries.has('financing')) return;
  for (const line of proseLines(blocks)) {
    const said = financedBy(line.text);
    if (!said) continue;
    const range = rangeIn(line, said.valueAt, said.valueAt + said.value.length);
    businessCase.entries.set('financing', {
      kind: 'scalar',
      value: said.value,
      range,
      keyRange: rangeIn(line, said.labelAt, said.labelAt + said.label.length),
      key: said.label,
    });
    return;
  }
}

const TOTAL_WORDS = new Set(allPhrases(TOTALS));
const BENEFIT_WORDS = allPhrases(BENEFIT_HEADS);
const COST_SIDE_WORDS = allPhrases(COST_HEADS);
const ROLE_HEAD_WORDS = allPhrases(ROLE_HEADS);
/** Whether a folded head (`norm`) opens with a benefit word. */
const saysBenefit = (folded: string): boolean => opensWith(folded, BENEFIT_WORDS);

/** "Kanalbesparelse 3.120 × 20 kr. (gevinst)": a benefit word in the item's parentheses. */
const asideSaysBenefit = (text: string): boolean => [...text.matchAll(/\(([^()]*)\)/g)].some((aside) => saysBenefit(norm(aside[1]!)));

/** A heading that names a field, with the content of its section and of sub-sections that name none. */
interface Group {
  field: string;
  section: Section;
  blocks: Block[];
  /** Named by a combined heading after another field ("… og personvern"): read only if no section names it first. */
  secondary?: boolean;
}

class SectionBuilder {
  readonly sections: Section[] = [];
  readonly tableTotals: TableTotal[] = [];
  /** The unit a sentence gives every amount ("Alle beløb i t.kr."), for tables whose header gives none. */
  private statedUnit: StatedUnit | undefined;
  /** The business case's own prose, read for amounts in sentences once every table and list has been read. */
  private moneyProse: { prose: TextLine[]; section: Section } | undefined;
  /** The unit a table's caption gives its amounts ("Tabel 1: Omkostninger (1.000 kr.)"). */
  private readonly captionScales = new Map<TableBlock, number>();
  private titleSet: boolean;
  /** Maps made for a label line or a nested field before (or without) a section of their own. */
  private readonly implicit = new WeakSet<MapNode>();

  constructor(
    private readonly source: string,
    /** Built once, so a position is found without rescanning the text. */
    private readonly lines: LineIndex,
    private readonly root: MapNode,
    private readonly fromFront: Set<string>,
    private readonly conflicts: Conflict[],
    private readonly hidden: readonly Range[],
  ) {
    this.titleSet = root.entries.has('title');
  }

  private offsetOf(line: number, column: number): number {
    return line <= this.lines.lineCount ? Math.min(this.source.length, this.lines.offset(line, column)) : this.source.length;
  }

  walk(blocks: Block[]): void {
    const stack: { level: number; section: Section; group?: Group }[] = [];
    const groups: Group[] = [];
    const unmapped: Block[] = [];
    for (const block of blocks) {
      if (block.type === 'heading') {
        while (stack.length && stack[stack.length - 1]!.level >= block.depth) stack.pop();
        const text = block.line.text.trim();
        const parent = stack[stack.length - 1];
        // The document's title is named as a whole or not at all: "Business case: Samlet ESDH" is a title.
        const titleCandidate = block.depth === 1 && !this.titleSet && !parent;
        const [own, ...also] = headingFields(text, { parts: !titleCandidate });
        const range = block.range;
        const section: Section = { heading: text, level: block.depth, headingRange: range, range, text: '' };
        const sub = own ? undefined : subField(parent?.group?.field, text);
        // "## Forventet arbejdsproces" over "Forventet arbejdsproces" / ": …": a sub-section that names
        // its section's own field continues it.
        const same = own !== undefined && own === parent?.group?.field;
        const group = (own || sub) && !same ? { field: (own ?? sub)!, section, blocks: [] } : parent?.group;
        if ((own || sub) && !same) groups.push(group!);
        // The other fields a combined heading names read the same blocks, unless a section of their own names them.
        for (const field of also) groups.push({ field, section, blocks: group!.blocks, secondary: true });
        if (group) section.field = group.field;
        else if (titleCandidate) this.setTitle(text, range);
        this.sections.push(section);
        stack.push({ level: block.depth, section, ...(group ? { group } : {}) });
        continue;
      }
      const top = stack[stack.length - 1];
      if (top) extendSection(top.section, block);
      if (top?.group) top.group.blocks.push(block);
      else unmapped.push(block);
    }
    for (const section of this.sections) section.text = this.sliceText(section);
    this.statedUnit = statedUnitIn(blocks);
    blocks.forEach((block, index) => {
      const caption = blocks[index - 1];
      // A caption line, or the heading right above the table ("## E. Økonomi (1.000 kr.)").
      const captionText =
        caption?.type === 'paragraph' && caption.lines.length === 1 ? caption.lines[0]!.text : caption?.type === 'heading' ? caption.line.text : undefined;
      const scale = block.type === 'table' && captionText !== undefined ? captionScale(captionText) : 1;
      if (scale !== 1) this.captionScales.set(block as TableBlock, scale);
    });
    this.labelLines(unmapped, '');
    this.keyValueTables(unmapped, '');
    const primary = new Set(groups.filter((group) => !group.secondary).map((group) => group.field));
    // An empty section whose field another section fills ("## Fordele og ulemper" over "### Fordele"
    // and "### Ulemper") is a container of those sections, not the field left empty.
    const read = groups.filter(
      (group) =>
        (!group.secondary || !primary.has(group.field)) &&
        (group.blocks.length > 0 || !groups.some((other) => other !== group && other.field === group.field && other.blocks.length > 0)),
    );
    for (const group of read) this.fill(group);
    for (const group of read) this.strayLabels(group.blocks, group.field);
    this.strayLabels(unmapped, '');
    // A cost table under a heading no field is named by ("## Vurdering", "## Bilag 1") is still the
    // business case's: the heading is a hint, not a gate.
    // A combined heading's fields share its blocks ("## Costs, advantages and disadvantages"): a
    // table its cost field read is not read again for the others.
    const readAsMoney = new Set(read.filter((group) => TABLE_FIELDS.has(group.field)).flatMap((group) => group.blocks));
    const elsewhere = new Set([...unmapped, ...read.filter((group) => !TABLE_FIELDS.has(group.field)).flatMap((group) => group.blocks)]);
    for (const block of elsewhere)
      if (block.type === 'table' && !readAsMoney.has(block) && this.isMoneyTable(block)) this.moneyTable(block, undefined, undefined);
    this.moneyInSentences();
    this.labelledMetricsElsewhere([...unmapped, ...read.filter((group) => group.field !== 'followUp').flatMap((group) => group.blocks)]);
  }

  /** Whether a table, section or line has already given follow-up metrics. */
  private hasMetrics(): boolean {
    const given = this.root.entries.get('followUp');
    const metrics = given?.kind === 'map' ? given.entries.get('metrics') : undefined;
    return metrics?.kind === 'list' && metrics.items.length > 0;
  }

  /** "**Hur följer vi upp?**" over "- Nyckeltal 1: …": metrics labelled as such, under a heading no field is named by. */
  private labelledMetricsElsewhere(blocks: Block[]): void {
    if (this.hasMetrics()) return;
    const metrics = metricLines([...new Set(blocks)], { labelledOnly: true });
    if (!metrics.length) return;
    const range = metrics[0]!.range;
    this.ensureList('followUp.metrics', { heading: 'followUp', level: 0, headingRange: range, range, text: '' }).items.push(...metrics);
  }

  /** A table of amounts: year columns, or an item and an amount column. */
  private isMoneyTable(table: TableBlock): boolean {
    const years = table.rows[0]?.cells.filter((cell) => /^(19|20)\d\d$/.test(cellText(cell))).length ?? 0;
    if (years >= 2) return true;
    const keys = new Set(this.columns(table, 'businessCase.costs').values());
    return keys.has('amount') && (keys.has('item') || keys.has('kind'));
  }

  /**
   * A label that names a top-level field no section gave, written where the author put it:
   * "Fokusområde: …" or "IT-kategori: …" inside another field's section ("## Strategisk
   * koppling"), "**Projektejer:** …" at the start of a line or inside a paragraph, or the role
   * under a name in a signature block ("Annika Lövgren / Kanslichef / Projektägare").
   * `field` is the section's field ("" outside any), whose own labels were read there.
   */
  private strayLabels(blocks: Block[], field: string): void {
    const own = field ? keysAt(field) : undefined;
    const fills = (label: string): string | undefined => {
      if (!looksLikeLabel(label) || own?.byAlias.has(norm(label))) return undefined;
      const key = keysAt('')!.byAlias.get(norm(label));
      return key && strayLabelFills(key, field) && !this.root.entries.has(key) ? key : undefined;
    };
    for (const paragraph of paragraphsOf(blocks)) {
      const lines = paragraph.lines;
      lines.forEach((line, index) => {
        const label = labelLine(line.text);
        if (label?.value) {
          const key = fills(label.label);
          if (key) this.setStray(key, label, line);
          return;
        }
        const bold = boldLabels(line);
        const plain = innerLabels(line.text).filter((inner) => !bold.some((other) => other.labelAt === inner.labelAt));
        for (const inner of [...bold, ...plain]) {
          const key = fills(inner.label);
          if (key) this.setStray(key, inner, line);
        }
        // "Ejer af projektet er Ejendomsservice, …": the label's head word names the field.
        for (const inner of sentenceLabels(line.text)) {
          const key = fills(inner.label) ?? fills(inner.label.split(/\s+/)[0]!);
          if (key) this.setStray(key, inner, line);
        }
        // "Projektet ejes af Teknik og Miljø.": the owner, said in a passive sentence.
        const owned = ownedBy(line.text);
        if (owned && !this.root.entries.has('owner') && strayLabelFills('owner', field)) this.setStray('owner', owned, line);
        // A signature block: the name and title above, the role on its own line.
        const role = signatureRole(line.text);
        if (index === 0 || !role || labelLine(lines[index - 1]!.text)) return;
        const key = fills(role);
        if (key !== 'owner') return;
        const above = lines.slice(Math.max(0, index - 3), index).filter((signed) => signed.text.trim() && !labelLine(signed.text));
        if (!above.length) return;
        const value = above.map((signed) => signed.text.trim()).join(', ');
        const roleAt = line.text.indexOf(role);
        const keyRange = rangeIn(line, roleAt, roleAt + role.length);
        this.root.entries.set(key, { kind: 'scalar', value, range: spanOf(above), keyRange, key: role });
      });
    }
  }

  private setStray(key: string, label: Label, line: TextLine): void {
    const valueRange = rangeIn(line, label.valueAt, label.valueAt + label.value.length);
    const keyRange = rangeIn(line, label.labelAt, label.labelAt + label.label.length);
    const node = isListField(key) ? splitList(key, label.value, valueRange) : coerceScalar(key, { kind: 'scalar', value: label.value, range: valueRange });
    this.root.entries.set(key, { ...node, keyRange, key: label.label.trim() });
  }

  setTitle(text: string, range: Range): void {
    this.titleSet = true;
    this.root.entries.set('title', { kind: 'scalar', value: text, range, keyRange: range, key: text });
  }

  private sliceText(section: Section): string {
    const start = this.offsetOf(section.headingRange.endLine, section.headingRange.endColumn);
    const end = Math.max(start, this.offsetOf(section.range.endLine, section.range.endColumn));
    return this.visibleText(start, end).trim();
  }

  /** The source from `start` to `end`, guidance for the author blanked out (offsets stay true): not what the proposal says. */
  private visibleText(start: number, end: number): string {
    let text = this.source.slice(start, end);
    for (const range of this.hidden) {
      const from = Math.max(start, this.offsetOf(range.line, range.column));
      const to = Math.min(end, this.offsetOf(range.endLine, range.endColumn));
      if (from < to) text = text.slice(0, from - start) + ' '.repeat(to - from) + text.slice(to - start);
    }
    return text;
  }

  /** Fill the field a section names from its prose, label lines and tables. */
  private fill(entry: Group): void {
    const path = entry.field;
    const vocab = fieldVocab(path);
    const headingRange = entry.section.headingRange;
    const contentRange = blocksRange(entry.blocks) ?? headingRange;
    if (!vocab?.keys || MONEY_LISTS.has(path)) {
      if (MONEY_LISTS.has(path)) {
        const list = this.ensureList(path, entry.section);
        for (const block of entry.blocks) if (block.type === 'table') this.moneyTable(block, path, list);
        this.moneyBullets(entry.blocks, path, entry.section);
        this.labelLines(
          entry.blocks.filter((block) => block.type !== 'list'),
          'businessCase',
          this.ensureMap('businessCase', undefined),
        );
        return;
      }
      // "## 4. Kategori och systemägare" → "Kategori: differentierande." — the label line is the value.
      if (!path.includes('.') && this.ownLabel(entry.blocks, path)) {
        this.labelLines(entry.blocks, '');
        return;
      }
      if (vocab?.list || isListField(path)) {
        this.setField(
          path,
          this.bulletList(entry.blocks, path) ?? this.paragraphList(entry.blocks, path) ?? this.textNode(entry.blocks, contentRange),
          headingRange,
          entry.section.heading,
        );
        return;
      }
      this.setField(path, this.leadingValue(entry.blocks, path) ?? this.textNode(entry.blocks, contentRange), headingRange, entry.section.heading);
      return;
    }
    const front = this.root.entries.get(path);
    if (path === 'owner' && front?.kind === 'scalar' && this.fromFront.has(path)) {
      // "owner: Jane Smith" in the front matter and an "Owner" section: a conflict only if the names differ.
      const text = proseLines(entry.blocks)
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
    const prose = this.labelLines(entry.blocks, path, map);
    if (path !== 'followUp' && path !== 'businessCase') this.keyValueTables(entry.blocks, path, map);
    for (const block of entry.blocks) {
      if (block.type !== 'table') continue;
      if (path === 'followUp') this.metricTable(block, this.ensureList('followUp.metrics', entry.section));
      else if (path === 'businessCase') this.moneyTable(block, undefined, undefined);
    }
    if (path === 'followUp') this.metricsInLines(entry);
    if (path === 'businessCase') {
      this.moneyBullets(entry.blocks, undefined, entry.section);
      this.moneyProse = { prose, section: entry.section };
    }
    const textKey = vocab.textKey;
    if (path === 'owner' && map.entries.size === 0 && prose.length) {
      const ownerProse = ownerLines(prose);
      if (ownerProse.length) this.replaceWithScalar(path, ownerProse, entry.section);
      return;
    }
    // "## Systemägare" / "Förskolenämnden (beslut …)." / "Systemägarrepresentant: Nils Karlsson": the
    // representative is the name, so the line that names no one else is the body that owns.
    if (path === 'owner' && prose.length && map.entries.has('name') && !map.entries.has('body')) {
      const bodyLines = ownerLines(prose);
      if (bodyLines.length) {
        map.entries.set('body', { kind: 'scalar', value: bodyLines.map((line) => line.text.trim()).join(' '), range: spanOf(bodyLines), key: 'body' });
        return;
      }
    }
    if (textKey && prose.length && !map.entries.has(textKey)) {
      const text = prose
        .map((line) => line.text)
        .join('\n')
        .trim();
      map.entries.set(textKey, { kind: 'scalar', value: text, range: spanOf(prose), key: textKey });
    }
  }

  /** Whether a line of these blocks is labelled with the top-level field `path` itself. */
  private ownLabel(blocks: Block[], path: string): boolean {
    return paragraphsOf(blocks).some((paragraph) =>
      paragraph.lines.some((line) => {
        const label = labelLine(line.text);
        return !!label?.value && looksLikeLabel(label.label) && keysAt('')!.byAlias.get(norm(label.label)) === path;
      }),
    );
  }

  /**
   * A field that takes one of a set of values, written as the first words of its section's text
   * ("## Kategori" → "Grundläggande. Systemet ska användas i minst tio år …"): that value, where
   * it is written.
   */
  private leadingValue(blocks: Block[], path: string): ScalarNode | undefined {
    if (!fieldVocab(path)?.values) return undefined;
    const line = paragraphsOf(blocks)[0]?.lines.find((candidate) => candidate.text.trim());
    if (!line) return undefined;
    const lead = line.text.length - line.text.trimStart().length;
    const end = Math.min(sentenceEnd(line.text, lead), ...[',', ';', ' – ', ' - '].map((mark) => line.text.indexOf(mark, lead)).filter((at) => at > lead));
    const words = line.text.slice(lead, end).trim();
    const value = words ? canonicalValue(path, words) : undefined;
    return value ? { kind: 'scalar', value, range: rangeIn(line, lead, lead + words.length) } : undefined;
  }

  private replaceWithScalar(path: string, prose: TextLine[], section: Section): void {
    const text = prose
      .map((line) => line.text)
      .join(' ')
      .trim();
    const node: ScalarNode = { kind: 'scalar', value: text, range: spanOf(prose), keyRange: section.headingRange, key: section.heading };
    this.root.entries.set(path, node);
  }

  private textNode(blocks: Block[], range: Range): ScalarNode {
    const start = this.offsetOf(range.line, range.column);
    const end = this.offsetOf(range.endLine, range.endColumn);
    // An empty section is a field not filled in yet, as `key:` with no value is in YAML.
    const text = blocks.length ? this.visibleText(start, Math.max(start, end)).trim() : '';
    return { kind: 'scalar', value: text === '' ? null : text, range };
  }

  /** A list field written as lines or a comma-separated paragraph ("Service till medborgare"). */
  private paragraphList(blocks: Block[], path: string): ListNode | undefined {
    const paragraphs = blocks.filter((block): block is ParagraphBlock => block.type === 'paragraph');
    if (!paragraphs.length || paragraphs.length !== blocks.length) return undefined;
    const items = paragraphs
      .flatMap((paragraph) => paragraph.lines)
      .filter((line) => line.text.trim())
      .flatMap((line) => {
        const lead = line.text.length - line.text.trimStart().length;
        const text = line.text.trim();
        return splitList(path, text, rangeIn(line, lead, lead + text.length)).items;
      });
    return items.length ? { kind: 'list', items: valuesAmongProse(path, items), range: blocksRange(paragraphs)! } : undefined;
  }

  private bulletList(blocks: Block[], path: string): ListNode | undefined {
    const list = blocks.find((block) => block.type === 'list');
    if (!list) return undefined;
    const items = list.items.map((item) =>
      coerceScalar(path, {
        kind: 'scalar',
        value: proseLines(item.blocks)
          .map((line) => line.text)
          .join('\n')
          .trim(),
        range: item.blocks[0]?.range ?? item.range,
      }),
    );
    return { kind: 'list', items: valuesAmongProse(path, items), range: list.range };
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
  private labelLines(blocks: Block[], path: string, map?: MapNode): TextLine[] {
    const prose: TextLine[] = [];
    for (const paragraph of paragraphsOf(blocks)) {
      /** The text value of the label line just read, which a wrapped line continues. */
      let open: ScalarNode | undefined;
      /** A "Gevinster: …" line whose sentence wraps onto the next lines: its text, line by line. */
      let openMoney: { list: ListNode; path: string; parts: TextLine[] } | undefined;
      // Its lines are read once all its parts are in: once per sentence, not once per line.
      const settle = (): void => {
        if (openMoney && openMoney.parts.length > 1) openMoney.list.items = moneyLines(openMoney.path, openMoney.parts);
      };
      for (const line of paragraph.lines) {
        const dashed = path ? dashLabel(line.text) : undefined;
        // "- Standardisering – genbrug af …" inside a field's section: a dash sets off a sub-field's name.
        const label = labelLine(line.text) ?? (dashed && this.labelTarget(path, dashed.label) ? dashed : undefined);
        const target = label ? this.labelTarget(path, label.label) : undefined;
        if (label && !target && this.combinedLabel(path, map, label, line)) {
          settle();
          open = openMoney = undefined;
          continue;
        }
        if (!label || !target) {
          // Inside a field's section, a line that wraps "Plan: …" continues its value — but a
          // line with a label of its own ("Systemägarrepresentant: …") is not a continuation.
          if (label && looksLikeLabel(label.label)) {
            settle();
            open = openMoney = undefined;
          }
          const end = columnAt(line, line.text.trimEnd().length);
          if (openMoney && line.text.trim()) {
            openMoney.parts.push(line);
            openMoney.list.range = { ...openMoney.list.range, endLine: line.line, endColumn: end };
          } else if (open && path && line.text.trim()) {
            open.value = `${String(open.value)} ${line.text.trim()}`;
            open.range = { ...open.range, endLine: line.line, endColumn: end };
          } else {
            prose.push(line);
            this.innerLabelLines(line, path, map, 0);
          }
          continue;
        }
        settle();
        open = openMoney = undefined;
        // "Status:" with nothing after it is a field not filled in yet, not prose.
        if (!label.value) continue;
        // "Valuta: DKK. Beløb i hele kroner.", "Ejer: Teknik og Miljø. Projektleder: …": a value from a
        // set, a value of a few words followed by another sentence, or one another label follows,
        // ends with its sentence.
        const targetPath = target.parent ? `${target.parent}.${target.key}` : target.key;
        // "Benefits: …, fewer wrong deliveries. Risks: …": a list of money lines ends where a sentence
        // opens with a label of its own, known or not.
        const next =
          this.innerLabelsFor(line, path, label.valueAt)[0] ??
          (MONEY_LISTS.has(targetPath) ? innerLabels(line.text).find((inner) => inner.labelAt >= label.valueAt && looksLikeLabel(inner.label)) : undefined);
        const chosen = fieldVocab(targetPath)?.values;
        const sentence = sentenceEnd(line.text, label.valueAt);
        const brief = line.text.slice(label.valueAt, sentence).trim().split(/\s+/).length <= 4;
        const cut = next || chosen || brief ? Math.min(sentence, next?.labelAt ?? Infinity) : label.valueAt + label.value.length;
        const valueEnd = label.valueAt + line.text.slice(label.valueAt, cut).trimEnd().length;
        const value = sliceLine(line, label.valueAt, valueEnd);
        const keyRange = rangeIn(line, label.labelAt, label.labelAt + label.label.length);
        const set = this.setLabelled(path, map, target, label.label.trim(), keyRange, value);
        this.innerLabelLines(line, path, map, valueEnd);
        if (!set) continue;
        const { entry, fullPath } = set;
        const whole = valueEnd >= label.valueAt + label.value.length;
        // Only free text wraps; "Status: none available" followed by prose is a value and prose.
        if (whole && entry.kind === 'scalar' && typeof entry.value === 'string' && !fieldVocab(fullPath)?.values) open = entry;
        if (whole && entry.kind === 'list' && MONEY_LISTS.has(fullPath)) openMoney = { list: entry, path: fullPath, parts: [value] };
      }
      settle();
    }
    return prose;
  }

  /**
   * "Fordele og ulemper: Fordelene er … Ulemperne er …": a label that names two or more fields
   * joined by a conjunction. Each field gets the sentences of the value that open with its name
   * (until another's), or the whole value when none does. Returns whether the label was one.
   */
  private combinedLabel(path: string, map: MapNode | undefined, label: Label, line: TextLine): boolean {
    const parts = labelParts(label.label);
    if (parts.length < 2 || !label.value) return false;
    const targets = parts.map((part) => this.labelTarget(path, part));
    if (targets.some((target) => !target)) return false;
    const sentences: { from: number; to: number; opens?: number }[] = [];
    for (let from = label.valueAt; from < line.text.length; ) {
      const end = sentenceEnd(line.text, from);
      const to = Math.min(line.text.length, end + 1);
      const lead = norm(line.text.slice(from, to).trim().split(/\s+/)[0] ?? '');
      const opens = parts.findIndex((part) => lead.startsWith(norm(part)));
      sentences.push({ from, to, ...(opens >= 0 ? { opens } : {}) });
      from = to;
    }
    const keyRange = rangeIn(line, label.labelAt, label.labelAt + label.label.length);
    targets.forEach((target, index) => {
      const first = sentences.findIndex((sentence) => sentence.opens === index);
      const last = first < 0 ? -1 : sentences.findIndex((sentence, at) => at > first && sentence.opens !== undefined && sentence.opens !== index);
      const from = first < 0 ? label.valueAt : sentences[first]!.from;
      const to = first < 0 ? line.text.length : last < 0 ? line.text.length : sentences[last]!.from;
      const raw = line.text.slice(from, to);
      const start = from + raw.length - raw.trimStart().length;
      this.setLabelled(path, map, target!, label.label.trim(), keyRange, sliceLine(line, start, start + raw.trim().length));
    });
    return true;
  }

  /** Labels after a sentence in a line that name a field of `path` (or a top-level field outside any section), from index `after`. */
  private innerLabelsFor(line: TextLine, path: string, after: number): Label[] {
    return innerLabels(line.text).filter((inner) => inner.labelAt >= after && looksLikeLabel(inner.label) && this.labelTarget(path, inner.label));
  }

  private innerLabelLines(line: TextLine, path: string, map: MapNode | undefined, after: number): void {
    for (const inner of this.innerLabelsFor(line, path, after)) {
      const keyRange = rangeIn(line, inner.labelAt, inner.labelAt + inner.label.length);
      this.setLabelled(
        path,
        map,
        this.labelTarget(path, inner.label)!,
        inner.label.trim(),
        keyRange,
        sliceLine(line, inner.valueAt, inner.valueAt + inner.value.length),
      );
    }
  }

  /** Put a labelled value (a `Label: value` line, a key/value table row) under the field its label names. */
  private setLabelled(
    path: string,
    map: MapNode | undefined,
    target: { parent: string; key: string; path: string },
    key: string,
    keyRange: Range,
    value: TextLine,
  ): { entry: ModelNode; fullPath: string } | undefined {
    const targetMap = map && target.path === path ? map : this.ensureMap(target.parent, undefined);
    if (!targetMap) return undefined;
    const fullPath = target.parent ? `${target.parent}.${target.key}` : target.key;
    const valueRange = rangeIn(value, 0, value.text.length);
    const node: ModelNode = MONEY_LISTS.has(fullPath)
      ? moneyList(fullPath, value, valueRange)
      : isListField(fullPath)
        ? splitList(fullPath, value.text, valueRange)
        : coerceScalar(fullPath, { kind: 'scalar', value: value.text, range: valueRange });
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
  private keyValueTables(blocks: Block[], path: string, map?: MapNode): void {
    for (const block of blocks) {
      if (block.type !== 'table') continue;
      // "| Roll | Namn | Ansvar |": a table of roles is labels too, the name its value, the rest notes.
      const roles = block.rows.length > 1 && block.rows[0]!.cells.length > 2 && opensWith(cellText(block.rows[0]!.cells[0]!), ROLE_HEAD_WORDS);
      if (!roles && block.rows.some((row) => row.cells.length !== 2)) continue;
      for (const row of roles ? block.rows.slice(1) : block.rows) {
        if (row.cells.length < 2) continue;
        const [labelCell, valueCell] = row.cells as [TableCell, TableCell];
        const label = cellText(labelCell).replace(/:$/, '');
        const value = cellLine(valueCell);
        const target = label && value.text ? this.labelTarget(path, label) : undefined;
        if (target) this.setLabelled(path, map, target, label, labelCell.range, value);
      }
    }
  }

  private labelTarget(path: string, label: string): { parent: string; key: string; path: string } | undefined {
    const n = norm(label);
    if (path) {
      const key = keysAt(path)?.byAlias.get(n);
      if (key) return { parent: path, key, path };
      return undefined;
    }
    const top = keysAt('')!.byAlias.get(n);
    if (top) return { parent: '', key: top, path };
    const nested = keysAt('businessCase')!.byAlias.get(n);
    if (nested && ['currency', 'financing', 'horizonYears', 'discountRate'].includes(nested)) {
      return { parent: 'businessCase', key: nested, path };
    }
    return undefined;
  }

  /**
   * Cost and benefit lines written as bullets ("- Lisens: 120 000 kr per år (drift)") in a
   * section with no table: an item that states an amount with its currency or scale is a line.
   * It goes to the section's list, else to benefits when its kind or its words say benefit.
   */
  private moneyBullets(blocks: Block[], sectionPath: string | undefined, section: Section): void {
    if (blocks.some((block) => block.type === 'table')) return;
    for (const block of blocks) {
      if (block.type !== 'list') continue;
      for (const item of block.items) {
        const paragraph = item.blocks.find((child): child is ParagraphBlock => child.type === 'paragraph');
        if (!paragraph) continue;
        const text = paragraph.lines
          .map((line) => line.text)
          .join(' ')
          .replace(/\s+/g, ' ')
          .trim();
        const label = labelLine(text);
        if (label && keysAt('businessCase')!.byAlias.has(norm(label.label))) continue;
        if (lineAmount(text) === undefined) continue;
        const line = moneyLine(sectionPath ?? 'businessCase.costs', text, paragraph.range);
        const kind = textOf(line.entries.get('kind'));
        const target =
          sectionPath ??
          (kind === 'financial' || kind === 'qualitative' || (!kind && saysBenefit(norm(text))) ? 'businessCase.benefits' : 'businessCase.costs');
        this.ensureList(target, section.field === target ? section : { ...section, heading: section.heading }).items.push(line);
      }
    }
  }

  /** Metrics written as bullets or lines ("Extern nytta: … (objektiv), från 40 % till 90 %"), where no table gave any. */
  private metricsInLines(entry: Group): void {
    if (this.hasMetrics()) return;
    const metrics = metricLines(entry.blocks);
    if (metrics.length) this.ensureList('followUp.metrics', entry.section).items.push(...metrics);
  }

  /**
   * Costs or benefits a business case states in sentences only: their lines, to costs or
   * benefits by their kind or words — for each side no table, bullet or label line gave.
   */
  private moneyInSentences(): void {
    if (!this.moneyProse) return;
    const { prose, section } = this.moneyProse;
    const given = this.root.entries.get('businessCase');
    const has = (key: string): boolean =>
      given?.kind === 'map' && (given.entries.get(key)?.kind === 'list' ? (given.entries.get(key) as ListNode).items.length > 0 : given.entries.has(key));
    const open = { 'businessCase.costs': !has('costs'), 'businessCase.benefits': !has('benefits') };
    if (!open['businessCase.costs'] && !open['businessCase.benefits']) return;
    // The lines a label already gave ("Nyttor: …, … (ca. 180 tkr per år).") are not read again.
    const read = ['costs', 'benefits'].flatMap((key) => (given?.kind === 'map' ? asList(given.entries.get(key)) : []).map((item) => item.range));
    for (const line of moneySentences('businessCase.costs', prose)) {
      if (line.kind !== 'map' || read.some((range) => startsWithin(line.range, range))) continue;
      const kind = textOf(line.entries.get('kind'));
      // "Direkt nytta 520 000 kr per år": in a sentence the benefit word need not open the line.
      const benefit = kind === 'financial' || kind === 'qualitative' || (!kind && phraseMatches(textOf(line.entries.get('item')), BENEFIT_WORDS).length > 0);
      const target = benefit ? 'businessCase.benefits' : 'businessCase.costs';
      if (open[target]) this.ensureList(target, section).items.push(line);
    }
  }

  private metricTable(table: TableBlock, list: ListNode): void {
    const dates = new Map<number, string>();
    const columns = this.columns(table, 'followUp.metrics', undefined, dates);
    if (!columns.size) return;
    // "| Mål 2028 |": the date in the target's header is every row's deadline, written there.
    const due = [...dates].find(([position]) => columns.get(position) === 'target');
    for (const row of table.rows.slice(1)) {
      const map = this.rowMap(row, columns, 'followUp.metrics');
      if (due && map.entries.has('target') && !map.entries.has('deadline')) {
        const range = table.rows[0]!.cells[due[0]]!.range;
        map.entries.set('deadline', { kind: 'scalar', value: due[1], range, keyRange: range, key: 'deadline' });
      }
      if (map.entries.size) list.items.push(map);
    }
  }

  /**
   * Cost and benefit tables. A row goes to costs or benefits by the section it is in, else by
   * its kind, else by the item column's header; "Total"/"I alt" rows fill `totals`; year
   * columns ("| Post | 2025 | 2026 |") give one line per year.
   */
  private moneyTable(table: TableBlock, sectionPath: string | undefined, sectionList: ListNode | undefined): void {
    const path = 'businessCase.costs';
    const scales = new Map<number, number>();
    const columns = this.columns(table, path, scales);
    const header = table.rows[0];
    if (!header) return;
    const years = new Map<number, { year: number; range: Range }>();
    header.cells.forEach((cell, index) => {
      const text = cellText(cell);
      if (/^(19|20)\d\d$/.test(text)) years.set(index, { year: Number(text), range: cell.range });
    });
    // "| Post | Anlæg 2027 | Drift pr. år fra 2027 |": with no amount column, columns headed by a
    // cost kind hold the amounts of that kind, one line per row and kind.
    const kindColumns = new Map<number, string>();
    if (!years.size && ![...columns.values()].includes('amount'))
      header.cells.forEach((cell, position) => {
        const kind = columns.has(position) ? undefined : kindIn(cellText(cell));
        if (kind === 'investment' || kind === 'operating') kindColumns.set(position, kind);
      });
    if (!columns.size && !years.size && !kindColumns.size) return;
    // "| Post | 2027 | 2028 | I alt |": beside year columns, a column headed as a total totals them.
    if (years.size) for (const [position] of columns) if (totalWordOf(norm(cellText(header.cells[position]!)))) columns.delete(position);
    // "| Kostnader (mill. kr) | 2025 | 2026 |", "| Benefit per year (from 2028) | Amount |", "| |
    // Investment | Operation per year |": beside year, amount or kind columns, a first column no
    // alias names (or none at all) holds the items, and a unit in its
    // header ("t.kr.", "mill. kr") scales the year cells.
    const amounts = years.size > 0 || kindColumns.size > 0 || [...columns.values()].includes('amount');
    if (amounts && ![...columns.values()].includes('item') && !columns.has(0) && !years.has(0) && !kindColumns.has(0)) columns.set(0, 'item');
    const itemHeader = [...columns].find(([, key]) => key === 'item');
    const itemHeaderText = itemHeader && header.cells[itemHeader[0]] ? cellText(header.cells[itemHeader[0]]!) : '';
    const itemUnit = /^(.*?)\s*(?:\(([^()]+)\)|,\s*([^,]+))$/.exec(itemHeaderText);
    const headerScale = itemUnit ? unitScale(itemUnit[2] ?? itemUnit[3]!) : unitScale(itemHeaderText);
    const stated = this.captionScales.get(table) ?? this.statedUnit?.scale ?? 1;
    const yearScale = headerScale === 1 && !itemUnit ? stated : headerScale;
    for (const [position, key] of columns) if (key === 'amount' && !scales.has(position) && stated !== 1) scales.set(position, stated);
    this.statedCurrency();
    const headerSaysBenefit = itemHeader ? saysBenefit(norm(itemHeaderText)) : false;
    // "| Benefit per year | Amount |" under "## Costs, advantages and disadvantages": the table's
    // own header says what its rows are, whatever the section's heading named.
    if (headerSaysBenefit && sectionPath === 'businessCase.costs') {
      sectionPath = 'businessCase.benefits';
      sectionList = undefined;
    }
    const totals = years.size ? new YearTotals(table, years, yearScale, this.tableTotals) : undefined;
    /** A total row of the whole cost side ("Omkostninger i alt", "Summa kostnader") was passed: the rows below it are the other side. */
    let costsClosed = false;
    for (const row of table.rows.slice(1)) {
      const map = this.rowMap(row, columns, path, scales);
      if (!map.entries.size) continue;
      const item = map.entries.get('item');
      const kind = map.entries.get('kind');
      const kindValue = kind?.kind === 'scalar' ? String(kind.value) : '';
      const benefitsBelowCosts = costsClosed && !hasOwn(KIND_VALUES, kindValue);
      // "| Lisens og drift | drift | …" in a benefits section: the row's own kind says its side.
      const kindSide = hasOwn(KIND_VALUES, kindValue)
        ? ['financial', 'qualitative'].includes(kindValue)
          ? 'businessCase.benefits'
          : 'businessCase.costs'
        : undefined;
      const target = benefitsBelowCosts
        ? 'businessCase.benefits'
        : (kindSide ??
          sectionPath ??
          (hasOwn(KIND_VALUES, kindValue) && ['financial', 'qualitative'].includes(kindValue)
            ? 'businessCase.benefits'
            : hasOwn(KIND_VALUES, kindValue) || (!headerSaysBenefit && !saysBenefit(norm(textOf(item))) && !asideSaysBenefit(textOf(item)))
              ? 'businessCase.costs'
              : 'businessCase.benefits'));
      // "| Investering i platform | 1.200.000 |": a line with no kind column that names a kind of
      // its own side (costs: investment or operating; benefits: financial or qualitative) has that kind.
      if (!kind && item?.kind === 'scalar' && typeof item.value === 'string') {
        const named = kindIn(item.value);
        const side = target.endsWith('benefits') ? ['financial', 'qualitative'] : ['investment', 'operating'];
        if (named && side.includes(named)) map.entries.set('kind', { kind: 'scalar', value: named, range: item.range, keyRange: item.range, key: 'kind' });
      }
      const total = item?.kind === 'scalar' ? totalLabel(String(item.value ?? '')) : undefined;
      if (total && target.endsWith('costs') && opensWith(total.rest, COST_SIDE_WORDS)) costsClosed = true;
      if (total && item && totals) {
        const grand = totals.totalRow(row, String((item as ScalarNode).value));
        const key = target.endsWith('benefits') || saysBenefit(total.rest) ? 'benefits' : 'costs';
        if (grand) totals.grand.set(key, { node: { ...grand, keyRange: item.range, key: String((item as ScalarNode).value) } });
        continue;
      }
      if (total && item) {
        const amount = map.entries.get('amount');
        if (amount) {
          const totals = this.ensureMap('businessCase.totals', undefined);
          const key = target.endsWith('benefits') || saysBenefit(total.rest) ? 'benefits' : 'costs';
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
        (benefitsBelowCosts || (kindSide !== undefined && kindSide !== sectionPath) ? undefined : sectionList) ??
        this.ensureList(target, { heading: '', level: 0, headingRange: table.range, range: table.range, text: '' });
      if (kindColumns.size && !map.entries.has('amount')) {
        const before = list.items.length;
        for (const [index, kind] of kindColumns) {
          const cell = row.cells[index];
          const text = cell ? cellText(cell) : '';
          if (!cell || !text || text === '-' || text === '–') continue;
          const head = header.cells[index]!;
          const key = cellText(head);
          const line: MapNode = { kind: 'map', entries: new Map(map.entries), range: row.range };
          const amount = coerceScalar(`${target}.amount`, { kind: 'scalar', value: text, range: cell.range, keyRange: head.range, key });
          if (yearScale !== 1 && typeof amount.value === 'number') amount.value = Math.round(amount.value * yearScale * 100) / 100;
          line.entries.set('amount', amount);
          line.entries.set('kind', { kind: 'scalar', value: kind, range: head.range, keyRange: head.range, key });
          list.items.push(line);
        }
        if (list.items.length === before) list.items.push(map);
        continue;
      }
      if (years.size && !map.entries.has('amount')) {
        totals?.dataRow(row, item?.kind === 'scalar' ? String(item.value) : '');
        const before = list.items.length;
        for (const [index, { year, range }] of years) {
          const cell = row.cells[index];
          const text = cell ? cellText(cell) : '';
          if (!cell || !text || text === '-' || text === '–') continue;
          const line: MapNode = { kind: 'map', entries: new Map(map.entries), range: row.range };
          const amount = coerceScalar(`${target}.amount`, { kind: 'scalar', value: text, range: cell.range, keyRange: range, key: String(year) });
          if (yearScale !== 1 && typeof amount.value === 'number') amount.value = Math.round(amount.value * yearScale * 100) / 100;
          line.entries.set('amount', amount);
          line.entries.set('year', { kind: 'scalar', value: year, range: cell.range, keyRange: range, key: String(year) });
          list.items.push(line);
        }
        // A row with no amount in any year ("| Bedre service | Kvalitativ | | |") is still a line.
        if (list.items.length === before) list.items.push(map);
        continue;
      }
      list.items.push(map);
    }
    // The last total row with a grand total is the table's total (earlier ones are subtotals).
    for (const [key, { node }] of totals?.grand ?? []) {
      const all = this.ensureMap('businessCase.totals', undefined);
      if (all && !all.entries.has(key)) all.entries.set(key, node);
    }
  }

  /** "Alle beløb i EUR": the business case's currency, when no label states it. */
  private statedCurrency(): void {
    const unit = this.statedUnit;
    if (!unit?.currency) return;
    const businessCase = this.ensureMap('businessCase', undefined);
    if (businessCase && !businessCase.entries.has('currency')) {
      businessCase.entries.set('currency', { kind: 'scalar', value: unit.currency, range: unit.range, keyRange: unit.range, key: unit.written });
    }
  }

  /**
   * Header cell → key. A header may carry a unit ("Beløb (kr.)", "Amount (DKK 1,000)",
   * "Belopp, tkr", "Mål (2027)"); an amount column's unit scales its cells into `scales`.
   */
  private columns(table: TableBlock, path: string, scales?: Map<number, number>, dates?: Map<number, string>): Map<number, string> {
    const columns = new Map<number, string>();
    const index = keysAt(path)!;
    table.rows[0]?.cells.forEach((cell, position) => {
      const text = cellText(cell);
      const unit = /^(.*?)\s*(?:\(([^()]+)\)|,\s*([^,]+))$/.exec(text);
      // "Mål 2028", "Target by 31 December 2028", "Beløp per år": when a value is due or how often
      // it recurs says when, not which column it is.
      const due = dueDateIn(text);
      const bare = due?.header ?? withoutPeriod(text);
      const named = index.byAlias.get(norm(text));
      const key = named ?? (unit ? index.byAlias.get(norm(unit[1]!)) : undefined) ?? (bare ? index.byAlias.get(norm(bare)) : undefined);
      if (!key || [...columns.values()].includes(key)) return;
      columns.set(position, key);
      if (due && !named) dates?.set(position, due.date);
      if (unit && key === 'amount' && !index.byAlias.has(norm(text))) scales?.set(position, unitScale(unit[2] ?? unit[3]!));
    });
    return columns;
  }

  private rowMap(row: TableRow, columns: Map<number, string>, path: string, scales?: Map<number, number>): MapNode {
    const map: MapNode = { kind: 'map', entries: new Map(), range: row.range };
    for (const [index, key] of columns) {
      const cell = row.cells[index];
      if (!cell) continue;
      const text = cellText(cell);
      if (!text) continue;
      const range = cell.range;
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
 * The items of a field with a set of values, when a section gives some of them among sentences
 * ("Fokusområde 4 – samverkan …" after "Portalen bidrar till Vision 2030 …"): the values; the
 * sentences explain them. A section that names no value keeps its lines, so the schema says
 * which values there are.
 */
function valuesAmongProse(path: string, items: ModelNode[]): ModelNode[] {
  if (!fieldVocab(path)?.values) return items;
  const known = items.filter((item) => item.kind === 'scalar' && typeof item.value === 'string' && canonicalValue(path, item.value) !== undefined);
  return known.length ? known : items;
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
  // An ordinary key no clause names ("### Metod" under the follow-up) stays prose, as at the top level.
  if (!key || vocab?.keyOnly || (vocab?.keys && !vocab.textKey)) return undefined;
  return `${parentField}.${key}`;
}

/** From the first written character of the first line to the end of the last line's text. */
function spanOf(lines: readonly TextLine[]): Range {
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  const lead = first.text.length - first.text.trimStart().length;
  return { line: first.line, column: columnAt(first, lead), endLine: last.line, endColumn: columnAt(last, last.text.trimEnd().length) };
}

/** A cell's text as one located line (a cell whose text breaks over lines is placed at its first). */
function cellLine(cell: TableCell): TextLine {
  const [first, ...rest] = cell.lines;
  if (!first) return { text: '', line: cell.range.line, segments: [{ at: 0, column: cell.range.column }], strong: [] };
  if (rest.length) return { text: cellText(cell), line: first.line, segments: [{ at: 0, column: cell.range.column }], strong: [] };
  const lead = first.text.length - first.text.trimStart().length;
  return sliceLine(first, lead, first.text.trimEnd().length);
}

const PERIODS = allPhrases(PER_YEAR);

let dueDate: RegExp | undefined;

/** A date at the end of a column header, perhaps after a word such as "by" or "senest": the header without it, and the date. */
function dueDateIn(header: string): { header: string; date: string } | undefined {
  dueDate ??= new RegExp(
    `^(.*?\\S)\\s+(?:(?:${phraseAlternation(allPhrases(DUE_BY))})\\s+)?((?:\\d{1,2}\\.?\\s+\\p{L}+\\.?\\s+)?(?:19|20)\\d\\d(?:-\\d\\d){0,2})$`,
    'iu',
  );
  const found = dueDate.exec(header.trim());
  return found ? { header: found[1]!, date: found[2]! } : undefined;
}

/** A header without the period it ends with ("Beløp per år" → "Beløp"), if it ends with one. */
function withoutPeriod(header: string): string | undefined {
  const last = phraseMatches(header, PERIODS).find((match) => header.slice(match.index + match.matched.length).trim() === '');
  return last && last.index > 0 ? header.slice(0, last.index).trim() : undefined;
}

interface StatedUnit {
  scale: number;
  currency?: string;
  /** The unit as written, and where. */
  written: string;
  range: Range;
}

const STATED_IN = allPhrases(AMOUNTS_STATED_IN);

/** The first sentence that states the unit of the document's amounts ("Alle beløb i t.kr.", "All amounts in EUR"). */
function statedUnitIn(blocks: readonly Block[]): StatedUnit | undefined {
  for (const paragraph of paragraphsOf(blocks)) {
    for (const line of paragraph.lines) {
      for (const match of phraseMatches(line.text, STATED_IN)) {
        const from = match.index + match.matched.length;
        const stops = [',', ';', ' og ', ' och ', ' and '].map((stop) => line.text.indexOf(stop, from)).filter((at) => at > from);
        const end = Math.min(sentenceEnd(line.text, from), ...stops);
        const raw = line.text.slice(from, end);
        const written = raw.trim().replace(/[.]$/, '');
        if (!written || written.length > 24) continue;
        const scale = unitScale(written);
        const currency = currencyIn(written);
        if (scale === 1 && !currency) continue;
        const at = from + raw.indexOf(written);
        return { scale, ...(currency ? { currency } : {}), written, range: rangeIn(line, at, at + written.length) };
      }
    }
  }
  return undefined;
}

/** The total word a folded row label opens with ("i alt", "total", "summa"), if any: the longest ("summa", not "sum"). */
function totalWordOf(folded: string): string | undefined {
  let found: string | undefined;
  for (const word of TOTAL_WORDS) if (folded.startsWith(word) && word.length > (found?.length ?? 0)) found = word;
  return found;
}

/**
 * A row label that states a total: opening with its total word ("I alt", "Total costs") or
 * closing with it as words of their own ("Omkostninger i alt", "Kostnader totalt"). Returns
 * the folded rest of the label, which says what is totalled.
 */
function totalLabel(label: string): { rest: string } | undefined {
  const folded = norm(label);
  const opening = totalWordOf(folded);
  if (opening) return { rest: folded.slice(opening.length) };
  const words = label.trim().split(/\s+/);
  for (const count of [1, 2]) {
    if (words.length <= count) continue;
    if (TOTAL_WORDS.has(norm(words.slice(-count).join(' ')))) return { rest: norm(words.slice(0, -count).join(' ')) };
  }
  return undefined;
}

/**
 * The totals of a table with year columns ("| Post | 2027 | 2028 | I alt |"): each row's total
 * column against its year cells, and each total row's cells against the rows above it — since
 * the previous total row (a subtotal) or from the top (the grand total).
 */
class YearTotals {
  /** The grand total a total row states in its total column, by side (costs, benefits). */
  readonly grand = new Map<string, { node: ScalarNode }>();
  private readonly totalColumn: number;
  private block = new Map<number, number>();
  private readonly all = new Map<number, number>();
  private blockRows = 0;

  constructor(
    table: TableBlock,
    private readonly years: Map<number, { year: number; range: Range }>,
    private readonly scale: number,
    private readonly found: TableTotal[],
  ) {
    this.totalColumn = table.rows[0]!.cells.findIndex((cell, index) => !years.has(index) && totalWordOf(norm(cellText(cell))) !== undefined);
  }

  private amount(cell: TableCell | undefined): number | undefined | null {
    const text = cell ? cellText(cell) : '';
    if (!text || text === '-' || text === '–') return null;
    const value = coerceScalar('businessCase.costs.amount', { kind: 'scalar', value: text, range: cell!.range }).value;
    return typeof value === 'number' ? Math.round(value * this.scale * 100) / 100 : undefined;
  }

  /** A row of items: its total cell must be the sum of its year cells. */
  dataRow(row: TableRow, label: string): void {
    let sum = 0;
    for (const index of this.years.keys()) {
      const value = this.amount(row.cells[index]);
      if (value === undefined) {
        this.spoil();
        return;
      }
      sum += value ?? 0;
      this.block.set(index, (this.block.get(index) ?? 0) + (value ?? 0));
      this.all.set(index, (this.all.get(index) ?? 0) + (value ?? 0));
    }
    this.blockRows++;
    const stated = this.totalColumn >= 0 ? this.amount(row.cells[this.totalColumn]) : null;
    if (typeof stated === 'number') this.found.push({ kind: 'row', label, stated, computed: round(sum), range: row.cells[this.totalColumn]!.range });
  }

  /** A cell that is no amount: the sums it is part of cannot be checked. */
  private spoil(): void {
    for (const index of this.years.keys()) {
      this.block.set(index, Number.NaN);
      this.all.set(index, Number.NaN);
    }
  }

  /** A total row: each year cell against its column; returns its grand total, if it states one. */
  totalRow(row: TableRow, label: string): ScalarNode | undefined {
    const sums = this.blockRows ? this.block : this.all;
    let grand = 0;
    for (const [index, { year }] of this.years) {
      const stated = this.amount(row.cells[index]);
      const computed = sums.get(index) ?? 0;
      if (typeof stated === 'number' && !Number.isNaN(computed)) {
        // A grand total after subtotals totals the whole table.
        const whole = this.all.get(index) ?? 0;
        const total = Math.abs(stated - whole) < 0.01 ? whole : computed;
        this.found.push({ kind: 'column', label: `${label} ${year}`, stated, computed: round(total), range: row.cells[index]!.range });
      }
      grand += typeof stated === 'number' ? stated : 0;
    }
    this.block = new Map();
    this.blockRows = 0;
    const cell = this.totalColumn >= 0 ? row.cells[this.totalColumn] : undefined;
    const stated = this.amount(cell);
    if (typeof stated !== 'number') return undefined;
    this.found.push({ kind: 'row', label, stated, computed: round(grand), range: cell!.range });
    return { kind: 'scalar', value: stated, range: cell!.range };
  }
}

/** Whether `inner` starts inside `outer`. */
function startsWithin(inner: Range, outer: Range): boolean {
  const after = inner.line > outer.line || (inner.line === outer.line && inner.column >= outer.column);
  const before = inner.line < outer.endLine || (inner.line === outer.endLine && inner.column < outer.endColumn);
  return after && before;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** A short line before a table whose unit applies to it: "Tabel 1: Omkostninger (1.000 kr.)", "Belopp i tkr". */
function captionScale(caption: string): number {
  const text = caption.trim();
  if (text.split(/\s+/).length > 12) return 1;
  const aside = /\(([^()]+)\)\s*:?$/.exec(text)?.[1];
  if (aside) return unitScale(aside);
  const words = text.replace(/[.:]$/, '').split(/\s+/);
  for (const count of [2, 1])
    if (words.length > count) {
      const scale = unitScale(words.slice(-count).join(' '));
      if (scale !== 1) return scale;
    }
  return 1;
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

function extendSection(section: Section, block: Block): void {
  const end = block.range;
  if (end.endLine > section.range.endLine || (end.endLine === section.range.endLine && end.endColumn > section.range.endColumn)) {
    section.range = { ...section.range, endLine: end.endLine, endColumn: end.endColumn };
  }
}

function blocksRange(blocks: readonly Block[]): Range | undefined {
  const first = blocks[0]?.range;
  const last = blocks[blocks.length - 1]?.range;
  if (!first || !last) return undefined;
  return { line: first.line, column: first.column, endLine: last.endLine, endColumn: last.endColumn };
}

function wholeRange(source: string, lines: LineIndex): Range {
  const end = lines.position(source.length);
  return { line: 1, column: 1, endLine: end.line, endColumn: end.column };
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

/** Fields whose sections read their own tables. */
const TABLE_FIELDS = new Set(['businessCase', 'businessCase.costs', 'businessCase.benefits', 'followUp']);

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
function ownerLines(prose: TextLine[]): TextLine[] {
  const labelled = prose.map((line) => {
    const label = labelLine(line.text);
    return label && looksLikeLabel(label.label) ? { label, key: keysAt('')!.byAlias.get(norm(label.label)) } : undefined;
  });
  if (!labelled.some((entry) => entry?.key === 'owner')) return prose.filter((_, index) => !labelled[index]);
  const kept: TextLine[] = [];
  let open = false;
  prose.forEach((line, index) => {
    const entry = labelled[index];
    if (entry) {
      open = entry.key === 'owner' && !!entry.label.value;
      if (open) kept.push(sliceLine(line, entry.label.valueAt, entry.label.valueAt + entry.label.value.length));
      return;
    }
    const previous = kept[kept.length - 1];
    if (open && previous && line.line === previous.line + 1 && line.text.trim()) kept.push(line);
    else open = false;
  });
  return kept;
}
