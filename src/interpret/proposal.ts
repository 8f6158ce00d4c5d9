/**
 * Bytes → proposal: the file's parser (src/model/loaders/) gives structure and positions; the
 * reading here gives the fields (a prose document's headings, labels and tables, through the
 * lexicon) and the language. Every rule, figure and output reads the proposal this returns.
 */
import { DEFAULT_MAX_BYTES, formatOf, loadFile, type LoadedFile, type LoadProblem, type WordLoader } from '../model/loaders/index.js';
import { headingLevelOfStyleName } from '../lexicon/word-styles.js';
import type { Proposal } from '../model/model.js';
import { guessLanguage } from './language.js';
import { normaliseMapping, shapeFields } from './normalise.js';
import { readDocument } from './read-document.js';

export interface LoadResult {
  /** Absent when the file could not be read as a proposal at all. */
  proposal?: Proposal;
  problems: LoadProblem[];
}

export async function loadProposal(filePath: string, bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): Promise<LoadResult> {
  const format = formatOf(filePath);
  const markdown = format === 'markdown' ? await import('../model/loaders/markdown.js') : undefined;
  const word = format === 'docx' ? wordLoader(await import('../model/loaders/docx.js')) : undefined;
  return loadProposalSync(filePath, bytes, maxBytes, markdown, word);
}

/** The Word loader with the heading style names of the templates, from the lexicon. */
export function wordLoader(module: typeof import('../model/loaders/docx.js')): WordLoader {
  return { module, options: { headingLevelOfName: headingLevelOfStyleName } };
}

/**
 * `loadProposal` without its one await: the Markdown or Word loader is imported by the caller
 * beforehand, so a file's whole work can run inside one synchronous time-boxed call.
 */
export function loadProposalSync(
  filePath: string,
  bytes: Uint8Array,
  maxBytes = DEFAULT_MAX_BYTES,
  markdown?: typeof import('../model/loaders/markdown.js'),
  word?: WordLoader,
): LoadResult {
  const { file, problems } = loadFile(filePath, bytes, maxBytes, markdown, word);
  return { ...(file ? { proposal: interpret(filePath, file, problems) } : {}), problems };
}

/** A loaded file → the proposal it states; what cannot be read as a field is added to `problems`. */
export function interpret(filePath: string, file: LoadedFile, problems: LoadProblem[]): Proposal {
  const front = file.document?.front?.root ?? file.mapping;
  const fields = front ? normaliseMapping(front, problems) : undefined;
  const read = file.document ? readDocument(file.document, fields) : { root: fields!, sections: [], conflicts: [], tableTotals: [] };
  const { conflicts, tableTotals } = read;
  const { root, prose } = shapeFields(read.root);
  const sections = [...read.sections, ...prose];
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
    ...(file.outline ? { outline: file.outline } : {}),
  };
}
