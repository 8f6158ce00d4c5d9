/**
 * A team's own rules from a local module named in the config (SPEC §2, §3): they run beside
 * the built-in ones, and a rule whose code throws gives that file one `internal` finding naming
 * the rule (exit 1, issue 13) — while every other file is linted as usual.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDir, runCli, tempDir, writeTree } from '../helpers/ci-run.js';
import { jsonResults, schemaProposal } from '../helpers/cli-assert.js';

const LOCAL_RULES = `
export const rules = [
  {
    meta: {
      id: 'local/x',
      description: 'Every proposal names the team that will run it.',
      clauses: [],
      severity: 'error',
      messages: { en: { m: 'Name the team that runs the solution (local rule).' } },
    },
    check(proposal, context) {
      context.report({ messageId: 'm', missing: '' });
    },
  },
];
`;

const THROWING_RULES = `
export const rules = [
  {
    meta: { id: 'local/boom', description: 'Throws on one file.', clauses: [], severity: 'error', messages: { en: { m: 'never' } } },
    check(proposal) {
      if (proposal.filePath.endsWith('b-explodes.yaml')) throw new TypeError("Cannot read properties of undefined (reading 'name')\\n    at check (local-rules.js:5:7)");
    },
  },
];
`;

const ASYNC_RULES = `
export const rules = [
  {
    meta: { id: 'local/async', description: 'Checks asynchronously.', clauses: [], severity: 'error', messages: { en: { m: 'late' } } },
    async check(proposal, context) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      throw new Error('rejected after the file was done');
    },
  },
];
`;

let dir: string;

beforeAll(() => {
  dir = tempDir('plugins');
  writeTree(dir, {
    'ok/.itstratrc.yaml': 'plugins: ["./local-rules.js"]\nrules:\n  schema: error\n  local/x: error\n',
    'ok/local-rules.js': LOCAL_RULES,
    // What `rules` and `explain` show of the plugin without running it (SECURITY.md).
    'ok/package.json': JSON.stringify({
      type: 'module',
      itstrat: { rules: [{ id: 'local/x', description: 'Every proposal names the team that will run it.', severity: 'error' }] },
    }),
    'ok/proposal.yaml': schemaProposal(),
    'throws/.itstratrc.yaml': 'plugins: ["./local-rules.js"]\nrules:\n  schema: error\n  local/boom: error\n',
    'throws/local-rules.js': THROWING_RULES,
    'throws/a-fine.yaml': schemaProposal({ typo: true }),
    'throws/b-explodes.yaml': schemaProposal(),
    'throws/c-fine.yaml': schemaProposal(),
    'async/.itstratrc.yaml': 'plugins: ["./local-rules.js"]\nrules:\n  local/async: error\n',
    'async/local-rules.js': ASYNC_RULES,
    'async/proposal.yaml': schemaProposal(),
  });
});

afterAll(() => removeDir(dir));

describe('plugins', () => {
  it('a rule from a local module runs and its findings are reported like any other', () => {
    const json = runCli(['lint', 'proposal.yaml', '--format', 'json'], { cwd: `${dir}/ok` });
    expect(json.stderr).toBe('');
    expect(json.code).toBe(1);
    expect(jsonResults(json).get('proposal.yaml')!.messages).toEqual([
      expect.objectContaining({ ruleId: 'local/x', severity: 2, line: 1, column: 1, message: 'Name the team that runs the solution (local rule).' }),
    ]);
    // itstrat's own docs do not describe a team's rule: no docsUrl unless the plugin gives one.
    expect(jsonResults(json).get('proposal.yaml')!.messages[0]).not.toHaveProperty('docsUrl');
    // `rules` and `explain` know the config's plugin rules too, from the metadata its package.json declares.
    const rules = runCli(['rules', '--format', 'json'], { cwd: `${dir}/ok` });
    expect((JSON.parse(rules.stdout) as { id: string }[]).map((rule) => rule.id)).toContain('local/x');
    const explain = runCli(['explain', 'local/x'], { cwd: `${dir}/ok` });
    expect(explain.code).toBe(0);
    expect(explain.stdout).toMatch(/^local\/x — /);
    const stylish = runCli(['lint', 'proposal.yaml'], { cwd: `${dir}/ok` });
    expect(stylish.stdout).toMatch(/1:1 +error +Name the team that runs the solution \(local rule\)\. +local\/x/);
  });

  it('a rule that throws: exit 1, an internal finding of that file naming the rule, and the other files are still linted', () => {
    const run = runCli(['lint', '.', '--format', 'json'], { cwd: `${dir}/throws` });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const results = jsonResults(run);
    expect([...results.keys()]).toEqual(['a-fine.yaml', 'b-explodes.yaml', 'c-fine.yaml']);
    expect(results.get('a-fine.yaml')!.messages.map((message) => message.ruleId)).toEqual(['schema']);
    expect(results.get('b-explodes.yaml')!.messages).toEqual([
      expect.objectContaining({
        ruleId: 'internal',
        severity: 2,
        line: 1,
        column: 1,
        message: "The rule local/boom failed on this file, so its findings are missing: Cannot read properties of undefined (reading 'name')",
      }),
    ]);
    expect(results.get('c-fine.yaml')!.messages).toEqual([]);
    // In the file's language too.
    const danish = runCli(['lint', 'b-explodes.yaml', '--lang', 'da'], { cwd: `${dir}/throws` });
    expect(danish.stdout).toMatch(/Reglen local\/boom fejlede på denne fil/);
  });

  it("a check that returns a promise is reported as that rule's fault, not an unhandled rejection", () => {
    const run = runCli(['lint', 'proposal.yaml', '--format', 'json'], { cwd: `${dir}/async` });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(
      jsonResults(run)
        .get('proposal.yaml')!
        .messages.map((message) => message.message),
    ).toEqual(["The rule local/async failed on this file, so its findings are missing: check() returned a Promise; a rule's check must be synchronous"]);
  });
});
