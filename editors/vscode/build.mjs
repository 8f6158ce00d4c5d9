// Bundles the extension with vscode-languageclient into dist/extension.js (run by `vsce package`
// as vscode:prepublish): the package then needs no node_modules of its own.
import { build } from 'esbuild';

await build({
  entryPoints: ['extension.js'],
  outfile: 'dist/extension.js',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  minify: true,
  logLevel: 'warning',
});
