// Scores the linter against a blind corpus (default test/realism/blind-1; its README says how it
// was written and what manifest.json holds). Lints every file with the built CLI
// (`--format json`), each under the strategy the proposal is written against (the manifest's
// `strategy`, which is the proposal's own `strategy:` where it states one), and prints:
//   - compliant files: how many got at least one error-severity finding (a false error);
//   - defective files: each planted defect is *found* when a finding cites its clause (or a
//     clause of the same family: ESB-8 ↔ ESB-8e, NFY-6 ↔ NFY-6c, OSK-6/7 ↔ OSK-6 or OSK-7), or
//     comes from a rule whose clauses cover it, at the right line (defect line − 2 … endLine + 2;
//     anywhere for a `kind: missing` defect that also accepts line 1); *elsewhere* when such a
//     finding exists at another line; *missed* otherwise;
//   - precision of errors on defective files: errors that point at a planted defect (clause and
//     line as above) over all errors there.
// Usage: npm run score [-- <corpus folder>] [--json] [--verbose]   (build first: npm run build)
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const bin = join(root, 'bin', 'itstrat.js');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const asJson = args.includes('--json');
const folder = resolve(root, args.find((a) => !a.startsWith('-')) ?? 'test/realism/blind-1');
const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));

function cli(argv) {
  const run = spawnSync(process.execPath, [bin, ...argv], { cwd: folder, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0 && run.status !== 1) throw new Error(`itstrat ${argv.join(' ')} exited ${run.status}: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

/** Which clauses each rule cites (for findings that carry no clause of their own). */
const ruleClauses = new Map(cli(['rules', '--format', 'json']).map((rule) => [rule.id, rule.clauses ?? []]));

/** ESB-8 and ESB-8e are one family; so are NFY-6 and NFY-6c; OSK-1 and OSK-16 are not. */
function sameFamily(a, b) {
  if (a === b) return true;
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  return longer.startsWith(shorter) && /^[a-z.]/.test(longer.slice(shorter.length));
}
/** "OSK-6/7" is OSK-6 and OSK-7, in the manifest and in a finding's clauses alike. */
const splitClause = (id) => id.split('/').map((part, i, parts) => (i === 0 ? part : parts[0].replace(/[^-]+$/, part)));
const clausesOf = (defect) => splitClause(defect.clause);
function cites(finding, defect) {
  const cited = (finding.clauses?.length ? finding.clauses : (ruleClauses.get(finding.ruleId) ?? [])).flatMap(splitClause);
  return clausesOf(defect).some((clause) => cited.some((c) => sameFamily(c, clause)));
}
function atLine(finding, defect) {
  if (defect.kind === 'missing' && defect.alsoAcceptLine === 1) return true;
  return finding.line >= defect.line - 2 && finding.line <= (defect.endLine ?? defect.line) + 2;
}

// One CLI run per strategy.
const byStrategy = new Map();
for (const [file, entry] of Object.entries(manifest)) byStrategy.set(entry.strategy, [...(byStrategy.get(entry.strategy) ?? []), file]);
const results = new Map();
for (const [strategy, files] of byStrategy) {
  for (const result of cli(['lint', '--format', 'json', '--no-ignore', '--strategy', strategy, ...files])) {
    results.set(result.filePath.slice(folder.length + 1), result);
  }
}

const rows = new Map();
const row = (key) => {
  if (!rows.has(key))
    rows.set(key, {
      files: 0,
      compliant: 0,
      compliantWithError: 0,
      compliantErrors: 0,
      defects: 0,
      found: 0,
      wrongSeverity: 0,
      elsewhere: 0,
      missed: 0,
      errors: 0,
      trueErrors: 0,
    });
  return rows.get(key);
};
const details = [];
for (const [file, entry] of Object.entries(manifest)) {
  const result = results.get(file);
  if (!result) throw new Error(`no result for ${file}`);
  const findings = result.messages;
  const errors = findings.filter((m) => m.severity === 2);
  for (const r of [row(`${entry.strategy}/${entry.language}`), row('total')]) {
    r.files++;
    if (entry.compliant) {
      r.compliant++;
      r.compliantErrors += errors.length;
      if (errors.length) r.compliantWithError++;
    }
  }
  if (entry.compliant) {
    for (const e of errors) details.push({ file, verdict: 'false-error', rule: e.ruleId, messageId: e.messageId, line: e.line, message: e.message });
    continue;
  }
  for (const defect of entry.defects) {
    const citing = findings.filter((f) => cites(f, defect));
    const here = citing.filter((f) => atLine(f, defect));
    const verdict = here.length ? 'found' : citing.length ? 'elsewhere' : 'missed';
    const wantSeverity = defect.severity === 'error' ? 2 : 1;
    for (const r of [row(`${entry.strategy}/${entry.language}`), row('total')]) {
      r.defects++;
      r[verdict]++;
      if (verdict === 'found' && !here.some((f) => f.severity === wantSeverity)) r.wrongSeverity++;
    }
    details.push({
      file,
      verdict,
      clause: defect.clause,
      line: defect.line,
      class: defect.class,
      hint: defect.rule_hint,
      by: here.map((f) => `${f.ruleId}/${f.messageId}@${f.line}`),
      near: verdict === 'elsewhere' ? citing.map((f) => `${f.ruleId}/${f.messageId}@${f.line}`) : undefined,
    });
  }
  for (const e of errors) {
    const trueError = entry.defects.some((d) => cites(e, d) && atLine(e, d));
    for (const r of [row(`${entry.strategy}/${entry.language}`), row('total')]) {
      r.errors++;
      if (trueError) r.trueErrors++;
    }
    if (!trueError) details.push({ file, verdict: 'unplanted-error', rule: e.ruleId, messageId: e.messageId, line: e.line, message: e.message });
  }
}

const total = rows.get('total');
const summary = `compliant with ≥1 error: ${total.compliantWithError}/${total.compliant}; defects found at the right place: ${total.found}/${total.defects}; found elsewhere: ${total.elsewhere}; missed: ${total.missed}; errors on defective files pointing at a planted defect: ${total.trueErrors}/${total.errors}`;
if (asJson) {
  console.log(JSON.stringify({ rows: Object.fromEntries(rows), details, summary }, null, 2));
} else {
  const head = ['strategy/lang', 'files', 'compl.', 'compl.w/err', 'errs(compl.)', 'defects', 'found', 'sev≠', 'elsewhere', 'missed', 'precision'];
  const lines = [head];
  for (const [key, r] of [...rows].sort(([a], [b]) => (a === 'total') - (b === 'total') || a.localeCompare(b))) {
    lines.push(
      [
        key,
        r.files,
        r.compliant,
        `${r.compliantWithError}/${r.compliant}`,
        r.compliantErrors,
        r.defects,
        r.found,
        r.wrongSeverity,
        r.elsewhere,
        r.missed,
        r.errors ? `${r.trueErrors}/${r.errors}` : '–',
      ].map(String),
    );
  }
  const widths = head.map((_, i) => Math.max(...lines.map((l) => l[i].length)));
  for (const l of lines) console.log(l.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '));
  if (verbose) {
    console.log('');
    for (const d of details) {
      if (d.verdict === 'found') continue;
      if (d.rule) console.log(`${d.verdict.padEnd(15)} ${d.file}:${d.line} ${d.rule}/${d.messageId} — ${d.message}`);
      else console.log(`${d.verdict.padEnd(15)} ${d.file}:${d.line} ${d.clause} [${d.class}, hint ${d.hint}]${d.near ? ` cited at ${d.near.join(', ')}` : ''}`);
    }
  }
  console.log('');
  console.log(summary);
  console.log('(sev≠: found at the right place, but no finding there has the planted severity)');
}
