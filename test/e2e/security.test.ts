/**
 * Safe to run on a stranger's pull request (issue 14, SECURITY.md), probed as an attacker
 * would, through the built CLI:
 * - a pull-request-shaped checkout whose `.itstratrc.yaml` names a plugin that writes a marker
 *   file: with `--no-plugins` (or ITSTRAT_NO_PLUGINS=1) nothing runs and the run still lints;
 *   without it a plugin outside the project root is refused (exit 2, one line); `rules`,
 *   `explain` and `schema` never run plugin code, not even a trusted one's;
 * - a proposal whose keys, values and file name carry terminal escapes, CR, bidi overrides and
 *   Markdown image, link and HTML syntax: none of it is live in stylish, github or markdown
 *   output (asserted on the bytes), and JUnit and SARIF stay valid;
 * - a symbolic link out of the linted tree: nothing of the file it points at (title, owner,
 *   keys, name) in any lint output or `itstrat report`.
 */
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XMLValidator } from 'fast-xml-parser';
import { removeDir, runCli, tempDir, writeTree } from '../helpers/ci-run.js';
import { expectRunFailure, jsonResults, schemaProposal } from '../helpers/cli-assert.js';
import { sarifValidator } from '../helpers/sarif.js';

/** A plugin that, when its module is evaluated, writes `marker`: proof that its code ran. */
function markerPlugin(marker: string): string {
  return [
    "import { writeFileSync } from 'node:fs';",
    `writeFileSync(${JSON.stringify(marker)}, 'plugin code ran');`,
    'export const rules = [{',
    "  meta: { id: 'evil/x', description: 'Looks harmless.', clauses: [], severity: 'error', messages: { en: { m: 'evil' } } },",
    "  check(proposal, context) { context.report({ messageId: 'm', missing: '' }); },",
    '}];',
    '',
  ].join('\n');
}

