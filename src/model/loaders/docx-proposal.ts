/**
 * A Word file → the parts of a proposal: the located document (docx.ts) read for fields by the
 * Markdown loader's reading through its Markdown twin (docx-markdown.ts), every range mapped
 * back to paragraph and column. When the reading works on the located document itself
 * (src/interpret/), the twin goes and the document is read directly.
 */
import type { Conflict, MapNode, OutlineHeading, Range, Section } from '../model.js';
import { type DocxReadOptions, loadDocx } from './docx.js';
import { markdownTwin, RangeMapper } from './docx-markdown.js';
import { LIMIT_MESSAGES, MARKDOWN_LIMITS, markdownLimitExceeded } from './markdown-limits.js';
import type { LoadProblem } from './problems.js';

export interface WordProposal {
  root?: MapNode;
  sections: Section[];
  conflicts: Conflict[];
  problems: LoadProblem[];
  /** The synthesized text, one line per paragraph. */
  source: string;
  lineCount: number;
  outline: OutlineHeading[];
}

const START: Range = { line: 1, column: 1, endLine: 1, endColumn: 1 };

export function loadWordProposal(bytes: Uint8Array, markdown: typeof import('./markdown.js'), options: DocxReadOptions = {}): WordProposal {
  const { document, outline = [], problems } = loadDocx(bytes, options);
  const empty: WordProposal = { sections: [], conflicts: [], problems, source: '', lineCount: 0, outline };
  if (!document) return empty;
  // No text at all: one finding, as for an empty text file, not one per missing field.
  if (!/\S/.test(document.source)) return { ...empty, problems: [...problems, { ruleId: 'parse', messageId: 'empty', range: START }] };
  const twin = markdownTwin(document);
  const mapper = new RangeMapper(twin.places);
  // The twin is parsed as Markdown is, so it is held to the same limits (a Word file of 30,000 headings or cells).
  const exceeded = markdownLimitExceeded(twin.text.split('\n'));
  if (exceeded) {
    const problem: LoadProblem = {
      ruleId: 'parse',
      messageId: LIMIT_MESSAGES[exceeded.limit],
      range: mapper.range(exceeded.range),
      data: { limit: MARKDOWN_LIMITS[exceeded.limit] },
    };
    return { ...empty, problems: [...problems, problem] };
  }
  const result = markdown.loadMarkdown(twin.text);
  const root = result.root ? mapper.node(result.root) : undefined;
  if (root && !root.entries.has('title') && document.title) {
    // The document properties' title, when the body has no title heading.
    root.entries.set('title', { kind: 'scalar', value: document.title.text, range: document.title.range, keyRange: document.title.range, key: 'title' });
  }
  return {
    root,
    sections: result.sections.map((section) => mapper.section(section)),
    conflicts: result.conflicts.map((conflict) => mapper.conflict(conflict)),
    problems: [...problems, ...result.problems.map((problem) => mapper.problem(problem))],
    source: document.source,
    lineCount: document.source.split('\n').length,
    outline,
  };
}
