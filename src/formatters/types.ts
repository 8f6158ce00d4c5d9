import type { FileResult } from '../engine/file-result.js';
import type { RuleMeta } from '../engine/rule-api.js';

export interface FormatContext {
  cwd: string;
  color: boolean;
  /** Metadata of every rule that can appear, built-in and plugin. */
  rules: ReadonlyMap<string, RuleMeta>;
  /** Whether the terminal shows OSC 8 hyperlinks. */
  hyperlinks: boolean;
  /** The text a file was linted as (ESLint's `source`), when it can still be had. */
  source?: (filePath: string) => string | undefined;
}

export type Formatter = (results: readonly FileResult[], context: FormatContext) => string;