describe('plugins only by trust', () => {
  let dir: string;
  let marker: string;
  /** The fork's checkout: a config naming a plugin outside the repository, and a proposal. */
  let fork: string;

  beforeAll(() => {
    dir = tempDir('sec-plugins');
    marker = join(dir, 'MARKER');
    fork = join(dir, 'fork');
    writeTree(dir, {
      'elsewhere/evil.mjs': markerPlugin(marker),
      'fork/.itstratrc.yaml': 'plugins: ["../elsewhere/evil.mjs"]\nrules:\n  schema: error\n  evil/x: error\n',
      'fork/proposals/a.yaml': schemaProposal({ badValue: true }),
      'fork/proposals/b.yaml': schemaProposal(),
      // A plugin file inside the checkout that is a link out of it.
      'linked/.itstratrc.yaml': 'plugins: ["./tools/evil.mjs"]\nrules:\n  evil/x: error\n',
      'linked/a.yaml': schemaProposal(),
      // A config found upward, above the repository's top level: not the project's own.
      'above/.itstratrc.yaml': 'plugins: ["./repo/tools/evil.mjs"]\n',
      'above/repo/tools/evil.mjs': markerPlugin(marker),
      'above/repo/a.yaml': schemaProposal(),
      // The project's own plugin, inside the repository: trusted by lint, never run by rules/explain/schema.
      'own/.itstratrc.yaml': 'plugins: ["./tools/evil.mjs", "itstrat-plugin-demo"]\nrules:\n  evil/x: error\n',
      'own/tools/evil.mjs': markerPlugin(marker),
      'own/node_modules/itstrat-plugin-demo/package.json': JSON.stringify({
        name: 'itstrat-plugin-demo',
        type: 'module',
        main: 'index.js',
        itstrat: { rules: [{ id: 'demo/y', description: 'Declared \u001b[2J in package.json.', severity: 'warn', clauses: ['ESB-8'] }] },
      }),
      'own/node_modules/itstrat-plugin-demo/index.js': `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(`${marker}-package`)}, 'ran');\nexport const rules = [{ meta: { id: 'demo/y', description: 'y', clauses: [], severity: 'warn', messages: { en: { m: 'y' } } }, check() {} }];\n`,
      'own/a.yaml': schemaProposal(),
      'climb/.itstratrc.yaml': 'plugins: ["itstrat-plugin-demo/../../../elsewhere/evil.mjs"]\n',
      'climb/a.yaml': schemaProposal(),
    });
    for (const repo of ['fork', 'linked', 'above/repo', 'own', 'climb']) mkdirSync(join(dir, repo, '.git'));
    mkdirSync(join(dir, 'linked', 'tools'));
    symlinkSync(join(dir, 'elsewhere', 'evil.mjs'), join(dir, 'linked', 'tools', 'evil.mjs'));
  });
  afterAll(() => removeDir(dir));

  const clean = (): void => {
    rmSync(marker, { force: true });
    rmSync(`${marker}-package`, { force: true });
  };

  it('--no-plugins: no plugin code runs, the proposals are still linted, and the rule the config takes from the plugin is reported once', () => {
    for (const [args, env] of [
      [['--no-plugins'], {}],
      [[], { ITSTRAT_NO_PLUGINS: '1' }],
      [['--no-plugins', '--concurrency', '2'], {}],
    ] as const) {
      clean();
      const run = runCli(['lint', 'proposals', '--format', 'json', ...args], { cwd: fork, env });
      expect(existsSync(marker), JSON.stringify(args)).toBe(false);
      expect(run.code, run.stderr).toBe(1);
      expect(
        jsonResults(run)
          .get('a.yaml')!
          .messages.map((message) => message.ruleId),
      ).toEqual(['schema']);
      expect(jsonResults(run).get('b.yaml')!.messages).toEqual([]);
      const lines = run.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^itstrat: warning: plugins are off .*"\.\.\/elsewhere\/evil\.mjs".*the rules it sets from them do not run: evil\/x$/);
    }
    clean();
    const report = runCli(['report', 'proposals', '--format', 'json', '--no-plugins'], { cwd: fork });
    expect(report.code, report.stderr).toBe(0);
    expect(existsSync(marker)).toBe(false);
  });

  it('without --no-plugins, a plugin outside the project root is refused: exit 2, one line, nothing run', () => {
    clean();
    for (const command of [['lint', 'proposals'], ['report', 'proposals'], ['rules']]) {
      expectRunFailure(runCli(command, { cwd: fork }), /refused to load plugin "\.\.\/elsewhere\/evil\.mjs": it is outside the project root .* --no-plugins/);
    }
    expectRunFailure(runCli(['lint', '.'], { cwd: join(dir, 'linked') }), /refused to load plugin "\.\/tools\/evil\.mjs": .*through a symbolic link/);
    expectRunFailure(runCli(['lint', '.'], { cwd: join(dir, 'above', 'repo') }), /refused to load plugins: the config .* is outside the project root/);
    expectRunFailure(runCli(['lint', '.'], { cwd: join(dir, 'climb') }), /refused to load plugin .*not a relative path and not an npm package name/);
    expect(existsSync(marker)).toBe(false);
  });

  it("rules, explain and schema never run plugin code — not even the project's own — and lint does", () => {
    clean();
    const own = join(dir, 'own');
    const text = runCli(['rules'], { cwd: own });
    expect(text.code, text.stderr).toBe(0);
    // The package's declared metadata is listed (escaped); the local module, which declares none, is named.
    expect(text.stdout).toMatch(/^demo\/y +warn +Declared \\u001b\[2J in package\.json\. +\[ESB-8\]$/m);
    expect(text.stdout).toContain('Not listed: the rules of "./tools/evil.mjs"');
    expect(text.stdout).not.toContain('\u001b');
    const json = runCli(['rules', '--format', 'json', '--strategy', 'esbjerg'], { cwd: own });
    expect((JSON.parse(json.stdout) as { id: string }[]).map((rule) => rule.id)).toContain('demo/y');
    expect(runCli(['explain', 'demo/y'], { cwd: own }).stdout).toMatch(/^demo\/y — Declared/);
    expectRunFailure(runCli(['explain', 'evil/x'], { cwd: own }), /unknown rule "evil\/x".*"\.\/tools\/evil\.mjs" declare no rules.*never runs plugin code/);
    expect(runCli(['explain', 'schema'], { cwd: own }).code).toBe(0);
    expect(runCli(['schema'], { cwd: own }).code).toBe(0);
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(`${marker}-package`)).toBe(false);
    // The marker works: a lint run loads the project's own plugins (a path inside the root, an installed package).
    const lint = runCli(['lint', 'a.yaml', '--format', 'json'], { cwd: own });
    expect(lint.stderr).toBe('');
    expect(
      jsonResults(lint)
        .get('a.yaml')!
        .messages.map((message) => message.ruleId),
    ).toEqual(['evil/x']);
    expect(existsSync(marker)).toBe(true);
    expect(existsSync(`${marker}-package`)).toBe(true);
  });
});

