// Bundles the compiled CLI into dist/bundle: one module graph instead of hundreds of files,
// because module resolution dominates start-up, and start-up matters in a pre-commit hook.
// What a run may not need (the Markdown stack, formatters, commands) stays in lazy chunks.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// Chunk names carry content hashes: clear the last build's, or they pile up.
rmSync('dist/bundle', { recursive: true, force: true });

await build({
  entryPoints: { cli: 'dist/src/cli/cli.js', 'lint-worker': 'dist/src/cli/worker.js' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Ajv is loaded only to validate a rule's options; it stays an ordinary dependency.
  external: ['ajv'],
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
  legalComments: 'none',
  // CommonJS dependencies (commander) call require() for Node's built-ins.
  banner: { js: "import { createRequire as __itstratRequire } from 'node:module'; const require = __itstratRequire(import.meta.url);" },
});
