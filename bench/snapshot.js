// The outputs of the built CLI on every fixture and on the bench corpus, kept as hashes in
// bench/snapshot.json so that a change meant only to make itstrat faster can be shown to change
// no byte of any report (test/e2e/output-snapshot.test.ts compares).
//
//   node bench/snapshot.js            record (after `npm run build`): `npm run snapshot` does both
//   node bench/snapshot.js --check    compare, listing the files whose results differ
//
// Other work merged into main legitimately changes outputs: re-record with `npm run snapshot`
// on the merged tree and commit bench/snapshot.json with the change that explains it.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './generate.js';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const bin = join(root, 'bin', 'itstrat.js');
const snapshotFile = join(root, 'bench', 'snapshot.json');
/** Files of the bench corpus the snapshot covers (the templates repeat every 48 files). */
export const SNAPSHOT_CORPUS = 1000;

/** The runs compared: name → arguments (paths relative to the placeholders below). */
function runs(corpus) {
  const all = ['--config', join(root, 'bench', 'all.itstratrc.yaml')];
  return {
    'fixtures json (their own config)': { cwd: join(root, 'fixtures'), args: ['lint', '.', '--format', 'json', '--no-ignore'] },
    'fixtures stylish (their own config)': { cwd: join(root, 'fixtures'), args: ['lint', '.', '--format', 'stylish', '--no-ignore', '--no-color'] },
    'fixtures json, all preset': { cwd: join(root, 'fixtures'), args: ['lint', '.', '--format', 'json', '--no-ignore', ...all] },
    'fixtures sarif, all preset': { cwd: join(root, 'fixtures'), args: ['lint', '.', '--format', 'sarif', '--no-ignore', ...all] },
    'bench corpus json, all preset': { cwd: corpus, args: ['lint', '.', '--format', 'json', '--no-ignore', ...all] },
    'bench corpus json, all preset, 2 threads': { cwd: corpus, args: ['lint', '.', '--format', 'json', '--no-ignore', '--concurrency', '2', ...all] },
  };
}

const sha = (text) => createHash('sha256').update(text).digest('hex');

/** Per-file hashes of a JSON report, so a difference names its files. */
function perFile(stdout, strip) {
  try {
    return Object.fromEntries(JSON.parse(stdout).map((entry) => [strip(entry.filePath), sha(JSON.stringify(entry))]));
  } catch {
    return undefined;
  }
}

/** Every run's exit code and output hash (absolute paths replaced, so any checkout compares). */
export function takeSnapshot() {
  const corpus = mkdtempSync(join(tmpdir(), 'itstrat-snapshot-'));
  try {
    generateCorpus(corpus, SNAPSHOT_CORPUS);
    const result = {};
    for (const [name, { cwd, args }] of Object.entries(runs(corpus))) {
      const run = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: '1' } });
      const strip = (text) => text.split(corpus).join('<corpus>').split(root).join('<root>');
      const stdout = strip(run.stdout);
      const files = args.includes('json') ? perFile(stdout, strip) : undefined;
      result[name] = { code: run.status, stderr: strip(run.stderr), sha256: sha(stdout), ...(files ? { files } : {}) };
    }
    return result;
  } finally {
    rmSync(corpus, { recursive: true, force: true });
  }
}

export function readSnapshot() {
  return JSON.parse(readFileSync(snapshotFile, 'utf8'));
}

/** What differs between two snapshots, one line each; empty when identical. */
export function differences(expected, actual) {
  const lines = [];
  for (const name of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
    const [was, now] = [expected[name], actual[name]];
    if (!was || !now) {
      lines.push(`${name}: ${was ? 'no longer run' : 'not in the snapshot'}`);
      continue;
    }
    if (was.code !== now.code) lines.push(`${name}: exit ${now.code}, was ${was.code}`);
    if (was.stderr !== now.stderr) lines.push(`${name}: stderr ${JSON.stringify(now.stderr)}, was ${JSON.stringify(was.stderr)}`);
    if (was.sha256 === now.sha256) continue;
    const changed = Object.keys({ ...was.files, ...now.files }).filter((file) => was.files?.[file] !== now.files?.[file]);
    lines.push(`${name}: output differs${changed.length ? ` in ${changed.length} files: ${changed.slice(0, 10).join(', ')}` : ''}`);
  }
  return lines;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const snapshot = takeSnapshot();
  if (process.argv.includes('--check')) {
    const lines = differences(readSnapshot(), snapshot);
    for (const line of lines) console.log(line);
    console.log(lines.length ? 'outputs differ from bench/snapshot.json' : 'outputs identical to bench/snapshot.json');
    process.exitCode = lines.length ? 1 : 0;
  } else {
    writeFileSync(snapshotFile, `${JSON.stringify(snapshot, null, 1)}\n`);
    console.log(`recorded ${Object.keys(snapshot).length} runs in bench/snapshot.json`);
  }
}
