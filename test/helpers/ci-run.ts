/**
 * End-to-end helpers for the CI-facing tests: run the built CLI (bin/itstrat.js → dist/) as a
 * child process, and build throw-away proposal trees.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = join(ROOT, 'bin', 'itstrat.js');

let snapshot: string | undefined;

/**
 * A copy of the built CLI (bin, dist, data, schemas, rule docs, package.json; dependencies
 * linked), for tests that compare several runs: a rebuild of the working tree in between
 * cannot change the CLI under them. One copy per build, shared by the test processes; copies
 * of older builds are removed after a day.
 */
export function builtCli(): string {
  if (snapshot) return snapshot;
  if (!existsSync(join(ROOT, 'dist', 'bundle', 'cli.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  const entries = ['bin', 'dist', 'data', 'schemas', 'rules', 'package.json'];
  const stamp = createHash('sha256');
  const walk = (path: string): void => {
    const stat = statSync(path);
    if (stat.isDirectory()) for (const name of readdirSync(path).sort()) walk(join(path, name));
    else stamp.update(`${path}:${stat.size}:${stat.mtimeMs}\n`);
  };
  for (const entry of entries) if (existsSync(join(ROOT, entry))) walk(join(ROOT, entry));
  const target = join(tmpdir(), `itstrat-built-${stamp.digest('hex').slice(0, 16)}`);
  if (!existsSync(join(target, 'bin', 'itstrat.js'))) {
    const staging = mkdtempSync(join(tmpdir(), 'itstrat-staging-'));
    for (const entry of entries) {
      if (!existsSync(join(ROOT, entry))) continue;
      cpSync(join(ROOT, entry), join(staging, entry), {
        recursive: true,
        filter: (source) => !(source.startsWith(join(ROOT, 'rules')) && /\.ts$/.test(source)),
      });
    }
    symlinkSync(join(ROOT, 'node_modules'), join(staging, 'node_modules'), 'dir');
    try {
      renameSync(staging, target);
    } catch {
      rmSync(staging, { recursive: true, force: true }); // Another test process made it first.
    }
    for (const name of readdirSync(tmpdir())) {
      const path = join(tmpdir(), name);
      if (!name.startsWith('itstrat-built-') || path === target) continue;
      try {
        if (Date.now() - statSync(path).mtimeMs > 86_400_000) rmSync(path, { recursive: true, force: true });
      } catch {
        // Gone already.
      }
    }
  }
  snapshot = join(target, 'bin', 'itstrat.js');
  return snapshot;
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** Wall time of the child process, in milliseconds. */
  ms: number;
}

/** Run the built CLI; `cli: builtCli()` runs a copy that a rebuild meanwhile cannot change. */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string | undefined>; input?: string; cli?: string } = {}): CliRun {
  const started = performance.now();
  const child = spawnSync(process.execPath, [options.cli ?? BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...options.env },
    encoding: 'utf8',
    input: options.input,
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  if (child.error) throw child.error;
  return { code: child.status ?? -1, stdout: child.stdout, stderr: child.stderr, ms };
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `itstrat-${prefix}-`));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export function writeTree(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
}

/** Config that enables only the always-stable `schema` rule, so tests do not depend on the catalogue. */
export const SCHEMA_ONLY_CONFIG = 'rules:\n  schema: error\n';

/**
 * A small proposal; `bad` adds a key that is not a proposal field (a `schema` warning), or with
 * 'error' a value outside its list (a `schema` error).
 */
export function proposalYaml(title: string, bad: boolean | 'error' = false): string {
  return [
    `title: ${JSON.stringify(title)}`,
    'owner:',
    '  name: Mette Jensen',
    '  role: Head of Digitalisation',
    'description: >',
    `  ${title}: a proposal generated for a test.`,
    ...(bad === 'error' ? ['category: budgett'] : bad ? ['budgett: 100000'] : []),
    '',
  ].join('\n');
}

const NAMES = ['Mette Jensen', 'Lars Holm', 'Helen Carter', 'Ingrid Solheim', 'Anna Lindqvist', 'Per Olav Lien'];
const THINGS = ['school sensors', 'case management', 'booking system', 'citizen portal', 'archive migration', 'fleet tracking'];

/**
 * A realistic proposal for scale tests: YAML for even `index`, Markdown with front matter,
 * sections and GFM tables for odd. Every seventh has an unknown key (a schema warning).
 */
export function generatedProposal(index: number): { name: string; text: string } {
  const owner = NAMES[index % NAMES.length]!;
  const thing = THINGS[index % THINGS.length]!;
  const amount = 100_000 + (index % 97) * 1_000;
  const bad = index % 7 === 0;
  if (index % 2 === 0) {
    return {
      name: `p${String(index).padStart(5, '0')}.yaml`,
      text: [
        `id: GEN-${index}`,
        `title: "${thing} ${index}"`,
        'language: en',
        'owner:',
        `  name: ${owner}`,
        '  role: Head of Digitalisation',
        '  body: Digitalisation Directorate',
        'description: >',
        `  The municipality replaces its ${thing} (number ${index}) so that staff enter data once`,
        '  and citizens can follow their case online.',
        'strategyAlignment: Reuses the national login and the document archive already in place.',
        'crossCuttingConsequences: Customer service answers fewer phone calls.',
        'sharedSolution:',
        '  status: used',
        '  solutions: [MitID, Digital Post]',
        'businessCase:',
        '  currency: DKK',
        '  financing: Digitalisation fund 2026',
        '  costs:',
        `    - { item: Licences, amount: ${amount}, year: 2026, kind: investment }`,
        `    - { item: Operation, amount: ${Math.round(amount / 4)}, year: 2027, kind: operating }`,
        '  benefits:',
        `    - { item: Staff time saved, amount: ${amount * 2}, year: 2027, kind: financial }`,
        '    - { item: Faster answers to citizens, kind: qualitative }',
        'followUp:',
        '  metrics:',
        ...['external-benefit', 'internal-benefit', 'it-maturity', 'it-cost', 'it-quality'].flatMap((perspective, i) => [
          `    - perspective: ${perspective}`,
          `      name: Measure ${i + 1} of proposal ${index}`,
          '      method: objective',
          `      baseline: ${10 + i} %`,
          `      target: ${50 + i} %`,
          '      deadline: 2027-12-31',
        ]),
        ...(bad ? ['budgett: 5'] : []),
        '',
      ].join('\n'),
    };
  }
  return {
    name: `p${String(index).padStart(5, '0')}.md`,
    text: [
      '---',
      `id: GEN-${index}`,
      `titel: Digital ${thing} ${index}`,
      ...(bad ? ['budgett: 5'] : []),
      '---',
      '',
      `# Digital ${thing} ${index}`,
      '',
      '## Projektejer',
      '',
      `Navn: ${owner}`,
      'Rolle: Direktør for Børn og Familie',
      '',
      '## Beskrivelse',
      '',
      `Forældre skriver i dag på en blanket (nr. ${index}), som medarbejderne taster ind. Projektet`,
      'indfører en digital løsning, hvor borgeren logger ind med MitID.',
      '',
      '## Fællesoffentlig løsning',
      '',
      'Status: Anvendes',
      'Løsninger: MitID, Digital Post',
      '',
      '## Økonomi',
      '',
      'Valuta: DKK',
      'Finansiering: Digitaliseringspuljen 2026',
      '',
      '### Omkostninger',
      '',
      '| Post | Art | 2026 | 2027 |',
      '|---|---|---|---|',
      `| Konfiguration | Investering | ${amount} kr. | |`,
      `| Licens og drift | Drift | | ${Math.round(amount / 4)} kr. |`,
      '',
      '### Gevinster',
      '',
      '| Gevinst | Art | 2027 |',
      '|---|---|---|',
      `| Sparet tid | Økonomisk | ${amount * 2} kr. |`,
      '',
      '## Opfølgning',
      '',
      '| Perspektiv | Måltal | Metode | Baseline | Mål |',
      '|---|---|---|---|---|',
      '| Ekstern nytte | Andel digitale ansøgninger | Objektiv | 0 % | 90 % |',
      '| Intern nytte | Timer brugt på indtastning | Objektiv | 900 | 100 |',
      '| It-modenhed | Andel medarbejdere der bruger systemet | Subjektiv | 0 % | 95 % |',
      '| It-omkostninger | Driftsudgift pr. år | Objektiv | 80.000 kr. | 60.000 kr. |',
      '| It-kvalitet | Oppetid | Objektiv | 99 % | 99,5 % |',
      '',
    ].join('\n'),
  };
}

/** `runCli` on the copy of the build (see `builtCli`): for tests that compare several runs. */
export function runBuilt(args: string[], options: Parameters<typeof runCli>[1] = {}): CliRun {
  return runCli(args, { ...options, cli: builtCli() });
}
