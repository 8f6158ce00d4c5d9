#!/usr/bin/env node
// Whatever escapes (a bug, a missing build): one line on stderr and exit code 2, never a stack trace.
const lastResort = (error) => {
  const detail = String(error?.message || error).split('\n')[0];
  process.stderr.write(`itstrat: internal error: ${detail}\n`);
  process.exit(2);
};
process.on('uncaughtException', lastResort);
process.on('unhandledRejection', lastResort);

// A reader that stops early (`itstrat rules | head`) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const { main } = await import('../dist/bundle/cli.js');
const code = await main(process.argv.slice(2));
process.exitCode = code;
// Whatever a plugin left behind (a timer, an open handle) neither keeps the run alive nor fails
// it later: once the output is flushed, the process exits, on one thread as on several.
process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
