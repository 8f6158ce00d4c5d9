/**
 * The one way the model counts lines: `\r\n`, a lone `\r` and `\n` each end a line, as
 * CommonMark, YAML 1.2 and every finding's line number do. Built once per text; a position is
 * found by binary search, so locating is linear in the input however many findings there are.
 */
export const LINE_BREAK = /\r\n|\r|\n/;

export class LineIndex {
  /** Offset (UTF-16) where each line starts. */
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (code === 0x0a || (code === 0x0d && text.charCodeAt(index + 1) !== 0x0a)) this.starts.push(index + 1);
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /**
   * The 1-based line and column of an offset, clamped to the text. An offset between the CR and
   * the LF of a CRLF is the end of its line: the pair is one line break.
   */
  position(offset: number): { line: number; column: number } {
    let at = Math.max(0, Math.min(offset, this.text.length));
    if (at > 0 && this.text.charCodeAt(at) === 0x0a && this.text.charCodeAt(at - 1) === 0x0d) at--;
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= at) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: at - this.starts[low]! + 1 };
  }

  /** The offset of a 1-based line and column. */
  offset(line: number, column: number): number {
    return (this.starts[line - 1] ?? this.starts[this.starts.length - 1]!) + column - 1;
  }
}
