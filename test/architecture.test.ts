/**
 * The rooms' import rules (README, "Architecture") are kept by dependency-cruiser, not by
 * review: the built modules obey them, with no exception, and a module that breaks a rule is
 * caught.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeDir, ROOT, tempDir } from './helpers/ci-run.js';

const CONFIG = join(ROOT, '.dependency-cruiser.cjs');
const DEPCRUISE = join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');

function cruise(cwd: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [DEPCRUISE, '--config', CONFIG, '--output-type', 'json', ...args], { cwd, encoding: 'utf8' });
  const report = JSON.parse(run.stdout) as { summary: { violations: { rule: { name: string; severity: string }; from: string; to: string }[] } };
  return report.summary.violations.map((violation) => `${violation.rule.name}: ${violation.from} → ${violation.to}`);
}

describe('the rooms of the house', () => {
  it('the built modules break no import rule: loaders parse and locate, and never ask what a word means', () => {
    expect(cruise(ROOT, 'dist/src', 'dist/rules')).toEqual([]);
  });

  describe('a module that breaks a rule is caught', () => {
    const dir = tempDir('rooms');
    afterAll(() => removeDir(dir));
    const files: Record<string, string> = {
      'dist/src/cli/cli.js': 'export const cli = 1;\n',
      'dist/src/engine/rulekit.js': 'export const door = 1;\n',
      'dist/src/interpret/owners.js': "import { cli } from '../cli/cli.js';\nexport const owners = cli;\n",
      'dist/src/interpret/costs.js': "import { door } from '../engine/rulekit.js';\nexport const costs = door;\n",
      'dist/src/model/loaders/yaml.js': "import { owners } from '../../interpret/owners.js';\nexport const yaml = owners;\n",
      'dist/src/lexicon/words.js': "import { door } from '../engine/rulekit.js';\nexport const words = door;\n",
      'dist/rules/a-rule.js':
        "import { owners } from '../src/interpret/owners.js';\nimport { door } from '../src/engine/rulekit.js';\nexport default owners + door;\n",
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }

    it('names the rule each import breaks (one per import)', () => {
      expect(cruise(dir, 'dist/src', 'dist/rules').sort()).toEqual([
        'interpret-reads-lexicon-and-model: dist/src/interpret/costs.js → dist/src/engine/rulekit.js',
        'lexicon-is-data: dist/src/lexicon/words.js → dist/src/engine/rulekit.js',
        'model-asks-no-meaning: dist/src/model/loaders/yaml.js → dist/src/interpret/owners.js',
        'nothing-into-cli: dist/src/interpret/owners.js → dist/src/cli/cli.js',
        'rules-through-the-engine: dist/rules/a-rule.js → dist/src/interpret/owners.js',
      ]);
    });
  });
});
