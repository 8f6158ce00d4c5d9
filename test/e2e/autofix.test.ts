/**
 * Autofix end to end, on the built CLI: fix and suggestion objects in `--format json` (ESLint's
 * shape) and as SARIF `fixes`; every fix and suggestion applied to every fixture and test file,
 * each alone, then linted again; `--fix` on the bundled fixtures byte-compared outside the fix
 * ranges; `--fix-dry-run` as a unified diff that writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT, removeDir, runBuilt, tempDir, writeTree } from '../helpers/ci-run.js';
import { applyFixes } from '../../src/engine/fixes.js';
import { LineIndex } from '../../src/model/lines.js';
import Ajv4 from 'ajv-draft-04';

interface FixJson {
  range: [number, number];
  text: string;
}
interface Message {
  ruleId: string;
  messageId: string;
  severity: 1 | 2;
  line: number;
  column: number;
  message: string;
  fatal?: boolean;
  fix?: FixJson;
  suggestions?: { messageId: string; data?: Record<string, unknown>; desc: string; fix: FixJson }[];
}
interface Result {
  filePath: string;
  messages: Message[];
  fixableErrorCount: number;
  fixableWarningCount: number;
  output?: string;
  stats?: {
    times: { passes: { load: { total: number }; interpret: { total: number }; rules: Record<string, { total: number }>; total: number }[] };
    fixPasses: number;
  };
}

const BOM = '\uFEFF';

/** A file's text as fixes address it: after a byte-order mark. */
function parts(path: string): { bom: string; text: string } {
  const raw = readFileSync(path, 'utf8');
  return raw.startsWith(BOM) ? { bom: BOM, text: raw.slice(1) } : { bom: '', text: raw };
}

function lintJson(args: string[], cwd: string): Result[] {
  const run = runBuilt(['lint', ...args, '--format', 'json', '--no-ignore'], { cwd });
  expect(run.stderr, run.stderr).toBe('');
  expect([0, 1]).toContain(run.code);
  return JSON.parse(run.stdout) as Result[];
}

/** One case of every fix kind, in the four languages (the corpus has few of some). */
const CRAFTED: Record<string, string> = {
  'en/near-miss.yaml': 'title: Booking\nownr: Helen Carter\nbusinessCase:\n  curency: DKK\n',
  'da/near-miss.yaml': 'titel: Booking\nsprog: da\nejerr: Jens Hansen\nfællesoffentlig-losnig:\n  status: anvendes\n',
  'sv/near-miss.yaml': 'titel: Bokning\nspråk: sv\nägre: Anna Berg\n',
  'nb/near-miss.yaml': 'tittel: Booking\nspråk: nb\neierr: Kari Nordmann\n',
  'en/decimal-comma.yaml': 'title: Uptime\nfollowUp:\n  metrics:\n    - { name: Uptime, target: 99,5 %, deadline: 2026-12-31 }\n',
  'en/total.yaml':
    'title: Costs\nbusinessCase:\n  currency: DKK\n  costs:\n    - { item: Licence, amount: 40000, kind: operating }\n    - { item: Setup, amount: 60000, kind: investment }\n  totals:\n    costs: 90000\n',
  'sv/total.md':
    '---\ntitle: Bokning\nlanguage: sv\n---\n\n## Kalkyl\n\nValuta: SEK\n\n| Post | Belopp | Typ |\n|---|---|---|\n| Licens | 40 000 kr | Drift |\n| Införande | 60 000 kr | Investering |\n| Summa | 90 000 kr | |\n',
  'nb/total.md':
    '---\ntitle: Booking\nlanguage: nb\n---\n\n## Kostnader og gevinster\n\nValuta: NOK\n\n| Post | Beløp | Art |\n|---|---|---|\n| Lisens | 40 000 kr | Drift |\n| Innføring | 60 000 kr | Investering |\n| Totalt | 90 000 kr | |\n',
  'da/missing.md': '---\ntitle: Booking\nlanguage: da\n---\n\n## Projektejer\n\nNavn: Jens Hansen\n',
};

