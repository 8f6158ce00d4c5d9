/**
 * A unified diff of two texts (as `diff -u` and `git diff` print it), for `--fix-dry-run`.
 * Fixes change a few lines of a file: the common head and tail are cut off first, and only
 * what lies between is compared line by line (longest common subsequence).
 */

const CONTEXT = 3;

type Op = { kind: ' ' | '-' | '+'; line: string };

/** Lines with their line breaks, so a missing final newline is seen. */
function linesOf(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

function operations(a: string[], b: string[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  // lengths[i][j]: the longest common subsequence of midA[i..] and midB[j..].
  const lengths = Array.from({ length: midA.length + 1 }, () => new Array<number>(midB.length + 1).fill(0));
  for (let i = midA.length - 1; i >= 0; i--) {
    for (let j = midB.length - 1; j >= 0; j--) {
      lengths[i]![j] = midA[i] === midB[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const ops: Op[] = a.slice(0, head).map((line) => ({ kind: ' ', line }));
  let i = 0;
  let j = 0;
  while (i < midA.length || j < midB.length) {
    if (i < midA.length && j < midB.length && midA[i] === midB[j]) {
      ops.push({ kind: ' ', line: midA[i++]! });
      j++;
    } else if (i < midA.length && (j === midB.length || lengths[i + 1]![j]! >= lengths[i]![j + 1]!)) {
      ops.push({ kind: '-', line: midA[i++]! });
    } else {
      ops.push({ kind: '+', line: midB[j++]! });
    }
  }
  for (const line of a.slice(a.length - tail)) ops.push({ kind: ' ', line });
  return ops;
}

/** The unified diff of `before` → `after` for the file at `path`; empty when they are equal. */
export function unifiedDiff(path: string, before: string, after: string): string {
  if (before === after) return '';
  const ops = operations(linesOf(before), linesOf(after));
  const out = [`--- a/${path}\n`, `+++ b/${path}\n`];
  let index = 0;
  while (index < ops.length) {
    while (index < ops.length && ops[index]!.kind === ' ') index++;
    if (index >= ops.length) break;
    // A hunk: context before, the changes (joined while fewer than 2 × CONTEXT unchanged lines part them), context after.
    const start = Math.max(0, index - CONTEXT);
    let end = index;
    let unchanged = 0;
    while (end < ops.length && unchanged <= 2 * CONTEXT) {
      unchanged = ops[end]!.kind === ' ' ? unchanged + 1 : 0;
      end++;
    }
    end = Math.min(ops.length, end - Math.max(0, unchanged - CONTEXT));
    const hunk = ops.slice(start, end);
    const oldStart = ops.slice(0, start).filter((op) => op.kind !== '+').length;
    const newStart = ops.slice(0, start).filter((op) => op.kind !== '-').length;
    const oldCount = hunk.filter((op) => op.kind !== '+').length;
    const newCount = hunk.filter((op) => op.kind !== '-').length;
    out.push(`@@ -${oldStart + (oldCount ? 1 : 0)},${oldCount} +${newStart + (newCount ? 1 : 0)},${newCount} @@\n`);
    for (const op of hunk) {
      out.push(`${op.kind}${op.line}`);
      if (!/[\r\n]$/.test(op.line)) out.push('\n\\ No newline at end of file\n');
    }
    index = end;
  }
  return out.join('');
}
