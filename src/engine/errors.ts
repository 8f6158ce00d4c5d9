/** A failure of the run itself (SPEC §5, exit code 2): one line, no stack trace. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
