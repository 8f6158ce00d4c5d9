/**
 * The precedence of settings (README, "Precedence"), case by case: presets only switch rules
 * on (the graver severity wins between presets); explicit entries — `rules`, an override's
 * `rules`, `--rule` — set severity and options, the later winning; an explicit entry beats every
 * preset, whichever comes later (issue 13: an override's `extends: [itstrat:stockholm]` turned
 * back on a rule `rules` had switched off).
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareRun } from '../../src/cli/prepare-run.js';
import { builtinRules } from '../../src/engine/registry.js';
import { presetRules } from '../../src/config/presets.js';
import { removeDir, tempDir, writeTree } from '../helpers/ci-run.js';

let dir: string;
/** A rule the stockholm preset enables as an error and `recommended` does not enable. */
let S: string;
/** A rule `all` enables as a warning and stockholm as an error, if the catalogue has one. */
let D: string | undefined;

beforeAll(async () => {
  dir = tempDir('precedence');
  const rules = await builtinRules();
  const stockholm = presetRules('stockholm', rules);
  const recommended = presetRules('recommended', rules);
  const all = presetRules('all', rules);
  S = [...stockholm].find(([id, severity]) => severity === 2 && !recommended.has(id))![0];
  D = [...stockholm].find(([id, severity]) => severity === 2 && all.get(id) === 1)?.[0];
});
afterAll(() => removeDir(dir));

let counter = 0;
/** The severity of `rule` for `file` (relative to the config's folder) under this config and these flags. */
async function severity(
  config: string,
  options: { file?: string; rule?: string; strategy?: string[]; cliRule?: string[]; fileStrategy?: string; extra?: Record<string, string> } = {},
): Promise<number> {
  const case_ = join(dir, `case${counter++}`);
  writeTree(case_, { '.itstratrc.yaml': config, ...options.extra });
  const { resolver } = await prepareRun({ cwd: case_, strategy: options.strategy ?? [], rule: options.cliRule ?? [] });
  return resolver.forFile(join(case_, options.file ?? 'sthlm/p.yaml'), options.fileStrategy).rules.get(options.rule ?? S)?.severity ?? 0;
}

const override = (body: string) =>
  `overrides:\n  - files: ["sthlm/**"]\n${body
    .split('\n')
    .filter(Boolean)
    .map((line) => `    ${line}`)
    .join('\n')}\n`;

describe('precedence of settings, case by case', () => {
  it('1. a preset in extends switches a rule on at its own severity', async () => {
    expect(await severity('extends: [itstrat:stockholm]\n')).toBe(2);
    expect(await severity('extends: [itstrat:recommended]\n')).toBe(0);
  });

  it('2. rules beats extends: off stays off, warn stays warn', async () => {
    expect(await severity(`extends: [itstrat:stockholm]\nrules:\n  ${S}: off\n`)).toBe(0);
    expect(await severity(`extends: [itstrat:stockholm]\nrules:\n  ${S}: warn\n`)).toBe(1);
  });

  it("3. an override's extends does not switch back on what rules switched off (the issue), nor raise what rules set", async () => {
    expect(await severity(`rules:\n  ${S}: off\n${override('extends: [itstrat:stockholm]')}`)).toBe(0);
    expect(await severity(`rules:\n  ${S}: warn\n${override('extends: [itstrat:stockholm]')}`)).toBe(1);
  });

  it("4. an override's extends switches on what no explicit entry set — for the files it matches only", async () => {
    const config = `extends: [itstrat:recommended]\n${override('extends: [itstrat:stockholm]')}`;
    expect(await severity(config)).toBe(2);
    expect(await severity(config, { file: 'other/p.yaml' })).toBe(0);
  });

  it("5. an override's rules beat the base rules (and its own extends)", async () => {
    expect(await severity(`rules:\n  ${S}: off\n${override(`rules: { ${S}: error }`)}`)).toBe(2);
    expect(await severity(`extends: [itstrat:stockholm]\n${override(`extends: [itstrat:stockholm]\nrules: { ${S}: off }`)}`)).toBe(0);
  });

  it("6. of two matching overrides the later wins; a later override's extends does not undo an earlier one's rules", async () => {
    const two = (first: string, second: string) => `overrides:\n  - files: ["sthlm/**"]\n    ${first}\n  - files: ["**/*.yaml"]\n    ${second}\n`;
    expect(await severity(two(`rules: { ${S}: off }`, 'extends: [itstrat:stockholm]'))).toBe(0);
    expect(await severity(two(`rules: { ${S}: off }`, `rules: { ${S}: warn }`))).toBe(1);
    expect(await severity(two('extends: [itstrat:stockholm]', `rules: { ${S}: off }`))).toBe(0);
  });

  it("7. strategy presets (--strategy, the file's strategy: field) switch rules on, but never against rules", async () => {
    expect(await severity('rules: {}\n', { strategy: ['stockholm'] })).toBe(2);
    expect(await severity('rules: {}\n', { fileStrategy: 'stockholm' })).toBe(2);
    expect(await severity(`rules:\n  ${S}: off\n`, { strategy: ['stockholm'] })).toBe(0);
    expect(await severity(`rules:\n  ${S}: off\n`, { fileStrategy: 'stockholm' })).toBe(0);
  });

  it('8. --rule beats everything', async () => {
    expect(await severity(`rules:\n  ${S}: off\n${override(`rules: { ${S}: off }`)}`, { cliRule: [`${S}:warn`] })).toBe(1);
    expect(await severity(`extends: [itstrat:stockholm]\n${override(`rules: { ${S}: error }`)}`, { cliRule: [`${S}:off`] })).toBe(0);
  });

  it("9. rules in an extended file beat presets anywhere; the extending file's rules beat the extended file's", async () => {
    const base = { 'base.yaml': `rules:\n  ${S}: off\n` };
    expect(await severity('extends: [./base.yaml, itstrat:stockholm]\n', { extra: base })).toBe(0);
    expect(await severity(`extends: [./base.yaml, itstrat:stockholm]\nrules:\n  ${S}: warn\n`, { extra: base })).toBe(1);
    expect(await severity(`extends: [./base.yaml]\n${override('extends: [itstrat:stockholm]')}`, { extra: base })).toBe(0);
  });

  it('10. between presets the graver severity wins, in either order', async () => {
    if (!D) return;
    expect(await severity('extends: [itstrat:all]\n', { rule: D })).toBe(1);
    expect(await severity('extends: [itstrat:all, itstrat:stockholm]\n', { rule: D })).toBe(2);
    expect(await severity('extends: [itstrat:stockholm, itstrat:all]\n', { rule: D })).toBe(2);
    expect(await severity(`extends: [itstrat:all]\n${override('extends: [itstrat:stockholm]')}`, { rule: D })).toBe(2);
  });

  it('11. options given with rules are kept when a later preset enables the rule', async () => {
    const case_ = join(dir, 'options');
    writeTree(case_, { '.itstratrc.yaml': `rules:\n  business-case: [warn, { minBenefitLines: 3 }]\n${override('extends: [itstrat:all]')}` });
    const { resolver } = await prepareRun({ cwd: case_, strategy: [], rule: [] });
    expect(resolver.forFile(join(case_, 'sthlm/p.yaml'), undefined).rules.get('business-case')).toEqual({
      severity: 1,
      options: expect.objectContaining({ minBenefitLines: 3 }),
    });
  });
});
