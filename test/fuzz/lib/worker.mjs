// @ts-check
/**
 * The in-process side of the fuzzer: a small Node process (forked, IPC) that imports the lint
 * entry (`lintFile` with the resolver of `prepareRun`, from the build in dist/) and lints the
 * bytes it is sent, bypassing the CLI. It is a process of its own so that the parent can kill
 * a file that loops and bound its heap (--max-old-space-size): a worker thread's heap limit
 * does not survive every out-of-memory path in V8 (a Map that cannot grow kills the whole
 * process), and a plain await can stop neither.
 */
import { join } from 'node:path';

const { root, cwd } = JSON.parse(/** @type {string} */ (process.env.ITSTRAT_FUZZ_WORKER));
const { lintFile } = await import(join(root, 'dist/src/cli/lint-file.js'));
const { prepareRun } = await import(join(root, 'dist/src/cli/prepare-run.js'));
const { rules, resolver } = await prepareRun({ cwd, strategy: [], rule: [] });

/** @param {any} finding */
const slim = (finding) => ({
  ruleId: finding.ruleId,
  line: finding.line,
  column: finding.column,
  endLine: finding.endLine,
  endColumn: finding.endColumn,
  message: String(finding.message).slice(0, 200),
});

// Warm up: the first file pays for loading the rules and the parsers.
await lintFile({ filePath: join(cwd, 'warm.yaml'), bytes: new TextEncoder().encode('title: x\n') }, { rules, resolver });
await lintFile({ filePath: join(cwd, 'warm.md'), bytes: new TextEncoder().encode('# x\n\ntext\n') }, { rules, resolver });

const port = {
  postMessage: (/** @type {any} */ message) => /** @type {NonNullable<typeof process.send>} */ (process.send)(message),
};
process.on('message', async (/** @type {{ id: number; name: string; bytes: Uint8Array }} */ job) => {
  const filePath = join(cwd, job.name);
  const started = performance.now();
  try {
    const output = await lintFile({ filePath, bytes: job.bytes }, { rules, resolver });
    const ms = performance.now() - started;
    const { result } = output;
    port.postMessage({
      id: job.id,
      kind: 'ok',
      ms,
      rss: process.memoryUsage().rss,
      filePath: result.filePath,
      expectedPath: filePath,
      findings: [...result.findings, ...result.suppressed].map(slim),
      crash: output.crash ? { ruleId: output.crash.ruleId, message: String(output.crash.detail ?? output.crash.message).slice(0, 300) } : undefined,
    });
  } catch (error) {
    const err = /** @type {Error} */ (error);
    port.postMessage({
      id: job.id,
      kind: 'throw',
      ms: performance.now() - started,
      message: String(err?.message ?? err).slice(0, 500),
      stack: String(err?.stack ?? '').slice(0, 3000),
    });
  }
});
process.on('disconnect', () => process.exit(0));
port.postMessage({ kind: 'ready' });
