import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scaffold } from '../../src/cli/init.js';
import { strategyIds } from '../../src/lexicon/strategies.js';
import { LANGS } from '../../src/model/model.js';

const bin = fileURLToPath(new URL('../../bin/itstrat.js', import.meta.url));
const run = (args: string[], cwd: string) => spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });

interface JsonResult {
  filePath: string;
  messages: { ruleId: string; severity: number; message: string; line: number }[];
  strategies: string[];
}

describe('itstrat init', () => {
  it('scaffolds every strategy × 4 languages × 2 formats, and each lints with only "fill this in" findings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'itstrat-init-'));
    const files: string[] = [];
    for (const strategy of strategyIds()) {
      for (const lang of LANGS) {
        for (const format of ['md', 'yaml'] as const) {
          const file = `${strategy}-${lang}.${format}`;
          writeFileSync(join(dir, file), scaffold({ strategy, lang, format }));
          files.push(file);
        }
      }
    }
    const result = run(['lint', '.', '--format', 'json', '--no-ignore'], dir);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    const results = JSON.parse(result.stdout) as JsonResult[];
    expect(results).toHaveLength(strategyIds().length * LANGS.length * 2);
    for (const file of results) {
      const strategy = file.filePath.split('/').pop()!.split('-').slice(0, -1).join('-');
      // The scaffold's own `strategy` field brings in its strategy's preset.
      expect(file.strategies, file.filePath).toContain(strategy);
      const structural = file.messages.filter(
        (message) =>
          ['parse', 'directive', 'front-matter-conflict'].includes(message.ruleId) ||
          (message.ruleId === 'schema' && !/title|titel|tittel/i.test(message.message)),
      );
      expect(structural, file.filePath).toEqual([]);
      expect(file.messages.length, file.filePath).toBeGreaterThan(3);
    }
  });

  it('writes a file, refuses to overwrite it without --force, and prints to stdout with "-"', () => {
    const dir = mkdtempSync(join(tmpdir(), 'itstrat-init-'));
    const first = run(['init', '--strategy', 'nordfyns', '--lang', 'da', '--format', 'yaml'], dir);
    expect(first.status).toBe(0);
    expect(existsSync(join(dir, 'proposal.yaml'))).toBe(true);
    expect(readFileSync(join(dir, 'proposal.yaml'), 'utf8')).toContain('strategi: nordfyns');
    const again = run(['init', '--strategy', 'nordfyns', '--lang', 'da', '--format', 'yaml'], dir);
    expect(again.status).toBe(2);
    expect(again.stderr.trim().split('\n')).toHaveLength(1);
    const forced = run(['init', 'proposal.yaml', '--force', '--strategy', 'ikt-follo', '--lang', 'nb', '--format', 'yaml'], dir);
    expect(forced.status).toBe(0);
    const stdout = run(['init', '-', '--strategy', 'stockholm', '--lang', 'sv', '--format', 'md'], dir);
    expect(stdout.status).toBe(0);
    expect(stdout.stdout).toContain('## Uppföljning');
    const bad = run(['init', '-', '--strategy', 'malmo'], dir);
    expect(bad.status).toBe(2);
  });
});
