/**
 * The VS Code extension (editors/vscode/) packs with @vscode/vsce: the manifest is valid, the
 * prepublish step bundles the client, the package holds only what it should, and the bundle
 * loads and activates (against a stand-in for VS Code's API, in a folder with no config: it
 * starts nothing).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeDir, ROOT, tempDir } from '../helpers/ci-run.js';

const VSCE = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');

describe('the VS Code extension', () => {
  const dir = tempDir('vscode-extension');
  afterAll(() => removeDir(dir));
  // A copy, so packing writes nothing into the repository; its build finds esbuild and the client in ours.
  const extension = join(dir, 'itstrat-vscode');
  cpSync(join(ROOT, 'editors', 'vscode'), extension, { recursive: true, filter: (source) => !source.includes(`${join('vscode', 'dist')}`) });
  symlinkSync(join(ROOT, 'node_modules'), join(extension, 'node_modules'), 'dir');
  const vsce = (...args: string[]) => spawnSync(process.execPath, [VSCE, ...args], { cwd: extension, encoding: 'utf8', input: '', timeout: 120_000 });

  it('packs with vsce package (the client bundled by vscode:prepublish) and lists only the manifest, readme, licence and bundle', () => {
    const packed = vsce('package', '--no-dependencies', '--out', join(dir, 'itstrat.vsix'));
    expect(packed.status, `${packed.stdout}\n${packed.stderr}`).toBe(0);
    expect(existsSync(join(dir, 'itstrat.vsix'))).toBe(true);
    const listed = vsce('ls', '--no-dependencies');
    expect(listed.status, listed.stderr).toBe(0);
    expect(listed.stdout.trim().split('\n').sort()).toEqual(['LICENSE.md', 'README.md', 'dist/extension.js', 'package.json']);
    const manifest = JSON.parse(readFileSync(join(extension, 'package.json'), 'utf8')) as { activationEvents: string[]; main: string };
    expect(manifest.activationEvents).toContain('workspaceContains:**/.itstratrc.yaml');
    expect(manifest.main).toBe('./dist/extension.js');
  }, 120_000);

  it('the bundle needs nothing but VS Code: it loads, and with no itstrat config in the workspace starts no server', async () => {
    const bundle = join(extension, 'dist', 'extension.js');
    expect(existsSync(bundle)).toBe(true);
    // The stand-in for the `vscode` module, found before anything else from the bundle's folder.
    const stub = join(extension, 'dist', 'node_modules', 'vscode');
    mkdirSync(stub, { recursive: true });
    writeFileSync(
      join(stub, 'index.js'),
      [
        'const searched = [];',
        'const workspace = { findFiles: async (glob) => { searched.push(glob); return []; }, getConfiguration: () => ({ get: () => undefined }) };',
        // The client's classes extend VS Code's (CodeLens, …) when loaded: every other name is an empty class.
        'const classes = new Map();',
        'module.exports = new Proxy({ searched, workspace }, { get: (own, name) => (name in own ? own[name] : classes.get(name) ?? classes.set(name, class {}).get(name)) });',
      ].join('\n'),
    );
    const require = createRequire(bundle);
    const loaded = require(bundle) as { activate: (context: { subscriptions: unknown[] }) => Promise<void>; deactivate: () => unknown };
    const context = { subscriptions: [] as unknown[] };
    await loaded.activate(context);
    expect((require('vscode') as { searched: string[] }).searched).toEqual(['**/{.itstratrc.yaml,.itstratrc.yml,.itstratrc.json,itstrat.config.yaml}']);
    expect(context.subscriptions).toEqual([]);
    expect(loaded.deactivate()).toBeUndefined();
  });
});
