/**
 * Robustness on hostile corpora (../shared/testdata, see its README): the 402 inputs of the
 * YAML test suite linted as proposals (.yaml) and the 655 examples of the CommonMark spec (.md).
 * One CLI run per corpus, every rule on: exit 0 or 1 (never 2), nothing on stderr, one result
 * per file, no internal error or stack trace in any message, a `parse` finding for every input
 * a YAML parser must reject. And the loader itself never throws on any of them, and every
 * position it gives is inside the file.
 */
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProposal } from '../../src/interpret/proposal.js';
import type { ModelNode, Range } from '../../src/model/model.js';
import { ROOT, removeDir, runCli, tempDir } from '../helpers/ci-run.js';
import type { JsonResult } from '../helpers/cli-assert.js';

const TESTDATA = resolve(ROOT, '../shared/testdata');
const CORPORA = [
  { name: 'yaml-test-suite', extension: '.yaml' },
  { name: 'commonmark-spec', extension: '.md' },
] as const;
const present = CORPORA.every((corpus) => existsSync(join(TESTDATA, corpus.name)));
if (!present) console.warn(`corpus tests skipped: no ${TESTDATA}/{yaml-test-suite,commonmark-spec} (the shared test data beside the repository)`);

function rangesOf(node: ModelNode, into: Range[] = []): Range[] {
  into.push(node.range);
  if (node.keyRange) into.push(node.keyRange);
  if (node.kind === 'map') for (const child of node.entries.values()) rangesOf(child, into);
  if (node.kind === 'list') for (const child of node.items) rangesOf(child, into);
  return into;
}

describe.skipIf(!present)(`corpora in ${TESTDATA} (skipped when that folder is absent)`, () => {
  let dir: string;

  beforeAll(() => {
    dir = tempDir('corpus');
    // Every rule, so a rule that trips over a strange model shows here as exit 2.
    writeFileSync(join(dir, '.itstratrc.yaml'), 'extends: [itstrat:all]\n');
  });

  afterAll(() => removeDir(dir));

  describe.each(CORPORA)('$name', ({ name, extension }) => {
    const files = present
      ? readdirSync(join(TESTDATA, name))
          .filter((file) => file.endsWith(extension))
          .sort()
      : [];

    it(`lints every file in one CLI run: exit 0 or 1, no stderr, one result per file, no internal errors`, () => {
      expect(files.length).toBeGreaterThan(400);
      cpSync(join(TESTDATA, name), join(dir, name), { recursive: true });
      const run = runCli(['lint', name, '--format', 'json'], { cwd: dir });
      expect(run.stderr).toBe('');
      expect([0, 1]).toContain(run.code);
      const results = JSON.parse(run.stdout) as JsonResult[];
      expect(results.map((result) => result.filePath.slice(join(dir, name).length + 1)).sort()).toEqual(files);
      for (const result of results) {
        for (const message of result.messages) {
          expect(message.message, result.filePath).not.toMatch(/internal error|\n\s+at |Maximum call stack|undefined|\[object Object\]|NaN/);
          expect(message.line >= 1 && message.column >= 1, `${result.filePath} ${JSON.stringify(message)}`).toBe(true);
        }
        if (result.filePath.endsWith('.error.yaml')) {
          expect(
            result.messages.some((message) => message.ruleId === 'parse'),
            `${result.filePath} must get a parse finding`,
          ).toBe(true);
        }
      }
      console.info(`${name}: ${files.length} files linted by the CLI in ${Math.round(run.ms)} ms`);
    });

    it('loadProposal never throws, and every position it gives is inside the file', async () => {
      for (const file of files) {
        const bytes = readFileSync(join(TESTDATA, name, file));
        const lineCount = bytes.toString('utf8').split(/\r\n|\r|\n/).length;
        const { proposal, problems } = await loadProposal(join(dir, file), bytes);
        const ranges = [...problems.map((problem) => problem.range)];
        if (proposal) {
          rangesOf(proposal.root, ranges);
          ranges.push(proposal.anchor, ...proposal.directives.map((directive) => directive.range));
          for (const section of proposal.sections) ranges.push(section.range, section.headingRange);
        }
        for (const range of ranges) {
          const inside = range.line >= 1 && range.column >= 1 && range.endLine >= range.line && range.endLine <= lineCount;
          expect(inside, `${file}: ${JSON.stringify(range)} (${lineCount} lines)`).toBe(true);
        }
        if (file.endsWith('.error.yaml'))
          expect(
            problems.map((problem) => problem.ruleId),
            file,
          ).toContain('parse');
      }
    });
  });
});
