/**
 * Config integrity end to end (issue 13, built CLI): an override's `extends` does not switch
 * back on what `rules` switched off; override globs are relative to the config file's folder,
 * also when the config is reached through a symbolic link, and one matching no linted file is a
 * one-line warning; a diamond `extends` is fine and a real cycle is named; every config error is
 * one line with the file, line, key path, bad value and allowed values.
 */
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDir, runCli, tempDir, writeTree } from '../helpers/ci-run.js';
import { expectRunFailure, jsonResults, schemaProposal, SCHEMA_ONLY } from '../helpers/cli-assert.js';
import { builtinRules } from '../../src/engine/registry.js';
import { presetRules } from '../../src/config/presets.js';

let dir: string;
/** A rule the stockholm preset enables that `recommended` does not. */
let S: string;

beforeAll(async () => {
  dir = tempDir('config');
  const rules = await builtinRules();
  const recommended = presetRules('recommended', rules);
  S = [...presetRules('stockholm', rules)].find(([id, severity]) => severity === 2 && !recommended.has(id))![0];
});
afterAll(() => removeDir(dir));

describe("rules off beats an override's extends", () => {
  it('the rule stays off for the files the override matches (README, Precedence)', () => {
    const override = 'overrides:\n  - files: ["sthlm/**"]\n    extends: [itstrat:stockholm]\n';
    writeTree(dir, {
      'precedence/on/.itstratrc.yaml': `extends: [itstrat:recommended]\n${override}`,
      'precedence/on/sthlm/p.yaml': schemaProposal(),
      'precedence/off/.itstratrc.yaml': `extends: [itstrat:recommended]\nrules:\n  ${S}: off\n${override}`,
      'precedence/off/sthlm/p.yaml': schemaProposal(),
    });
    const ids = (folder: string) =>
      jsonResults(runCli(['lint', '.', '--format', 'json'], { cwd: join(dir, 'precedence', folder) }))
        .get('p.yaml')!
        .messages.map((message) => message.ruleId);
    expect(ids('on')).toContain(S);
    expect(ids('off')).not.toContain(S);
  });
});

