// `npm run bench` (issue 9): whole processes, paired in one run and repeated, on generated corpora
// of SPEC-conformant proposals (bench/generate.js), every rule on (bench/all.itstratrc.yaml):
//   - itstrat --format json against the naive parse floor (bench/parse-only.js), per corpus size;
//   - --concurrency auto and 2 against 1;
//   - a warm --cache run against a cold one;
//   - one YAML and one Markdown proposal naming a strategy against `node -e 0`;
//   - a 5 MiB proposal, refused at the default limit and linted with the limit raised.
// Each process runs under `nice -n 10` and GNU time (wall, user, system, peak RSS); the load
// average is kept with each row, because the machine is shared. Ratios are taken within a pair
// (the two runs back to back), and the median and min–max of the pairs are reported.
// Rows go to bench/results/<date>-<commit>.csv. BENCH_SIZES (default 1000,10000) and BENCH_RUNS
// (pairs, default 3) change the work; BENCH_CALLGRIND=1 adds instruction counts of the
// one-file runs (valgrind --tool=callgrind), which the load does not disturb.
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, hostname, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus, proposal } from './generate.js';
import { writeWordBench } from './docx.js';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
// A copy of the build, so that a rebuild of the working tree during a long bench changes nothing under it.
const build = mkdtempSync(join(tmpdir(), 'itstrat-bench-build-'));
for (const entry of ['bin', 'dist', 'data', 'schemas', 'package.json'])
  if (existsSync(join(root, entry))) cpSync(join(root, entry), join(build, entry), { recursive: true });
symlinkSync(join(root, 'node_modules'), join(build, 'node_modules'), 'dir');
process.on('exit', () => rmSync(build, { recursive: true, force: true }));
const bin = join(build, 'bin', 'itstrat.js');
const corpora = join(root, 'bench', 'corpus');
const runs = Number(process.env.BENCH_RUNS ?? 3);
/** "1000,10000", or "1000:3,10000:1" for fewer pairs on the large corpus. */
const sizes = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map((entry) => {
  const [files, pairs] = entry.split(':').map(Number);
  return { files, pairs: pairs || runs };
});
const all = ['--config', join(root, 'bench', 'all.itstratrc.yaml')];
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8' }).trim() ? '+dirty' : '';
const machine = `${hostname()} ${cpus().length}×${cpus()[0]?.model.trim()} node ${process.version}`;
const rows = [];
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
const stamp = new Date()
  .toISOString()
  .replace(/:\d\d\.\d+Z$/, 'Z')
  .replace(':', '');
const csv = join(root, 'bench', 'results', `${stamp}-${commit}${dirty}.csv`);
const quote = (value) => (typeof value === 'string' ? `"${value.replaceAll('"', '""')}"` : Number.isFinite(value) ? String(Math.round(value * 100) / 100) : '');
writeFileSync(csv, 'commit,machine,label,wall_ms,user_ms,sys_ms,peak_rss_mib,load1,instructions\n');
/** Each row is written as it is measured, so a run cut short keeps what it measured. */
function keep(row) {
  rows.push(row);
  appendFileSync(
    csv,
    `${[commit + dirty, machine, row.label, row.wall, row.user, row.system, row.rssMiB, row.load, row.instructions ?? Number.NaN].map(quote).join(',')}\n`,
  );
}