/** Every character that would act on a terminal or reorder the text, if it reached the output raw. */
const LIVE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const IMAGE = '![t](https://host.example/p.png)';
const HTML = '<img src=https://host.example/x.png>';
const SCRIPT_LINK = '[x](javascript:alert(1))';

describe('proposal text is shown, never obeyed', () => {
  let dir: string;
  /** The file name carries an escape sequence and a right-to-left override too. */
  const fileName = 'evil\u001b[2J\u202egpj.yaml';

  beforeAll(() => {
    dir = tempDir('sec-text');
    // YAML double quotes spell the controls as escapes (\e, \r, \u202e); the proposal holds the characters.
    const payload = `\\e[1A\\e[2K\\r\\e[32m0 problems\\e]0;pwned\\a\\u202e\\u2066\\x9b ${IMAGE} ${HTML} ${SCRIPT_LINK}`;
    writeTree(dir, {
      '.itstratrc.yaml': 'rules:\n  schema: error\n  business-case: error\n',
      [fileName]: [
        'title: Payloads',
        `"key${payload}": 1`,
        'businessCase:',
        '  currency: DKK',
        '  costs:',
        `    - { item: Licences, amount: "9${payload}", kind: investment }`,
        '  benefits:',
        '    - { item: Saved, amount: 5, kind: financial }',
        '',
      ].join('\n'),
    });
  });
  afterAll(() => removeDir(dir));

  const lint = (format: string) => {
    const run = runCli(['lint', '.', '--format', format], { cwd: dir, env: { FORCE_COLOR: '0' } });
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toBe('');
    return run.stdout;
  };

  it('stylish and github: every control and bidi character escaped, in keys, values and the file name', () => {
    for (const format of ['stylish', 'github']) {
      const out = lint(format);
      expect(out, format).not.toMatch(LIVE);
      // What was there is still visible, as text.
      expect(out, format).toContain('\\u001b[1A\\u001b[2K\\u000d\\u001b[32m0 problems\\u001b]0;pwned\\u0007\\u202e\\u2066\\u009b');
      expect(out, format).toContain('evil\\u001b[2J\\u202egpj.yaml');
      // Both the key and the value were quoted.
      expect(out.match(/\\u001b\[1A/g), format).toHaveLength(2);
    }
  });

  it('markdown: no image, link, autolink, HTML or heading can form from the proposal', () => {
    const out = lint('markdown');
    expect(out).not.toMatch(LIVE);
    for (const live of ['<img', 'https://host', '\u001b']) expect(out, live).not.toContain(live);
    // No image; the only links are the rules' documentation pages (a bracket after a backslash, or in a code span, is text).
    const markup = out.replace(/`[^`\n]*`/g, '');
    expect(markup).not.toMatch(/(?<!\\)!(?<!\\)\[/);
    const links = markup.match(/(?<!\\)\[[^\]]*(?<!\\)\]\([^)]*\)/g) ?? [];
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(/^\[[a-z-]+\]\(https:\/\/github\.com\/itstrat\/itstrat\/blob\/main\/rules\/[a-z-]+\.md\)$/);
    // Headings: only the summary's own.
    expect(out.split('\n').filter((line) => line.startsWith('#'))).toEqual(['### ❌ itstrat']);
    // The only raw HTML is the formatter's own.
    const own = new Set(['<code', '</code', '<details', '</details', '<summary', '</summary', '<br']);
    expect([...new Set(out.match(/<\/?[a-z]+/gi))].filter((tag) => !own.has(tag))).toEqual([]);
    // The text is there, escaped so that it renders literally.
    expect(out).toContain('\\!\\[t\\](https\\://host.example/p.png)');
    expect(out).toContain('&lt;img src=https\\://host.example/x.png&gt;');
    expect(out).toContain('\\[x\\](javascript:alert(1))');
    expect(out).toContain('<summary><code>evil\\\\u001b\\[2J\\\\u202egpj.yaml</code>');
    // In the table, the name is in a code span, where nothing is markup.
    expect(out).toMatch(/^\| `evil\\u001b\[2J\\u202egpj\.yaml` \| \d+ \| \d+ \|$/m);
  });

  it('JUnit stays well-formed XML and SARIF valid against the official schema', () => {
    const junit = lint('junit');
    expect(XMLValidator.validate(junit)).toBe(true);
    expect(junit).not.toMatch(LIVE);
    const text = lint('sarif');
    const validate = sarifValidator();
    expect(validate(JSON.parse(text)), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    // JSON would spell a raw ESC as \u001b; the escaped text is the backslash itself, \\u001b.
    expect(text).not.toMatch(/(?<!\\)\\u001b|\u202e/);
    expect(text).toContain('\\\\u001b[1A');
  });
});

describe('a symbolic link out of the tree leaks nothing', () => {
  let dir: string;
  let repo: string;
  const SECRETS = /TOP-SECRET|Secret Owner|secretKeyXyz|confidential|payroll/;

  beforeAll(() => {
    dir = tempDir('sec-links');
    repo = join(dir, 'repo');
    writeTree(dir, {
      'confidential/payroll.yaml': 'title: TOP-SECRET-TITLE\nowner:\n  name: Secret Owner\nsecretKeyXyz: 1\n',
      'confidential/more/other.md': '# TOP-SECRET-HEADING\n\nProjektejer: Secret Owner\n',
      'repo/.itstratrc.yaml': 'rules:\n  schema: error\n',
      'repo/proposals/a.yaml': schemaProposal({ badValue: true }),
      'repo/proposals/real/b.yaml': schemaProposal(),
      'extends/.itstratrc.yaml': 'extends: [../confidential/payroll.yaml]\n',
      'extends/a.yaml': schemaProposal(),
    });
    mkdirSync(join(repo, '.git'));
    mkdirSync(join(dir, 'extends', '.git'));
    symlinkSync(join(dir, 'confidential', 'payroll.yaml'), join(repo, 'proposals', 'leak.yaml'));
    symlinkSync(join(dir, 'confidential'), join(repo, 'proposals', 'leak-dir'));
    // A link inside the tree is followed as before (the file once, under its own path).
    symlinkSync(join(repo, 'proposals', 'real', 'b.yaml'), join(repo, 'proposals', 'again.yaml'));
  });
  afterAll(() => removeDir(dir));

  it('lint in every format and report in every format: the linked file is not read', () => {
    const runs = [
      ...['json', 'stylish', 'markdown', 'sarif', 'junit', 'github'].flatMap((format) =>
        [['.'], ['proposals'], ['proposals/**/*.yaml']].map((paths) => ['lint', ...paths, '--format', format]),
      ),
      ...['json', 'markdown', 'html'].flatMap((format) => [
        ['report', '.', '--format', format],
        ['report', 'proposals', '--format', format],
      ]),
    ];
    for (const args of runs) {
      const run = runCli(args, { cwd: repo });
      expect(run.code, `${args.join(' ')}: ${run.stderr}`).toBe(args[0] === 'report' ? 0 : 1);
      expect(run.stdout + run.stderr, args.join(' ')).not.toMatch(SECRETS);
      expect(run.stdout, args.join(' ')).not.toMatch(/leak/);
    }
    const json = runCli(['lint', 'proposals', '--format', 'json'], { cwd: repo });
    expect([...jsonResults(json).keys()]).toEqual(['a.yaml', 'b.yaml']);
  });

  it("a config's extends cannot read a file outside the project as a config", () => {
    const run = runCli(['lint', '.'], { cwd: join(dir, 'extends') });
    expectRunFailure(run, /extends\[0\]: "\.\.\/confidential\/payroll\.yaml" is outside the project root/);
    expect(run.stderr).not.toMatch(/TOP-SECRET|Secret Owner|secretKeyXyz/);
  });

  it('a link out named on the command line (a CI step linting the changed files) stops the run without reading it', () => {
    for (const name of ['proposals/leak.yaml', 'proposals/leak-dir']) {
      for (const command of ['lint', 'report']) {
        const run = runCli([command, 'proposals/a.yaml', name], { cwd: repo });
        expectRunFailure(run, /refused to read proposals\/leak.*: a symbolic link out of the project/);
        expect(run.stdout + run.stderr).not.toMatch(SECRETS);
      }
    }
  });
});
