/**
 * Follow-up metrics written as lines instead of a table, as reviewers read them: a bullet or a
 * paragraph line per metric, led by its perspective ("Extern nytta: andel beställningar som
 * bekräftas inom 2 timmar (objektiv), från 40 % till 90 %.", "- Intern nytte – antall telefoner
 * per uke, fra 300 til 100"), or a bullet naming a metric with a figure. Each line gives a metric
 * with its perspective, name, method, baseline and target, each where it is written; a wrapped
 * line continues the metric above it.
 */
import { type Block, rangeIn, type TextLine } from '../../model/document.js';
import type { MapNode, ModelNode, Range } from '../../model/model.js';
import { BOUNDS, FROM_WORDS, TO_WORDS } from '../../lexicon/ranges.js';
import { allPhrases, phraseAlternation, phraseMatches } from '../../lexicon/phrases.js';
import { canonicalValue, fieldVocab, norm } from '../../lexicon/vocabulary.js';
import { deadlineIn } from '../metric-quality.js';
import { labelLine } from './labels.js';

const METRIC = 'followUp.metrics';
const NUMBER = '\\d+(?:[\\s.,]\\d+)*(?:\\s*%)?';
let fromTo: RegExp | undefined;
const phraseLists = new Map<string, { phrases: string[]; valueOfAlias: Map<string, string> }>();

/**
 * The metrics a section's paragraphs and bullets state, in reading order. `labelledOnly`: only
 * lines labelled as a metric ("- Nyckeltal 1: …", "KPI 2: …"), for text outside a follow-up
 * section, where a perspective or a figure alone says no metric.
 */
export function metricLines(blocks: readonly Block[], { labelledOnly = false }: { labelledOnly?: boolean } = {}): MapNode[] {
  const metrics: MapNode[] = [];
  const visit = (block: Block, listed: boolean): void => {
    if (block.type === 'list') for (const item of block.items) for (const child of item.blocks) visit(child, true);
    else if (block.type === 'quote') for (const child of block.blocks) visit(child, listed);
    else if (block.type === 'paragraph') {
      let open: MapNode | undefined;
      for (const line of block.lines) {
        const started = labelledOnly ? labelledMetric(line) : (labelledMetric(line) ?? metricStart(line, listed && line === block.lines[0]));
        if (started) {
          open = started.metric;
          metrics.push(open);
        }
        if (open) figuresIn(open, line, started?.from ?? 0);
      }
    }
  };
  for (const block of blocks) visit(block, false);
  // "- Vid utgången av 2028 skall antalet låsbyten vara högst 2 per år.": a metric written as its
  // goal, with its date, is its own target.
  for (const metric of metrics) {
    const name = metric.entries.get('name');
    if (!metric.entries.has('target') && name?.kind === 'scalar' && deadlineIn(String(name.value))) set(metric, 'target', String(name.value), name.range);
  }
  return metrics;
}

/**
 * "Nyckeltal 2: vid utgången av 2027 skall 90 % av platserna bokas digitalt": a line labelled as
 * a metric (a metric name's alias, perhaps numbered). Its text is the metric; stated with a
 * figure it is also its target, which may say by when.
 */
function labelledMetric(line: TextLine): { metric: MapNode; from: number } | undefined {
  const label = labelLine(line.text);
  if (!label?.value) return undefined;
  const bare = label.label.replace(/\s*\d+[.)]?$/, '');
  if (!metricNames().has(norm(bare))) return undefined;
  const metric = newMetric(line);
  const range = rangeIn(line, label.valueAt, label.valueAt + label.value.length);
  set(metric, 'name', label.value.replace(/[.]$/, ''), range);
  if (/\d/.test(label.value)) set(metric, 'target', label.value.replace(/[.]$/, ''), range);
  return { metric, from: label.valueAt };
}