/** One whole process: wall, user and system milliseconds, peak RSS in MiB, and the load before it. */
function run(label, args, options = {}) {
  const load = loadavg()[0];
  const command = gnuTime ? ['nice', ['-n', '10', gnuTime, '-f', '%e %U %S %M', process.execPath, ...args]] : [process.execPath, args];
  const start = process.hrtime.bigint();
  const child = spawnSync(command[0], command[1], { cwd: options.cwd ?? root, encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const code = gnuTime ? Number(/Command exited with non-zero status (\d+)/.exec(child.stderr)?.[1] ?? 0) : child.status;
  if (code !== 0 && code !== 1) throw new Error(`${label}: exit ${code}: ${child.stderr.slice(0, 500)}`);
  const [, user, system, rss] = gnuTime ? child.stderr.trim().split('\n').at(-1).split(' ').map(Number) : [0, Number.NaN, Number.NaN, Number.NaN];
  const row = { label, wall, user: user * 1000, system: system * 1000, rssMiB: rss / 1024, load, stdout: child.stdout };
  keep(row);
  return row;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const summary = [];
/** Pairs `runs` times (alternating which goes first); the ratio b/a of wall and of CPU time. */
function paired(what, a, b, count = runs) {
  const pairs = [];
  for (let index = 0; index < count; index++) {
    const [first, second] = index % 2 ? [b, a] : [a, b];
    const one = run(first.label, first.args, first);
    const two = run(second.label, second.args, second);
    const [ra, rb] = index % 2 ? [two, one] : [one, two];
    pairs.push({ ra, rb, wall: rb.wall / ra.wall, cpu: (rb.user + rb.system) / (ra.user + ra.system) });
  }
  const line = {
    what,
    a: a.label,
    b: b.label,
    wallA: median(pairs.map((pair) => pair.ra.wall)),
    wallB: median(pairs.map((pair) => pair.rb.wall)),
    ratio: median(pairs.map((pair) => pair.wall)),
    min: Math.min(...pairs.map((pair) => pair.wall)),
    max: Math.max(...pairs.map((pair) => pair.wall)),
    cpuRatio: median(pairs.map((pair) => pair.cpu)),
    rssA: Math.max(...pairs.map((pair) => pair.ra.rssMiB)),
    rssB: Math.max(...pairs.map((pair) => pair.rb.rssMiB)),
    load: median(pairs.flatMap((pair) => [pair.ra.load, pair.rb.load])),
  };
  summary.push(line);
  console.log(
    `${what.padEnd(44)} ${line.b} / ${line.a}: wall ${line.ratio.toFixed(2)} (${line.min.toFixed(2)}–${line.max.toFixed(2)}), cpu ${line.cpuRatio.toFixed(2)}; ` +
      `${line.wallB.toFixed(0)} ms vs ${line.wallA.toFixed(0)} ms; peak RSS ${line.rssB.toFixed(0)} vs ${line.rssA.toFixed(0)} MiB; load ${line.load.toFixed(1)}`,
  );
  return line;
}

const lint = (label, dir, extra = []) => ({ label, args: [bin, 'lint', '.', '--format', 'json', '--no-ignore', ...all, ...extra], cwd: dir });

mkdirSync(corpora, { recursive: true });
console.log(
  `itstrat ${commit}${dirty} on ${machine}; ${runs} pairs per line; load ${loadavg()
    .map((value) => value.toFixed(1))
    .join(' ')}\n`,
);

// One proposal naming its strategy, whole process, against node -e 0 (the pre-commit case).
const one = join(corpora, 'one');
rmSync(one, { recursive: true, force: true });
mkdirSync(one, { recursive: true });
for (const index of [2, 5]) writeFileSync(join(one, proposal(index).name), proposal(index).text);
const [yamlFile, mdFile] = readdirSync(one).sort((a, b) => (a.endsWith('.yaml') ? -1 : b.endsWith('.yaml') ? 1 : 0));
const nodeFloor = { label: 'node -e 0', args: ['-e', '0'] };
const single = (file) => ({ label: `lint ${file}`, args: [bin, 'lint', join(one, file), '--format', 'json', '--no-ignore'] });
// Start-up is short: more pairs for a steady median.
for (const file of [yamlFile, mdFile])
  paired(`one proposal (${file.endsWith('.md') ? 'Markdown' : 'YAML'}, strategy named)`, nodeFloor, single(file), Math.max(runs, 8));
if (process.env.BENCH_CALLGRIND) {
  for (const [label, args] of [['node -e 0', ['-e', '0']], ...[yamlFile, mdFile].map((file) => [`lint ${file}`, single(file).args])]) {
    const out = join(tmpdir(), `itstrat-callgrind-${process.pid}`);
    const child = spawnSync('nice', ['-n', '10', 'valgrind', '--tool=callgrind', `--callgrind-out-file=${out}`, process.execPath, ...args], {
      encoding: 'utf8',
    });
    const refs = /Collected : (\d+)/.exec(child.stderr)?.[1];
    rmSync(out, { force: true });
    console.log(`callgrind ${label.padEnd(30)} ${refs ? (Number(refs) / 1e6).toFixed(0) : '?'} M instructions`);
    keep({
      label: `callgrind ${label}`,
      wall: Number.NaN,
      user: Number.NaN,
      system: Number.NaN,
      rssMiB: Number.NaN,
      load: loadavg()[0],
      instructions: Number(refs),
    });
  }
}

for (const { files: size, pairs: count } of sizes) {
  const dir = join(corpora, String(size));
  if (!existsSync(dir) || readdirSync(dir).length !== size) generateCorpus(dir, size);
  const bytes = readdirSync(dir).reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);
  console.log(`\ncorpus ${size} proposals, ${(bytes / 1024 / 1024).toFixed(1)} MiB (${(bytes / size / 1024).toFixed(1)} KiB each)`);
  const floor = { label: 'parse floor', args: [join(root, 'bench', 'parse-only.js'), dir] };
  paired(`${size} files: itstrat / naive parse floor`, floor, lint('itstrat', dir), count);
  paired(`${size} files: --concurrency auto / 1`, lint('itstrat -j1', dir), lint('itstrat -jauto', dir, ['--concurrency', 'auto']), count);
  paired(`${size} files: --concurrency 2 / 1`, lint('itstrat -j1', dir), lint('itstrat -j2', dir, ['--concurrency', '2']), count);
  const cacheFile = join(tmpdir(), `itstrat-bench-cache-${process.pid}`);
  const cold = { ...lint('cold --cache', dir, ['--cache', '--cache-location', cacheFile]) };
  const warm = { ...lint('warm --cache', dir, ['--cache', '--cache-location', cacheFile]) };
  const pairs = [];
  for (let index = 0; index < count; index++) {
    rmSync(cacheFile, { force: true });
    const a = run(cold.label, cold.args, cold);
    const b = run(warm.label, warm.args, warm);
    if (a.stdout !== b.stdout) throw new Error('the warm --cache run printed another report than the cold run');
    pairs.push(b.wall / a.wall);
  }
  rmSync(cacheFile, { force: true });
  const line = { what: `${size} files: warm --cache / cold`, ratio: median(pairs), min: Math.min(...pairs), max: Math.max(...pairs) };
  summary.push(line);
  console.log(`${line.what.padEnd(44)} wall ${line.ratio.toFixed(3)} (${line.min.toFixed(3)}–${line.max.toFixed(3)})`);
}

// A 5 MiB Norwegian Markdown proposal: a clean one with its description repeated.
const big = join(corpora, 'big');
rmSync(big, { recursive: true, force: true });
mkdirSync(big, { recursive: true });
const base = proposal(3).text;
const paragraph =
  'Kommunen innfører en felles plattform for velferdsteknologi, slik at tjenestene kan følges opp digitalt og innbyggerne får bedre tjenester. ';
const filler = paragraph.repeat(Math.ceil((5 * 1024 * 1024 - base.length) / paragraph.length / 40));
writeFileSync(join(big, 'big.md'), `${base}\n## Vedlegg\n\n${Array.from({ length: 40 }, () => filler).join('\n\n')}\n`);
const bigSize = statSync(join(big, 'big.md')).size;
for (const [label, extra] of [
  ['5 MiB proposal, default limit', []],
  ['5 MiB proposal, --max-bytes 8MiB', ['--max-bytes', '8MiB']],
]) {
  const samples = Array.from({ length: Math.min(runs, 3) }, () =>
    run(label, [bin, 'lint', join(big, 'big.md'), '--format', 'json', '--no-ignore', ...all, ...extra]),
  );
  const last = samples.at(-1);
  const messages = JSON.parse(last.stdout)[0].messages;
  const line = {
    what: `${label} (${(bigSize / 1024 / 1024).toFixed(2)} MiB)`,
    wall: median(samples.map((sample) => sample.wall)),
    rss: Math.max(...samples.map((sample) => sample.rssMiB)),
    findings: messages.length,
    first: messages[0] ? `${messages[0].ruleId} ${messages[0].line}:${messages[0].column}` : '',
  };
  summary.push(line);
  console.log(`${line.what.padEnd(44)} ${line.wall.toFixed(0)} ms, peak RSS ${line.rss.toFixed(0)} MiB, ${line.findings} findings (first: ${line.first})`);
}

// Word: a 60-page proposal (about 400 paragraphs and 10 tables) as .docx against the same text as
// Markdown — issue 15 asks for at most 2×.
const word = await writeWordBench(join(root, 'bench'));
paired(
  'Word / Markdown, 60-page proposal',
  { label: 'lint the Markdown twin', args: [bin, 'lint', word.markdown, '--format', 'json', '--no-ignore'] },
  { label: 'lint the Word file', args: [bin, 'lint', word.word, '--format', 'json', '--no-ignore'] },
);

writeFileSync(csv.replace(/\.csv$/, '.summary.json'), `${JSON.stringify({ commit: commit + dirty, machine, runs, summary }, null, 1)}\n`);
console.log(`\nrows: ${csv}`);
