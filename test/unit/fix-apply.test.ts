import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/engine/fixes.js';
import { unifiedDiff } from '../../src/cli/diff.js';

describe('applyFixes (ESLint semantics)', () => {
  it('applies fixes in order of their start, whatever order they come in', () => {
    expect(
      applyFixes('abcdef', [
        { range: [4, 5], text: 'E' },
        { range: [0, 1], text: 'A' },
      ]),
    ).toEqual({ output: 'AbcdEf', applied: 2 });
  });

  it('skips a fix that overlaps or touches one applied before it; it waits for the next pass', () => {
    expect(
      applyFixes('abcdef', [
        { range: [1, 3], text: 'X' },
        { range: [2, 4], text: 'Y' },
        { range: [3, 3], text: 'Z' },
      ]),
    ).toEqual({ output: 'aXdef', applied: 1 });
    expect(
      applyFixes('ab', [
        { range: [2, 2], text: '!' },
        { range: [2, 2], text: '!' },
      ]).output,
    ).toBe('ab!');
  });

  it('leaves out a fix whose range is reversed or outside the text', () => {
    expect(
      applyFixes('abc', [
        { range: [2, 1], text: 'X' },
        { range: [1, 9], text: 'Y' },
      ]),
    ).toEqual({ output: 'abc', applied: 0 });
  });
});

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('p.yaml', 'a\n', 'a\n')).toBe('');
  });

  it('prints each change with three lines of context, and far-apart changes as separate hunks', () => {
    const before = `${Array.from({ length: 20 }, (_, index) => `line ${index + 1}`).join('\n')}\n`;
    const after = before.replace('line 2\n', 'line two\n').replace('line 18\n', 'line eighteen\n');
    expect(unifiedDiff('p.yaml', before, after)).toBe(
      [
        '--- a/p.yaml',
        '+++ b/p.yaml',
        '@@ -1,5 +1,5 @@',
        ' line 1',
        '-line 2',
        '+line two',
        ' line 3',
        ' line 4',
        ' line 5',
        '@@ -15,6 +15,6 @@',
        ' line 15',
        ' line 16',
        ' line 17',
        '-line 18',
        '+line eighteen',
        ' line 19',
        ' line 20',
        '',
      ].join('\n'),
    );
  });

  it('marks a last line without a line break, and an insertion at the end', () => {
    expect(unifiedDiff('p.md', 'a\nb', 'a\nb\n\n## C\n')).toBe(
      ['--- a/p.md', '+++ b/p.md', '@@ -1,2 +1,4 @@', ' a', '-b', '\\ No newline at end of file', '+b', '+', '+## C', ''].join('\n'),
    );
  });
});