let metricNameSet: Set<string> | undefined;
function metricNames(): Set<string> {
  // "Navn: Siri Haugen" names a person: a metric is labelled by a metric's own word ("Nyckeltal", "KPI").
  const aliases = (path: string): string[] => Object.values(fieldVocab(path)?.aliases ?? {}).flatMap((list) => (list ?? []).map(norm));
  const generic = new Set(aliases('owner.name'));
  metricNameSet ??= new Set(aliases(`${METRIC}.name`).filter((alias) => !generic.has(alias)));
  return metricNameSet;
}

/** A line that opens a metric: led by a perspective, or a bullet with a figure in it. */
function metricStart(line: TextLine, bullet: boolean): { metric: MapNode; from: number } | undefined {
  const text = line.text;
  const head = leadingHead(text);
  const perspective = head ? canonicalValue(`${METRIC}.perspective`, head.text) : undefined;
  if (head && perspective) {
    const metric = newMetric(line);
    set(metric, 'perspective', perspective, rangeIn(line, head.at, head.at + head.text.length));
    const name = nameIn(text, head.valueAt);
    if (name) set(metric, 'name', name.text, rangeIn(line, name.at, name.at + name.text.length));
    return { metric, from: head.valueAt };
  }
  if (!bullet || !/\d/.test(text)) return undefined;
  const metric = newMetric(line);
  const named = namedValue(`${METRIC}.perspective`, text, 0);
  if (named) set(metric, 'perspective', named.value, rangeIn(line, named.at, named.at + named.length));
  const name = nameIn(text, 0);
  if (name) set(metric, 'name', name.text, rangeIn(line, name.at, name.at + name.text.length));
  // "- Sökning i överförd akt: högst 5 minuter vid utgången av 2028.": the metric's name as a
  // label, and what the label introduces, with its figure, is the target.
  const label = labelLine(text);
  if (label?.value && /\d/.test(label.value) && name && label.labelAt === name.at) {
    const target = label.value.replace(/[.]$/, '');
    set(metric, 'target', target, rangeIn(line, label.valueAt, label.valueAt + target.length));
  }
  return { metric, from: 0 };
}

/** "Extern nytta: …" or "Extern nytta – …": the words before the colon or dash, and where the rest starts. */
function leadingHead(text: string): { text: string; at: number; valueAt: number } | undefined {
  const label = labelLine(text);
  if (label?.value) return { text: label.label, at: label.labelAt, valueAt: label.valueAt };
  const dash = /^(\s*)([^–—:]{2,40}?)\s+[–—-]\s+/u.exec(text);
  return dash ? { text: dash[2]!, at: dash[1]!.length, valueAt: dash[0].length } : undefined;
}

