/**
 * `--max-bytes` (issue 9): a file over the limit is not read but reported — one `parse` finding
 * (`tooLarge`) at 1:1 naming its size and the limit — and the run goes on; on one thread and on
 * workers alike. A value that is not a size fails the run (exit 2, one line).
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDir, runCli, tempDir, writeTree, proposalYaml } from '../helpers/ci-run.js';
import { expectRunFailure } from '../helpers/cli-assert.js';

let dir: string;
beforeAll(() => {
  dir = tempDir('max-bytes');
  writeTree(dir, { 'small.yaml': 'title: S\n', 'big.yaml': proposalYaml('Stort forslag') });
});
afterAll(() => removeDir(dir));

interface Message {
  ruleId: string;
  messageId: string;
  line: number;
  column: number;
  message: string;
}

function messagesOf(stdout: string, file: string): Message[] {
  const results = JSON.parse(stdout) as { filePath: string; messages: Message[] }[];
  return results.find((result) => result.filePath === join(dir, file))!.messages;
}

describe('--max-bytes', () => {
  it('reports a file over the limit as one parse finding at 1:1 and lints the others', () => {
    for (const threads of ['1', '2']) {
      const run = runCli(['lint', '.', '--no-ignore', '--format', 'json', '--lang', 'en', '--max-bytes', '100', '--concurrency', threads], { cwd: dir });
      expect(run.code).toBe(1);
      const big = messagesOf(run.stdout, 'big.yaml');
      expect(big).toHaveLength(1);
      expect(big[0]).toMatchObject({ ruleId: 'parse', messageId: 'tooLarge', line: 1, column: 1 });
      expect(big[0]!.message).toMatch(/over the limit of 100/);
      expect(messagesOf(run.stdout, 'small.yaml').some((message) => message.messageId === 'tooLarge')).toBe(false);
    }
  });

  it('reads KiB and MiB, and the default limit lets an ordinary proposal through', () => {
    for (const limit of [['--max-bytes', '1MiB'], ['--max-bytes', '64KiB'], []]) {
      const run = runCli(['lint', 'big.yaml', '--no-ignore', '--format', 'json', ...limit], { cwd: dir });
      expect(messagesOf(run.stdout, 'big.yaml').some((message) => message.messageId === 'tooLarge')).toBe(false);
    }
  });

  it('rejects a value that is not a size', () => {
    for (const value of ['0', '5x', '1.5MiB', 'many']) expectRunFailure(runCli(['lint', 'big.yaml', '--max-bytes', value], { cwd: dir }), /--max-bytes/);
  });
});
