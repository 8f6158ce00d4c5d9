/**
 * Bytes → proposal: the file's parser (src/model/loaders/) gives structure and positions; the
 * reading here gives the fields (a prose document's headings, labels and tables, through the
 * lexicon) and the language. Every rule, figure and output reads the proposal this returns.
 */
import { DEFAULT_MAX_BYTES, formatOf, loadFile, type LoadedFile, type LoadProblem } from '../model/loaders/index.js';
import type { Proposal } from '../model/model.js';
import { guessLanguage } from './language.js';
import { normaliseMapping } from './normalise.js';
import { readDocument } from './read-document.js';

export interface LoadResult {
  /** Absent when the file could not be read as a proposal at all. */
  proposal?: Proposal;
  problems: LoadProblem[];
}

export async function loadProposal(filePath: string, bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): Promise<LoadResult> {
  return loadProposalSync(filePath, bytes, maxBytes, formatOf(filePath) === 'markdown' ? await import('../model/loaders/markdown.js') : undefined);
}

/**
 * `loadProposal` without its one await: the Markdown loader is imported by the caller
 * beforehand, so a file's whole work can run inside one synchronous time-boxed call.
 */
export function loadProposalSync(
  filePath: string,
  bytes: Uint8Array,
  maxBytes = DEFAULT_MAX_BYTES,
  markdown?: typeof import('../model/loaders/markdown.js'),
): LoadResult {
  const { file, problems } = loadFile(filePath, bytes, maxBytes, markdown);
  return { ...(file ? { proposal: interpret(filePath, file, problems) } : {}), problems };
}

/** A loaded file → the proposal it states; what cannot be read as a field is added to `problems`. */
export function interpret(filePath: string, file: LoadedFile, problems: LoadProblem[]): Proposal {
  const front = file.document?.front?.root ?? file.mapping;
  const fields = front ? normaliseMapping(front, problems) : undefined;
  const { root, sections, conflicts, tableTotals } = file.document
    ? readDocument(file.document, fields)
    : { root: fields!, sections: [], conflicts: [], tableTotals: [] };
  return {
    filePath,
    format: file.format,
    language: guessLanguage(root, file.source, sections),
    root,
    sections,
    directives: file.directives,
    anchor: file.anchor,
    lineCount: file.lineCount,
    source: file.source,
    conflicts,
    tableTotals,
  };
}