describe('fix and suggestion objects', () => {
  let dir: string;
  let results: Map<string, Result>;
  beforeAll(() => {
    dir = tempDir('fix-objects');
    writeTree(dir, CRAFTED);
    results = new Map(lintJson(['.'], dir).map((result) => [relative(dir, result.filePath), result]));
  }, 60_000);
  afterAll(() => removeDir(dir));

  const fixed = (file: string, ruleId: string, messageId: string): { message: Message; after: string } => {
    // "unknownTopKey" or, with a did-you-mean, "unknownTopKeyNear": the same finding.
    const message = results
      .get(file)!
      .messages.find((candidate) => candidate.ruleId === ruleId && candidate.messageId.replace(/Near$/, '') === messageId && candidate.fix);
    expect(message, `${file}: ${ruleId}/${messageId} with a fix`).toBeDefined();
    const { text } = parts(join(dir, file));
    return { message: message!, after: applyFixes(text, [message!.fix!]).output };
  };

  it('a near-miss key becomes the field, in the author language and case', () => {
    expect(fixed('en/near-miss.yaml', 'schema', 'unknownTopKey').after).toContain('\nowner: Helen Carter\n');
    expect(fixed('en/near-miss.yaml', 'schema', 'unknownKey').after).toContain('\n  currency: DKK\n');
    const danish = results.get('da/near-miss.yaml')!.messages.filter((message) => message.fix);
    expect(danish.map((message) => message.fix!.text)).toEqual(['ejer', 'fællesoffentlig-løsning']);
    expect(fixed('sv/near-miss.yaml', 'schema', 'unknownTopKey').after).toContain('\nägare: Anna Berg\n');
    expect(fixed('nb/near-miss.yaml', 'schema', 'unknownTopKey').after).toContain('\neier: Kari Nordmann\n');
  });

  it('a value a flow mapping split on its decimal comma is quoted whole', () => {
    const { message, after } = fixed('en/decimal-comma.yaml', 'schema', 'unknownKey');
    expect(message.fix!.text).toBe('"99,5 %"');
    expect(after).toContain('target: "99,5 %", deadline');
  });

  it('a wrong stated total is rewritten to the sum of its lines, in the author number style, nothing else on the line', () => {
    expect(fixed('en/total.yaml', 'business-case', 'costTotal').after).toContain('\n    costs: 100000\n');
    expect(fixed('sv/total.md', 'business-case', 'costTotal').after).toContain('| Summa | 100 000 kr | |');
    expect(fixed('nb/total.md', 'business-case', 'costTotal').after).toContain('| Totalt | 100 000 kr | |');
  });

  it('a missing section is a suggestion (never a fix): its heading in the author language, a "fill in" line', () => {
    const result = results.get('da/missing.md')!;
    const suggestion = result.messages
      .flatMap((message) => message.suggestions ?? [])
      .find((candidate) => candidate.data?.heading === 'Fællesoffentlig løsning');
    expect(suggestion).toBeDefined();
    expect(suggestion!.messageId).toBe('addSection');
    expect(suggestion!.fix.text).toMatch(/^\n## Fællesoffentlig løsning\n\n<!-- Udfyld: .+ -->\n$/);
    expect(result.messages.filter((message) => message.suggestions && message.fix)).toEqual([]);
    // The description in the language asked for.
    const described = (lang: string) => {
      const [printed] = lintJson(['da/missing.md', '--lang', lang], dir);
      return printed!.messages.flatMap((message) => message.suggestions ?? []).find((candidate) => candidate.data?.heading === 'Fællesoffentlig løsning')!.desc;
    };
    expect(described('en')).toBe('Add the section "Fællesoffentlig løsning" to fill in.');
    expect(described('da')).toBe('Tilføj afsnittet "Fællesoffentlig løsning" og udfyld det.');
    expect(described('sv')).toBe('Lägg till avsnittet "Fællesoffentlig løsning" och fyll i det.');
    expect(described('nb')).toBe('Legg til avsnittet "Fællesoffentlig løsning" og fyll det ut.');
  });

  it('`itstrat rules --format json` says which rules fix (meta.fixable)', () => {
    const rules = JSON.parse(runBuilt(['rules', '--format', 'json'], { cwd: dir }).stdout) as { id: string; fixable?: string }[];
    expect(rules.filter((rule) => rule.fixable).map((rule) => [rule.id, rule.fixable])).toEqual([
      ['business-case', 'code'],
      ['schema', 'code'],
    ]);
  });

  it('fixable counts count the findings with a fix', () => {
    const result = results.get('en/near-miss.yaml')!;
    expect(result.fixableErrorCount).toBe(result.messages.filter((message) => message.fix && message.severity === 2).length);
    // The two near-miss keys are unknown keys: warnings, each with its fix.
    expect(result.fixableWarningCount).toBe(result.messages.filter((message) => message.fix && message.severity === 1).length);
    expect(result.fixableWarningCount).toBe(2);
  });

  it('SARIF carries each fix and suggestion as fixes whose deleted region is exactly the fix range, and stays schema-valid', () => {
    const run = runBuilt(['lint', '.', '--format', 'sarif', '--no-ignore'], { cwd: dir });
    const log = JSON.parse(run.stdout) as {
      runs: {
        results: {
          ruleId: string;
          locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
          fixes?: { artifactChanges: { replacements: { deletedRegion: Record<string, number>; insertedContent: { text: string } }[] }[] }[];
        }[];
      }[];
    };
    const schema = JSON.parse(readFileSync(join(ROOT, 'test/data/sarif-schema-2.1.0.json'), 'utf8')) as object;
    const validate = new Ajv4({ allErrors: true, strict: false, validateFormats: false }).compile(schema);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    let checked = 0;
    for (const result of log.runs[0]!.results) {
      const file = decodeURIComponent(result.locations[0]!.physicalLocation.artifactLocation.uri);
      const { text } = parts(join(dir, file));
      const lines = new LineIndex(text);
      for (const fix of result.fixes ?? []) {
        const { deletedRegion: region, insertedContent } = fix.artifactChanges[0]!.replacements[0]!;
        const start = lines.offset(region.startLine!, region.startColumn!);
        const end = lines.offset(region.endLine!, region.endColumn!);
        const json = results
          .get(file)!
          .messages.flatMap((message) => [...(message.fix ? [message.fix] : []), ...(message.suggestions ?? []).map((suggestion) => suggestion.fix)]);
        expect(json).toContainEqual({ range: [start, end], text: insertedContent.text });
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(10);
  });
});

/** Every file a fix could be tried on: fixtures (the strategy fixtures with them), the test corpus and the shared test data. */
const CORPORA = [join(ROOT, 'fixtures'), join(ROOT, 'test/corpus'), join(ROOT, 'test/data'), join(ROOT, '../shared/testdata')].filter((path) =>
  existsSync(path),
);

describe('every fix and suggestion on every fixture and test file', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('fix-all');
  });
  afterAll(() => removeDir(dir));

  it('each applied alone: the fixed finding is gone and no parse error appears; a suggested section is read back as its field', () => {
    const source = join(dir, 'source');
    for (const [index, corpus] of CORPORA.entries()) cpSync(corpus, join(source, String(index)), { recursive: true });
    writeTree(join(source, 'crafted'), CRAFTED);
    const before = lintJson(['.'], source);
    const variants: { file: string; kind: 'fix' | 'suggestion'; message: Message; heading?: string }[] = [];
    const tree: Record<string, string> = {};
    const seen = new Set<string>();
    for (const result of before) {
      const file = relative(source, result.filePath);
      const { bom, text } = parts(result.filePath);
      // The CommonMark examples are 650 small files that lack every section: a sample of their suggestions suffices.
      const sampled = !file.includes('commonmark-spec') || file.endsWith('0.md');
      for (const message of result.messages) {
        const changes = [
          ...(message.fix ? [{ kind: 'fix' as const, fix: message.fix }] : []),
          ...(sampled ? (message.suggestions ?? []) : []).map((suggestion) => ({
            kind: 'suggestion' as const,
            fix: suggestion.fix,
            heading: String(suggestion.data?.heading),
          })),
        ];
        for (const change of changes) {
          const key = `${file}\0${change.fix.range}\0${change.fix.text}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const variant = join(String(variants.length), file);
          tree[variant] = bom + applyFixes(text, [change.fix]).output;
          variants.push({ file: variant, kind: change.kind, message, ...('heading' in change ? { heading: change.heading } : {}) });
        }
      }
    }
    expect(variants.filter((variant) => variant.kind === 'fix').length).toBeGreaterThanOrEqual(15);
    expect(variants.filter((variant) => variant.kind === 'suggestion').length).toBeGreaterThanOrEqual(50);
    const fixedDir = join(dir, 'fixed');
    writeTree(fixedDir, tree);
    const after = new Map(lintJson(['.'], fixedDir).map((result) => [relative(fixedDir, result.filePath), result]));
    const beforeByFile = new Map(before.map((result) => [relative(source, result.filePath), result]));
    const problems: string[] = [];
    for (const variant of variants) {
      const original = beforeByFile.get(variant.file.slice(variant.file.indexOf('/') + 1))!;
      const relinted = after.get(variant.file)!;
      const parseErrors = (result: Result) => result.messages.filter((message) => message.ruleId === 'parse').length;
      if (parseErrors(relinted) > parseErrors(original)) problems.push(`${variant.file}: a parse error after the ${variant.kind}`);
      const { ruleId, messageId, line, column } = variant.message;
      const same = relinted.messages.filter(
        (message) => message.ruleId === ruleId && message.messageId === messageId && message.line === line && message.column === column,
      );
      if (variant.kind === 'fix' && same.length) problems.push(`${variant.file}: ${ruleId}/${messageId} at ${line}:${column} is still there after its fix`);
      // Read back as the field: nothing suggests that section any more.
      if (variant.kind === 'suggestion' && same.some((message) => message.suggestions?.some((suggestion) => suggestion.data?.heading === variant.heading)))
        problems.push(`${variant.file}: the section "${variant.heading}" is still missing after it was added`);
    }
    expect(problems).toEqual([]);
  }, 300_000);
});

/** Files under a folder, relative to it. */
function filesUnder(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(root, path) : [relative(root, path)];
  });
}

describe('--fix and --fix-dry-run on the bundled fixtures', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('fix-run');
  });
  afterAll(() => removeDir(dir));

  it('--fix removes the fixable findings and changes nothing outside the fix ranges; the rest of the findings stay', () => {
    const tree = join(dir, 'fix');
    cpSync(join(ROOT, 'fixtures'), tree, { recursive: true });
    writeTree(join(tree, 'crafted'), CRAFTED);
    const texts = new Map(filesUnder(tree).map((file) => [file, readFileSync(join(tree, file), 'utf8')]));
    const before = lintJson(['.'], tree);
    const fixable = before.filter((result) => result.fixableErrorCount + result.fixableWarningCount > 0);
    expect(fixable.length).toBeGreaterThanOrEqual(10);
    const run = runBuilt(['lint', '.', '--fix', '--format', 'json', '--no-ignore'], { cwd: tree });
    expect(run.stderr).toBe('');
    const after = new Map((JSON.parse(run.stdout) as Result[]).map((result) => [relative(tree, result.filePath), result]));
    for (const [file, text] of texts) {
      const result = before.find((candidate) => relative(tree, candidate.filePath) === file);
      const fixes = result?.messages.flatMap((message) => (message.fix ? [message.fix] : [])) ?? [];
      const now = readFileSync(join(tree, file), 'utf8');
      const bom = text.startsWith(BOM) ? BOM : '';
      // No two fixes of one file overlap here, so one pass applies them all: byte for byte what the ranges say, nothing else.
      expect(now, file).toBe(bom + applyFixes(text.slice(bom.length), fixes).output);
      const fixed = after.get(file);
      if (!fixed) continue;
      expect(fixed.fixableErrorCount + fixed.fixableWarningCount, file).toBe(0);
      const key = (message: Message) => `${message.ruleId}/${message.messageId}@${message.line}`;
      // No finding appears that was not there before (one fix can settle others: "ejerr" → "ejer" names the owner),
      // except about what a fixed line now says (a key spelt right is read, and its value checked).
      const remaining = result!.messages.filter((message) => !message.fix).map(key);
      const fixedLines = new Set(result!.messages.filter((message) => message.fix).map((message) => message.line));
      for (const message of fixed.messages.filter((candidate) => !fixedLines.has(candidate.line))) {
        const at = remaining.indexOf(key(message));
        expect(at, `${file}: ${key(message)} is new after --fix`).toBeGreaterThanOrEqual(0);
        remaining.splice(at, 1);
      }
      if (fixes.length) expect(fixed.output, file).toBe(now);
    }
    // Linted again, the fixed files have nothing left to fix.
    expect(lintJson(['.'], tree).filter((result) => result.fixableErrorCount + result.fixableWarningCount > 0)).toEqual([]);
  }, 120_000);

  it('--fix-dry-run prints a unified diff, then the report of what would remain, and writes nothing', () => {
    const tree = join(dir, 'dry');
    writeTree(tree, CRAFTED);
    const texts = new Map(filesUnder(tree).map((file) => [file, readFileSync(join(tree, file), 'utf8')]));
    const run = runBuilt(['lint', '.', '--fix-dry-run', '--format', 'stylish', '--no-ignore'], { cwd: tree });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      ['--- a/en/decimal-comma.yaml', '+++ b/en/decimal-comma.yaml', '@@ -1,4 +1,4 @@', ' title: Uptime', ' followUp:', '   metrics:'].join('\n'),
    );
    expect(run.stdout).toContain(
      ['-    - { name: Uptime, target: 99,5 %, deadline: 2026-12-31 }', '+    - { name: Uptime, target: "99,5 %", deadline: 2026-12-31 }'].join('\n'),
    );
    expect(run.stdout).toContain('-ejerr: Jens Hansen\n-fællesoffentlig-losnig:\n+ejer: Jens Hansen\n+fællesoffentlig-løsning:\n');
    expect(run.stdout).toContain('-| Summa | 90 000 kr | |\n+| Summa | 100 000 kr | |\n');
    // The report after the diff no longer lists what the fixes remove.
    const report = run.stdout.slice(run.stdout.lastIndexOf('@@'));
    expect(report).not.toMatch(/"ownr" is not a proposal field/);
    for (const [file, text] of texts) expect(readFileSync(join(tree, file), 'utf8'), file).toBe(text);
  });

  it('--fix and --fix-dry-run together are a usage error', () => {
    const run = runBuilt(['lint', '.', '--fix', '--fix-dry-run'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^itstrat: --fix writes the fixes and --fix-dry-run only shows them/);
  });

  it('--fix-dry-run on --stdin shows the fixes of the text read', () => {
    const run = runBuilt(['lint', '--stdin', '--stdin-filename', 'p.yaml', '--fix-dry-run', '--format', 'json', '-o', join(dir, 'stdin.json')], {
      cwd: dir,
      input: CRAFTED['en/near-miss.yaml'],
    });
    expect(run.stdout).toContain('-ownr: Helen Carter\n+owner: Helen Carter\n');
  });
});
