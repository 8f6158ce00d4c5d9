/**
 * Reading the located model: the node at a canonical path, the text of a value, every piece
 * of prose with its location. Pure structure: what a word means is the lexicon's business.
 */
import type { MapNode, ModelNode, Proposal, Range, ScalarNode } from './model.js';

/** Each path asked for, split into its keys once: rules ask for the same few paths file after file. */
const pathParts = new Map<string, readonly string[]>();

function partsOf(path: string): readonly string[] {
  let parts = pathParts.get(path);
  if (!parts) {
    parts = path.split('.');
    // Paths come from rules and the lexicon, a bounded set; a caller building them from input cannot grow this without end.
    if (pathParts.size >= 4096) pathParts.clear();
    pathParts.set(path, parts);
  }
  return parts;
}

/** The node at a canonical path ("owner.name", "followUp.metrics"), if present. */
export function get(proposal: Proposal | MapNode, path: string): ModelNode | undefined {
  let node: ModelNode | undefined = 'root' in proposal ? proposal.root : proposal;
  for (const part of partsOf(path)) {
    if (node?.kind !== 'map') return undefined;
    node = node.entries.get(part);
  }
  return node;
}

export function isScalar(node: ModelNode | undefined): node is ScalarNode {
  return node?.kind === 'scalar';
}

export function asList(node: ModelNode | undefined): ModelNode[] {
  return node?.kind === 'list' ? node.items : [];
}

/** Text of a scalar (numbers and booleans as written), trimmed; '' when absent or not a scalar. */
export function textOf(node: ModelNode | undefined): string {
  if (node?.kind !== 'scalar' || node.value === null) return '';
  return String(node.value).trim();
}

/** All the text under a node, joined: for rules that look for words anywhere in a field. */
export function deepText(node: ModelNode | undefined): string {
  if (!node) return '';
  if (node.kind === 'scalar') return node.value === null ? '' : String(node.value);
  if (node.kind === 'list') return node.items.map(deepText).join('\n');
  return [...node.entries.values()].map(deepText).join('\n');
}

/**
 * Where a missing field belongs: the key of its nearest present ancestor, else the front
 * matter, else line 1.
 */
export function anchorFor(proposal: Proposal, path: string): Range {
  const parts = path.split('.');
  for (let length = parts.length - 1; length > 0; length--) {
    const parent = get(proposal, parts.slice(0, length).join('.'));
    if (parent) return parent.keyRange ?? parent.range;
  }
  return proposal.anchor;
}

export interface TextHit {
  text: string;
  range: Range;
  /** Canonical field path or section heading the text is in. */
  where: string;
  /** Where the value's key is written (YAML and label lines), when it has one. */
  keyRange?: Range;
}

function stringHits(node: ModelNode, where: string, hits: TextHit[]): TextHit[] {
  if (node.kind === 'scalar') {
    if (typeof node.value === 'string' && node.value.trim())
      hits.push({ text: node.value, range: node.range, where, ...(node.keyRange ? { keyRange: node.keyRange } : {}) });
  } else if (node.kind === 'list') {
    for (const item of node.items) stringHits(item, where, hits);
  } else {
    for (const [key, child] of node.entries) stringHits(child, where ? `${where}.${key}` : key, hits);
  }
  return hits;
}

/**
 * Proposals whose model is complete (the rules are running): their `texts` and `allTexts` are
 * gathered once and handed out as copies, since a dozen rules ask for them in turn. A model
 * still being read (the interpretation adds fields) is walked afresh each time.
 */
const settled = new WeakMap<Proposal, { texts?: TextHit[]; all?: TextHit[] }>();

/** Marks the proposal's model as complete: nothing changes it from here on. */
export function settle(proposal: Proposal): void {
  if (!settled.has(proposal)) settled.set(proposal, {});
}

/** Every piece of prose in the proposal with its location: string values and section texts. */
export function texts(proposal: Proposal): TextHit[] {
  const kept = settled.get(proposal);
  if (!kept) return gatherTexts(proposal);
  kept.texts ??= gatherTexts(proposal);
  return kept.texts.slice();
}

function gatherTexts(proposal: Proposal): TextHit[] {
  const hits = stringHits(proposal.root, '', []);
  for (const section of proposal.sections) {
    if (!section.field && section.text) hits.push({ text: section.text, range: section.range, where: section.heading });
  }
  return hits;
}

/**
 * The prose of one field and everything under it: its string values, plus the text of the
 * Markdown sections that fill it (prose in an object field's section that no key holds, e.g.
 * paragraphs under "## Økonomi").
 */
export function textsOf(proposal: Proposal, path: string): TextHit[] {
  const node = get(proposal, path);
  const hits = node ? stringHits(node, path, []) : [];
  for (const section of proposal.sections) {
    if (section.text && (section.field === path || section.field?.startsWith(`${path}.`))) {
      hits.push({ text: section.text, range: section.range, where: section.heading });
    }
  }
  return hits;
}

/**
 * Every piece of prose, including the text of sections that fill a field (`texts` leaves
 * those out) and the headings themselves: for rules that look anywhere for something the
 * clause demands without a field, e.g. "säkerhetsprogram" written under
 * "## Informationssäkerhet", or a "## Risker" section. A section's text can repeat a field
 * value, so use it to find, not to count.
 */
export function allTexts(proposal: Proposal): TextHit[] {
  const kept = settled.get(proposal);
  if (!kept) return gatherAllTexts(proposal);
  kept.all ??= gatherAllTexts(proposal);
  return kept.all.slice();
}

function gatherAllTexts(proposal: Proposal): TextHit[] {
  const hits = texts(proposal);
  for (const section of proposal.sections) {
    if (section.field && section.text) hits.push({ text: section.text, range: section.range, where: section.heading });
    hits.push({ text: section.heading, range: section.headingRange, where: section.heading });
  }
  return hits;
}
