/**
 * The published package (issue 10, defects 3 and 4): `npm pack`, installed into an empty folder
 * with no network beyond npm's cache, runs the CLI, `import { lint } from 'itstrat'` and
 * `require('itstrat')`, and a plugin written in TypeScript (the one in docs/api.md) compiles
 * against the published types and runs. Before: the tarball carried unbundled dist/src and
 * dist/rules and no LICENSE, an install pulled 72 packages and warned about `prepare`, and
 * neither module system could load the package.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, proposalYaml, removeDir, tempDir, writeTree } from '../helpers/ci-run.js';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command: string, args: string[], cwd: string, input?: string) {
  const child = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    input,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, npm_config_update_notifier: 'false' },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.error) throw child.error;
  return { code: child.status ?? -1, stdout: child.stdout, stderr: child.stderr };
}

function treeSize(path: string): number {
  const stat = statSync(path);
  return stat.isDirectory() ? readdirSync(path).reduce((sum, name) => sum + treeSize(join(path, name)), 0) : stat.size;
}

/** The plugin of docs/api.md, verbatim. */
function docPlugin(): string {
  const doc = readFileSync(join(ROOT, 'docs/api.md'), 'utf8');
  const block = /```ts\n(\/\/ itstrat-plugin-case-number\.mts[\s\S]*?)```/.exec(doc);
  if (!block) throw new Error('docs/api.md has no TypeScript plugin example');
  return block[1]!;
}