/** The metric's name: its words up to the first bracket, comma or colon. */
function nameIn(text: string, from: number): { text: string; at: number } | undefined {
  const rest = text.slice(from);
  const end = rest.search(/\s*[(,;:]/);
  const name = (end < 0 ? rest : rest.slice(0, end)).trim().replace(/[.]$/, '');
  return name ? { text: name, at: from + rest.indexOf(name) } : undefined;
}

/** The method, baseline and target a line states after `from`. */
function figuresIn(metric: MapNode, line: TextLine, from: number): void {
  const text = line.text;
  const method = namedValue(`${METRIC}.method`, text, from);
  if (method && !metric.entries.has('method')) set(metric, 'method', method.value, rangeIn(line, method.at, method.at + method.length));
  fromTo ??= new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${phraseAlternation(allPhrases(FROM_WORDS))})\\s+(${NUMBER})\\s+(?:${phraseAlternation(allPhrases(TO_WORDS))})\\s+(?:(?:${phraseAlternation(allPhrases(BOUNDS))})\\s+)?(${NUMBER})`,
    'giu',
  );
  fromTo.lastIndex = from;
  const range = fromTo.exec(text);
  if (range) {
    const baselineAt = range.index + range[0].indexOf(range[1]!);
    const targetAt = range.index + range[0].lastIndexOf(range[2]!);
    if (!metric.entries.has('baseline')) set(metric, 'baseline', range[1]!, rangeIn(line, baselineAt, baselineAt + range[1]!.length));
    if (!metric.entries.has('target')) set(metric, 'target', range[2]!, rangeIn(line, targetAt, targetAt + range[2]!.length));
    return;
  }
  const target = namedTarget(text, from) ?? lastFigure(text, from);
  if (target && !metric.entries.has('target')) set(metric, 'target', target.text, rangeIn(line, target.at, target.at + target.text.length));
}

/**
 * "It-kostnad – kostnad per boende och månad; objektiv; högst 100 kr.", "It-kvalitet:
 * tillgänglighet i e-tjänsten, objektiv mätning, 99,5 %.": in a line whose parts are set apart
 * by semicolons or commas (not a decimal comma), the last part after the name that states a
 * figure is the target.
 */
function lastFigure(text: string, from: number): { text: string; at: number } | undefined {
  const parts = [...text.slice(from).matchAll(/(?:[^;,]|(?<=\d),(?=\d))+/g)];
  for (const part of parts.slice(1).reverse()) {
    const value = part[0].trim().replace(/[.]$/, '');
    if (/\d/.test(value)) return { text: value, at: from + part.index! + part[0].indexOf(value) };
  }
  return undefined;
}

/** "mål 95 %", "target under 12 kr": a target alias, then words up to the next comma with a figure in them. */
function namedTarget(text: string, from: number): { text: string; at: number } | undefined {
  const aliases = fieldVocab(`${METRIC}.target`)?.aliases;
  if (!aliases) return undefined;
  const phrases = cachedPhrases('target', () => Object.values(aliases).flatMap((list) => list ?? []));
  for (const match of phraseMatches(text.slice(from), phrases.phrases)) {
    const after = from + match.index + match.matched.length;
    const rest = text.slice(after);
    const end = rest.search(/[,;(]|\.(\s|$)/);
    const value = (end < 0 ? rest : rest.slice(0, end)).replace(/^\s*:?\s*/, '').trim();
    if (/\d/.test(value)) return { text: value, at: after + rest.indexOf(value) };
  }
  return undefined;
}

/** A value of a field with a set of values named in the text after `from` ("(objektiv, stickprov)"), and where. */
function namedValue(path: string, text: string, from: number): { value: string; at: number; length: number } | undefined {
  const values = fieldVocab(path)?.values;
  if (!values) return undefined;
  const { phrases, valueOfAlias } = cachedPhrases(path, () => Object.entries(values).flatMap(([value, aliases]) => [value, ...aliases]), values);
  const match = phraseMatches(text.slice(from), phrases)[0];
  return match ? { value: valueOfAlias.get(match.phrase)!, at: from + match.index, length: match.matched.length } : undefined;
}

function cachedPhrases(key: string, phrases: () => string[], values?: Record<string, string[]>): { phrases: string[]; valueOfAlias: Map<string, string> } {
  let cached = phraseLists.get(key);
  if (!cached) {
    const valueOfAlias = new Map<string, string>();
    for (const [value, aliases] of Object.entries(values ?? {}))
      for (const alias of [value, ...aliases]) if (!valueOfAlias.has(alias)) valueOfAlias.set(alias, value);
    cached = { phrases: [...new Set(phrases())], valueOfAlias };
    phraseLists.set(key, cached);
  }
  return cached;
}

function newMetric(line: TextLine): MapNode {
  return { kind: 'map', entries: new Map(), range: rangeIn(line, 0, line.text.trimEnd().length) };
}

function set(metric: MapNode, key: string, value: string, range: Range): void {
  const node: ModelNode = { kind: 'scalar', value, range, keyRange: range, key };
  metric.entries.set(key, node);
  if (range.endLine > metric.range.endLine || (range.endLine === metric.range.endLine && range.endColumn > metric.range.endColumn))
    metric.range = { ...metric.range, endLine: range.endLine, endColumn: range.endColumn };
}
