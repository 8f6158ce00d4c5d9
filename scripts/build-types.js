// Writes the library API's type declarations to dist/types: tsc declares every module, and only
// those the API's declarations reach (following their imports) are kept — the published types
// are the API, the model, the rule API and the formatter interface, not the CLI's insides.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join, relative, resolve } from 'node:path';

const all = 'dist/.types-all';
const out = 'dist/types';
rmSync(all, { recursive: true, force: true });
rmSync(out, { recursive: true, force: true });
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', '--declaration', '--emitDeclarationOnly', '--outDir', all], {
  stdio: 'inherit',
});

const pending = [resolve(all, 'src/api/index.d.ts')];
const kept = new Set();
while (pending.length) {
  const file = pending.pop();
  if (kept.has(file)) continue;
  kept.add(file);
  const text = readFileSync(file, 'utf8');
  for (const [, specifier] of text.matchAll(/(?:from\s+|import\()\s*['"]([^'"]+)['"]/g)) {
    if (!specifier.startsWith('.')) throw new Error(`${relative(all, file)}: the published types may not import the package "${specifier}"`);
    const target = resolve(dirname(file), specifier.replace(/\.js$/, '.d.ts'));
    if (!existsSync(target)) throw new Error(`${relative(all, file)}: no declarations for ${specifier}`);
    pending.push(target);
  }
}
for (const file of kept) {
  const target = join(out, relative(all, file));
  mkdirSync(dirname(target), { recursive: true });
  cpSync(file, target);
}
rmSync(all, { recursive: true, force: true });