describe('the packed tarball, installed into an empty folder', () => {
  let packDir: string;
  let app: string;
  let tarball: string;
  let files: string[];
  let install: { code: number; stdout: string; stderr: string };

  beforeAll(() => {
    packDir = tempDir('pack');
    app = tempDir('app');
    // The build is fresh (npm test builds first): pack it as it is, without prepack's rebuild.
    const pack = run(NPM, ['pack', '--ignore-scripts', '--json', '--pack-destination', packDir], ROOT);
    expect(pack.code, pack.stderr).toBe(0);
    const [packed] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[]; size: number; unpackedSize: number }[];
    tarball = join(packDir, packed!.filename);
    files = packed!.files.map((file) => file.path);
    process.stdout.write(`package: ${packed!.filename}, ${files.length} files, ${packed!.size} bytes packed, ${packed!.unpackedSize} unpacked\n`);
    writeTree(app, {
      'proposals/nested/bad.yaml': proposalYaml('Bad', 'error'),
      'proposals/good.yaml': `${proposalYaml('Good')}id: ABC-2026-17\n`,
      '.itstratrc.yaml': 'rules:\n  schema: error\n',
    });
    install = run(NPM, ['install', '--offline', '--no-audit', '--no-fund', tarball], app);
  }, 180_000);
  afterAll(() => [packDir, app].forEach(removeDir));

  it('ships only bin, the bundle, the schemas and types, data, docs and LICENSE', () => {
    const allowed =
      /^(package\.json|README\.md|LICENSE|bin\/[^/]+\.js|dist\/(bundle|schemas|types)\/.+|data\/.+\.json|schemas\/.+\.json|rules\/[^/]+\.md|docs\/[^/]+\.md)$/;
    expect(files.filter((file) => !allowed.test(file))).toEqual([]);
    expect(files).toContain('LICENSE');
    expect(files).toContain('dist/bundle/api.cjs');
    expect(files).toContain('dist/types/src/api/index.d.ts');
    expect(files.some((file) => file.startsWith('dist/src/') || file.startsWith('dist/rules/'))).toBe(false);
  });

  it('publishes a manifest with no dependencies, no install-time scripts, and exports for import, require and types', () => {
    const manifest = JSON.parse(readFileSync(join(app, 'node_modules/itstrat/package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
      scripts?: Record<string, string>;
      license: string;
      exports: { '.': { types: string; import: string; require: string } };
    };
    expect(Object.keys(manifest.dependencies ?? {})).toEqual([]);
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) expect(manifest.scripts?.[hook], hook).toBeUndefined();
    for (const target of Object.values(manifest.exports['.'])) expect(existsSync(join(app, 'node_modules/itstrat', target)), target).toBe(true);
    expect(manifest.license).toBe('MIT');
    expect(readFileSync(join(app, 'node_modules/itstrat/LICENSE'), 'utf8')).toMatch(/^MIT License/);
  });

  it('installs offline, without a warning, as one package', () => {
    expect(install.code, install.stderr).toBe(0);
    expect(install.stderr).toBe('');
    expect(install.stdout).not.toMatch(/warn/i);
    const packages = readdirSync(join(app, 'node_modules')).filter((name) => !name.startsWith('.'));
    const bytes = treeSize(join(app, 'node_modules'));
    process.stdout.write(`installed tree: ${packages.length} package(s) (${packages.join(', ')}), ${bytes} bytes\n`);
    expect(packages).toEqual(['itstrat']);
    expect(bytes).toBeLessThan(8 * 1024 * 1024);
  });

  it('npx itstrat lint: globs with ** reach the nested proposal', () => {
    const lint = run('npx', ['--offline', 'itstrat', 'lint', 'proposals/**/*.yaml'], app);
    expect(lint.stderr).toBe('');
    expect(lint.code).toBe(1);
    expect(lint.stdout).toContain('proposals/nested/bad.yaml');
    expect(lint.stdout).toContain('1 problem (1 error, 0 warnings)');
  });

  it("import { lint, formatResults } from 'itstrat': paths and texts, JSON results, any format", () => {
    const script = [
      "import { lint, formatResults, loadConfig } from 'itstrat';",
      "const results = await lint(['proposals']);",
      "const [text] = await lint({ text: 'title: T\\nbudgett: 1\\n', filePath: 'proposals/t.yaml' });",
      'const config = await loadConfig();',
      "console.log(JSON.stringify({ files: results.map((r) => [r.filePath.split('/').slice(-2).join('/'), r.errorCount]), text: text.messages.map((m) => m.ruleId), source: text.source, rules: config.forFile('proposals/good.yaml').rules }));",
      "console.log((await formatResults(results, 'junit')).split('\\n')[1]);",
    ].join('\n');
    const esm = run(process.execPath, ['--input-type=module', '-e', script], app);
    expect(esm.stderr).toBe('');
    const [json, junit] = esm.stdout.trim().split('\n');
    expect(JSON.parse(json!)).toEqual({
      files: [
        ['proposals/good.yaml', 0],
        ['nested/bad.yaml', 1],
      ],
      text: ['schema'],
      source: 'title: T\nbudgett: 1\n',
      rules: { schema: ['error', {}] },
    });
    expect(junit).toMatch(/^<testsuites name="itstrat" tests="\d+" failures="1"/);
  });

  it("require('itstrat'): the CommonJS door to the same API", () => {
    const script =
      "const itstrat = require('itstrat'); const rule = { meta: {}, check() {} }; if (itstrat.defineRule(rule) !== rule) throw new Error('defineRule');" +
      " itstrat.lint('proposals').then((results) => console.log(results.map((r) => r.errorCount).join(',')));";
    const cjs = run(process.execPath, ['-e', script], app);
    expect(cjs.stderr).toBe('');
    expect(cjs.stdout).toBe('0,1\n');
  });

  it('a plugin written in TypeScript against the published types compiles and runs (docs/api.md)', () => {
    writeTree(app, {
      'itstrat-plugin-case-number.mts': docPlugin(),
      'tsconfig.json': JSON.stringify({
        compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, skipLibCheck: false, types: [], outDir: '.' },
        files: ['itstrat-plugin-case-number.mts'],
      }),
    });
    const tsc = run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], app);
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.code).toBe(0);
    writeTree(app, { '.itstratrc.yaml': 'plugins: ["./itstrat-plugin-case-number.mjs"]\nrules:\n  schema: error\n  local/case-number: error\n' });
    const lint = run('npx', ['--offline', 'itstrat', 'lint', '--format', 'json', 'proposals'], app);
    expect(lint.stderr).toBe('');
    const results = JSON.parse(lint.stdout) as { filePath: string; messages: { ruleId: string; messageId: string }[] }[];
    expect(results.map((result) => result.messages.map((message) => `${message.ruleId}/${message.messageId}`).sort())).toEqual([
      [],
      ['local/case-number/missing', 'schema/enum'].sort(),
    ]);
    // A deliberate type error is caught: the types are real, not `any`.
    writeTree(app, { 'itstrat-plugin-case-number.mts': docPlugin().replace("severity: 'error'", "severity: 'fatal'") });
    const wrong = run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], app);
    expect(wrong.code).not.toBe(0);
    expect(wrong.stdout).toContain('"fatal"');
  });
});
