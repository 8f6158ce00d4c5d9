/**
 * `itstrat init --format docx`: the Word template of each strategy and language lints, under its
 * strategy, with exactly the "fill this in" findings of the Markdown scaffold.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDir, ROOT, runBuilt, tempDir } from '../helpers/ci-run.js';

const STRATEGIES = ['esbjerg', 'stockholm', 'oskarshamn', 'nordfyns', 'ikt-follo'];
const LANGS = ['en', 'da', 'sv', 'nb'];

/**
 * Findings only the Word template gets: the Markdown scaffold's guidance is an HTML comment,
 * which these rules read as text that mentions the thing ("the risk and vulnerability
 * analysis"); in Word the guidance is a Word comment, not proposal text. Each is a "fill this in".
 */
const ONLY_IN_WORD: Record<string, string[]> = {
  'ikt-follo': ['ros-and-dpa/noRiskAssessment'],
  stockholm: ['architecture-principles/noReuse'],
};

let dir: string;
beforeAll(() => {
  dir = tempDir('init-docx');
});
afterAll(() => removeDir(dir));

describe('itstrat init --format docx', () => {
  it('writes the Word template and says to lint it with its strategy', () => {
    const run = runBuilt(['init', '--strategy', 'nordfyns', '--lang', 'da', '--format', 'docx', 'forslag.docx'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/itstrat lint forslag\.docx --strategy nordfyns\n$/);
    expect(readFileSync(join(dir, 'forslag.docx')).equals(readFileSync(join(ROOT, 'dist/templates/nordfyns-da.docx')))).toBe(true);
  });

  it.each(STRATEGIES)('%s: each language lints with the findings of the Markdown scaffold', (strategy) => {
    const folder = join(dir, strategy);
    mkdirSync(folder);
    for (const lang of LANGS) {
      copyFileSync(join(ROOT, `dist/templates/${strategy}-${lang}.docx`), join(folder, `${lang}.docx`));
      writeFileSync(join(folder, `${lang}.md`), runBuilt(['init', '--strategy', strategy, '--lang', lang, '-']).stdout);
    }
    const run = runBuilt(['lint', folder, '--strategy', strategy, '-f', 'json'], { cwd: dir });
    const results = new Map(
      (JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string; messageId: string }[] }[]).map((result) => [
        result.filePath.split(/[\\/]/).pop()!,
        [...new Set(result.messages.map((message) => `${message.ruleId}/${message.messageId}`))].sort(),
      ]),
    );
    for (const lang of LANGS) {
      expect(results.get(`${lang}.md`)!.length, lang).toBeGreaterThan(0);
      const allowed = new Set(ONLY_IN_WORD[strategy] ?? []);
      const without = (ids: string[]) => ids.filter((id) => !allowed.has(id));
      expect(without(results.get(`${lang}.docx`)!), lang).toEqual(without(results.get(`${lang}.md`)!));
      expect(results.get(`${lang}.docx`), lang).toEqual(expect.arrayContaining(results.get(`${lang}.md`)!));
    }
  });
});
