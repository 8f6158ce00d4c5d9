// Times whole `itstrat lint` runs against a parse-only floor in the same session and reports
// the ratio, plus start-up on one YAML and one Markdown proposal (median of several runs).
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { generateCorpus } from './generate.js';
import { writeWordBench } from './docx.js';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const corpus = join(root, 'bench', 'corpus');
const count = Number(process.env.BENCH_FILES ?? 1000);
const runs = Number(process.env.BENCH_RUNS ?? 5);
const bin = join(root, 'bin', 'itstrat.js');

function time(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function measure(label, args) {
  time(args); // warm the file cache
  const samples = Array.from({ length: runs }, () => time(args));
  console.log(`${label.padEnd(34)} median ${median(samples).toFixed(0).padStart(6)} ms  (runs: ${samples.map((ms) => ms.toFixed(0)).join(', ')})`);
  return median(samples);
}

mkdirSync(corpus, { recursive: true });
generateCorpus(corpus, count);
console.log(`corpus: ${count} proposals (half YAML, half Markdown) in bench/corpus`);
const nodeFloor = measure('node -e 0', ['-e', '0']);
const yamlStart = measure('lint one YAML proposal', [bin, 'lint', join(corpus, 'p00000.yaml'), '--format', 'json', '--no-ignore']);
const mdStart = measure('lint one Markdown proposal', [bin, 'lint', join(corpus, 'p00001.md'), '--format', 'json', '--no-ignore']);
const floor = measure('parse-only floor (whole corpus)', [join(root, 'bench', 'parse-only.js'), corpus]);
const whole = measure('itstrat lint (whole corpus)', [bin, 'lint', corpus, '--format', 'json', '--no-ignore']);
console.log(`\nstart-up over node -e 0: YAML +${(yamlStart - nodeFloor).toFixed(0)} ms, Markdown +${(mdStart - nodeFloor).toFixed(0)} ms`);
console.log(`whole run / parse-only floor: ${(whole / floor).toFixed(2)}×  (${(whole / count).toFixed(2)} ms per file)`);

// Word: a 60-page proposal as .docx against the same text as Markdown (issue 15: at most 2×).
const word = await writeWordBench(join(root, 'bench'));
const asMarkdown = measure('lint a 60-page Markdown proposal', [bin, 'lint', word.markdown, '--format', 'json', '--no-ignore']);
const asWord = measure('lint the same as a Word file', [bin, 'lint', word.word, '--format', 'json', '--no-ignore']);
console.log(`Word / Markdown: ${(asWord / asMarkdown).toFixed(2)}×`);