describe('override globs are relative to the config file', () => {
  beforeAll(() => {
    writeTree(dir, {
      'globs/shared/itstrat.yaml': `${SCHEMA_ONLY}overrides:\n  - files: ["../project/lenient/**"]\n    rules: { schema: off }\n`,
      'globs/shared/elsewhere.yaml': `${SCHEMA_ONLY}overrides:\n  - files: ["lenient/**"]\n    rules: { schema: off }\n  - files: ["**/*.md"]\n    language: sv\n`,
      'globs/project/itstrat.yaml': `${SCHEMA_ONLY}overrides:\n  - files: ["lenient/**"]\n    rules: { schema: off }\n`,
      'globs/project/lenient/p.yaml': schemaProposal({ badValue: true }),
    });
    symlinkSync(join(dir, 'globs', 'project'), join(dir, 'globs', 'link'), 'dir');
  });

  it('a config named with -c from another folder matches against its own folder', () => {
    const run = runCli(['lint', '-c', '../shared/itstrat.yaml', 'lenient'], { cwd: join(dir, 'globs', 'project') });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('a config reached through a symbolic link matches the files under the real folder', () => {
    const run = runCli(['lint', '-c', join(dir, 'globs', 'link', 'itstrat.yaml'), 'lenient'], { cwd: join(dir, 'globs', 'project') });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('an override whose globs match none of the linted files is one warning line, and the run goes on', () => {
    const run = runCli(['lint', '-c', '../shared/elsewhere.yaml', 'lenient', '--format', 'json'], { cwd: join(dir, 'globs', 'project') });
    expect(run.code).toBe(1);
    expect(jsonResults(run).get('p.yaml')!.errorCount).toBe(1);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^itstrat: warning: overrides\[0\] \(files "lenient\/\*\*"\), overrides\[1\] \(files "\*\*\/\*\.md"\) in .*elsewhere\.yaml match none of the 1 linted file; override globs are relative to .*shared$/,
    );
  });
});

describe('extends: diamonds and cycles', () => {
  it('two files extending one base (a diamond) is fine', () => {
    writeTree(dir, {
      'diamond/base.yaml': SCHEMA_ONLY,
      'diamond/left.yaml': 'extends: [./base.yaml]\n',
      'diamond/right.yaml': 'extends: [./base.yaml]\nrules:\n  schema: warn\n',
      'diamond/.itstratrc.yaml': 'extends: [./left.yaml, ./right.yaml]\n',
      'diamond/p.yaml': schemaProposal({ typo: true }),
    });
    const run = runCli(['lint', 'p.yaml', '--format', 'json'], { cwd: join(dir, 'diamond') });
    expect(run.stderr).toBe('');
    // right.yaml's warn comes after base.yaml's error (the base counts once, at its first place).
    expect(
      jsonResults(run)
        .get('p.yaml')!
        .messages.map((message) => [message.ruleId, message.severity]),
    ).toEqual([['schema', 1]]);
    expect(run.code).toBe(0);
  });

  it('a real cycle is an error naming the chain', () => {
    writeTree(dir, {
      'cycle/a.yaml': 'extends: [./b.yaml]\n',
      'cycle/b.yaml': 'rules: {}\nextends:\n  - ./a.yaml\n',
      'cycle/self.yaml': 'extends: ./self.yaml\n',
      'cycle/p.yaml': schemaProposal(),
    });
    expectRunFailure(
      runCli(['lint', 'p.yaml', '-c', 'a.yaml'], { cwd: join(dir, 'cycle') }),
      /invalid config .*b\.yaml:3:5: extends\[0\]: "\.\/a\.yaml" makes a cycle: a\.yaml → b\.yaml → a\.yaml/,
    );
    expectRunFailure(
      runCli(['lint', 'p.yaml', '-c', 'self.yaml'], { cwd: join(dir, 'cycle') }),
      /invalid config .*self\.yaml:1:10: extends: "\.\/self\.yaml" makes a cycle: self\.yaml → self\.yaml/,
    );
  });
});

describe('every config error: file, line, key path, bad value, allowed values — one line', () => {
  const cases: [string, string, RegExp][] = [
    [
      'a bad severity',
      'rules:\n  schema: fatal\n',
      /c\.yaml:2:11: rules\.schema: "fatal" is not allowed; allowed: off, warn, error, 0, 1, 2, a list \[severity, \{options\}\]$/,
    ],
    [
      'a bad severity in a list',
      'rules:\n  schema: [fatal]\n',
      /c\.yaml:2:12: rules\.schema\[0\]: "fatal" is not allowed; allowed: off, warn, error, 0, 1, 2$/,
    ],
    [
      'a rule entry too long',
      'rules:\n  schema: [error, {}, 3]\n',
      /c\.yaml:2:11: rules\.schema: \["error",\{\},3\] must not have more than 2 items; allowed: .*a list \[severity, \{options\}\]$/,
    ],
    ['rules of the wrong type', 'rules: 5\n', /c\.yaml:1:8: rules: 5 is of the wrong type; allowed: a mapping \(key: value\)$/],
    [
      'an unknown key',
      'extends: [itstrat:recommended]\nrulez:\n  schema: error\n',
      /c\.yaml:2:1: rulez: unknown key "rulez"; allowed: \$schema, extends, rules, language, ignore, files, plugins, overrides$/,
    ],
    [
      'an unknown key in an override',
      'overrides:\n  - files: a\n    rulez: {}\n',
      /c\.yaml:3:5: overrides\[0\]\.rulez: unknown key "rulez"; allowed: files, extends, rules, language$/,
    ],
    ['an unknown language', 'language: fi\n', /c\.yaml:1:11: language: "fi" is not allowed; allowed: en, da, sv, nb$/],
    ['an override without files', 'overrides:\n  - rules: {}\n', /c\.yaml:2:5: overrides\[0\]: the key "files" is missing/],
    [
      'an override with no globs',
      'overrides:\n  - files: []\n',
      /c\.yaml:2:12: overrides\[0\]\.files: \[\] must not have fewer than 1 items; allowed: a string, a list of at least 1 item$/,
    ],
    [
      'an unknown preset',
      'extends:\n  - itstrat:recommended\n  - itstrat:atlantis\n',
      /c\.yaml:3:5: extends\[1\]: unknown preset "itstrat:atlantis"; allowed: itstrat:recommended, itstrat:all, itstrat:esbjerg, .* or a path to a config file$/,
    ],
    [
      'an unknown preset in an override',
      'overrides:\n  - files: a\n    extends: [stockhlm]\n',
      /c\.yaml:3:15: overrides\[0\]\.extends\[0\]: unknown preset "stockhlm"; allowed: itstrat:recommended, .*\(an override extends presets only\)$/,
    ],
    [
      'an extended file that does not exist',
      'extends: [./nope.yaml]\n',
      /c\.yaml:1:11: extends\[0\]: "\.\/nope\.yaml" does not exist \(.*nope\.yaml\); allowed: itstrat:recommended, .* or a path to a config file$/,
    ],
    [
      'an unknown rule',
      'rules:\n  single-ownr: error\n',
      /unknown rule "single-ownr" in .*c\.yaml:2:3 at rules\.single-ownr; allowed: one of the \d+ rules `itstrat rules` lists \(did you mean "single-owner"\?\)$/,
    ],
    [
      'an unknown rule in an override',
      'overrides:\n  - files: a\n    rules:\n      nope/x: warn\n',
      /unknown rule "nope\/x" in .*c\.yaml:4:7 at overrides\[0\]\.rules\.nope\/x; allowed: one of the \d+ rules/,
    ],
    [
      'a bad option value',
      'rules:\n  business-case: [warn, { minBenefitLines: many }]\n',
      /invalid options for rule "business-case" in .*c\.yaml:2:25 at rules\.business-case\[1\]\.minBenefitLines: "many" must be integer; allowed: a value of type integer$/,
    ],
    [
      'an unknown option',
      'rules:\n  business-case: [warn, { minBenefitLine: 2 }]\n',
      /invalid options for rule "business-case" in .*c\.yaml:2:25 at rules\.business-case\[1\]: unknown option "minBenefitLine"; allowed: minBenefitLines$/,
    ],
    [
      'options for a rule that takes none',
      'rules:\n  schema: [warn, { strict: true }]\n',
      /invalid options for rule "schema" in .*c\.yaml:2:18 at rules\.schema\[1\]: \{"strict":true\}; allowed: no options/,
    ],
    ['a plugin that does not exist', 'plugins:\n  - ./nope.js\n', /invalid config .*c\.yaml:2:5: plugins\[0\]: cannot find plugin "\.\/nope\.js"/],
  ];
  it.each(cases)('%s', (_name, config, says) => {
    writeTree(dir, { 'errors/c.yaml': config, 'errors/p.yaml': schemaProposal() });
    expectRunFailure(runCli(['lint', 'p.yaml', '-c', 'c.yaml'], { cwd: join(dir, 'errors') }), says);
  });
});
