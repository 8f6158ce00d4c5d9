/**
 * Findings are language-neutral until printed (SPEC §4): a baseline written under one `--lang`
 * matches under every other, SARIF fingerprints and the cache do not change with `--lang`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDir, runBuilt, tempDir, writeTree } from '../helpers/ci-run.js';

const LANGS = ['en', 'da', 'sv', 'nb'] as const;

// Findings whose data hold the tool's own words (a criterion's name, perspectives, amounts).
const PROPOSAL = `---
title: Booking af idrætshaller
strategy: nordfyns
owner: Mette Jensen
---

## Forretningscase

Valuta: DKK

| Post | Beløb | Art |
|---|---|---|
| Licens til bookingsystem | -100.000 | drift |
| I alt | 5.000 | |
`;

describe('findings are language-neutral until printed', () => {
  let dir: string;
  const lint = (...args: string[]) => runBuilt(['lint', ...args], { cwd: dir });

  beforeAll(() => {
    dir = tempDir('lang-neutral');
    writeTree(dir, { 'proposals/a.md': PROPOSAL });
  });
  afterAll(() => removeDir(dir));

  it('the messages do differ by language (so the rest of this test means something)', () => {
    const texts = LANGS.map((lang) => lint('proposals', '--format', 'json', '--lang', lang).stdout);
    expect(new Set(texts).size).toBe(LANGS.length);
  });

  for (const written of LANGS) {
    it(`a baseline written with --lang ${written} holds under every language`, () => {
      expect(lint('proposals', '--lang', written, '--baseline-write', `baseline-${written}.json`).code).toBe(0);
      for (const lang of LANGS) {
        const run = lint('proposals', '--lang', lang, '--baseline', `baseline-${written}.json`, '--format', 'json');
        expect(run.code, `${written} → ${lang}: ${run.stdout}`).toBe(0);
      }
    });
  }

  it('SARIF partialFingerprints are identical across --lang', () => {
    const prints = LANGS.map((lang) => {
      const sarif = JSON.parse(lint('proposals', '--format', 'sarif', '--lang', lang).stdout) as {
        runs: { results: { ruleId: string; partialFingerprints: Record<string, string> }[] }[];
      };
      const results = sarif.runs[0]!.results;
      expect(results.length).toBeGreaterThan(0);
      return JSON.stringify(results.map((result) => [result.ruleId, result.partialFingerprints]));
    });
    expect(new Set(prints).size).toBe(1);
  });

  it('a cache written under one --lang is reused under another, and prints that language', () => {
    const first = lint('proposals', '--cache', '--lang', 'da', '--format', 'json');
    const second = runBuilt(['lint', 'proposals', '--cache', '--lang', 'sv', '--format', 'json'], { cwd: dir, env: { ITSTRAT_DEBUG_CACHE: '1' } });
    expect(second.stderr).toMatch(/cache: 0 linted, 1 reused/);
    const fresh = lint('proposals', '--lang', 'sv', '--format', 'json');
    expect(second.stdout).toBe(fresh.stdout);
    expect(first.stdout).not.toBe(second.stdout);
    expect(readFileSync(join(dir, '.itstratcache'), 'utf8')).not.toContain('"message"');
  });
});
