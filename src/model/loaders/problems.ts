import type { Range } from '../model.js';

/** A problem found while reading or parsing a file, before any rule runs. */
export interface LoadProblem {
  ruleId: 'parse' | 'schema';
  messageId: string;
  data?: Record<string, string | number>;
  range: Range;
}

/** Thrown inside a loader to stop at the first fatal fault with its location. */
export class FatalLoadError extends Error {
  constructor(readonly problem: LoadProblem) {
    super(problem.messageId);
  }
}
