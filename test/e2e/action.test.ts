/**
 * The composite GitHub Action (action.yml): its lint step's script, run with bash the way the
 * runner runs it — its `env` with the `${{ }}` expressions filled in as the runner fills them,
 * GitHub's environment variables set — on a proposal tree: annotations on stdout, the SARIF
 * file, the job summary and the exit code as a step output. Issue 10, defect 1: inputs were
 * split and globbed by bash (a nested proposal under `**` went unlinted, a `--rule` with JSON
 * exited 2), the SARIF upload could fail the job, and every run installed and built itstrat.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parse } from 'yaml';
import { describeWithTools, itWithTools } from '../helpers/system-tool.js';
import { builtCli, ROOT, proposalYaml, removeDir, SCHEMA_ONLY_CONFIG, tempDir, writeTree } from '../helpers/ci-run.js';

interface Step {
  name?: string;
  id?: string;
  run?: string;
  uses?: string;
  if?: string;
  env?: Record<string, string>;
}
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  runs: { using: string; steps: Step[] };
  inputs: Record<string, { default?: string }>;
};
const lintStep = action.runs.steps.find((step) => step.id === 'lint')!;

describeWithTools(['bash'], 'action.yml', () => {
  let dir: string;
  const temps: string[] = [];
  beforeAll(() => {
    dir = tempDir('action');
    writeTree(dir, { '.itstratrc.yaml': SCHEMA_ONLY_CONFIG, 'proposals/a.yaml': proposalYaml('A', 'error'), 'proposals/b.yaml': proposalYaml('B') });
  });
  afterAll(() => [dir, ...temps].forEach(removeDir));

  /** The step's env as the runner sets it: `${{ inputs.x }}` and `${{ github.action_path }}` filled in. */
  function stepEnv(inputs: Record<string, string>, actionPath: string): Record<string, string> {
    const value = (name: string) => inputs[name] ?? action.inputs[name]?.default ?? '';
    const filled: Record<string, string> = {};
    for (const [name, template] of Object.entries(lintStep.env ?? {}))
      filled[name] = template.replace(/\$\{\{\s*(inputs\.([\w-]+)|github\.action_path)\s*\}\}/g, (_, _expression: string, input?: string) =>
        input ? value(input) : actionPath,
      );
    return filled;
  }

  function runStep(inputs: Record<string, string>, actionPath = dirname(dirname(builtCli()))) {
    // The runner's temporary folder is outside the workspace.
    const temp = tempDir('runner-temp');
    temps.push(temp);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NO_COLOR: '1',
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: dir,
      GITHUB_ACTION_PATH: actionPath,
      RUNNER_OS: 'Linux',
      RUNNER_TEMP: temp,
      GITHUB_OUTPUT: join(temp, 'output'),
      GITHUB_STEP_SUMMARY: join(temp, 'summary'),
      ...stepEnv(inputs, actionPath),
    };
    writeTree(temp, { output: '', summary: '' });
    const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', lintStep.run!], { cwd: dir, env, encoding: 'utf8' });
    return { ...run, temp, output: readFileSync(join(temp, 'output'), 'utf8'), summary: readFileSync(join(temp, 'summary'), 'utf8') };
  }

  const sarifResults = (file = 'itstrat.sarif') =>
    (JSON.parse(readFileSync(join(dir, file), 'utf8')) as { runs: { results: { ruleId: string; level: string; locations: unknown[] }[] }[] }).runs[0]!.results;

  it('is a composite action that uploads SARIF unless the run failed, and never fails the job for code scanning', () => {
    expect(action.runs.using).toBe('composite');
    const upload = action.runs.steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif'));
    expect(upload?.if).toContain("steps.lint.outputs.exit-code != '2'");
    expect(upload?.if).toContain("inputs.upload-sarif == 'true'");
    expect((upload as { 'continue-on-error'?: boolean })['continue-on-error']).toBe(true);
    const warning = action.runs.steps.find((step) => step.if === "steps.upload.outcome == 'failure'");
    expect(warning?.run).toContain('::warning');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a template
    expect(lintStep.env?.ITSTRAT).toBe('${{ github.action_path }}/bin/itstrat.js');
  });

  it('annotates, writes SARIF and the job summary, and reports the exit code as an output', () => {
    const run = runStep({ paths: 'proposals', args: '--max-warnings 0' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.output).toBe('exit-code=1\n');
    expect(run.stdout).toMatch(/^::error file=proposals\/a\.yaml,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=schema::/m);
    expect(run.stdout).toContain('✖ 1 problem (1 error, 0 warnings)');
    expect(run.summary).toContain('| `proposals/a.yaml` | 1 | 0 |');
    expect(JSON.parse(readFileSync(join(dir, 'itstrat.sarif'), 'utf8')).runs[0].results).toHaveLength(1);
    expect(existsSync(join(dir, '.itstratcache'))).toBe(true);
  });

  it('passes with exit-code 0 when the proposals are clean, without annotations or summary when asked', () => {
    writeFileSync(join(dir, 'proposals/a.yaml'), proposalYaml('A'));
    const run = runStep({ annotations: 'false', summary: 'false', 'sarif-file': 'out/report.sarif' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.output).toBe('exit-code=0\n');
    expect(run.stdout).not.toContain('::');
    expect(run.summary).toBe('');
    expect(existsSync(join(dir, 'out/report.sarif'))).toBe(true);
  });

  it('reports exit code 2 for a broken run without failing the step itself', () => {
    const run = runStep({ args: '--strategy nowhere' });
    expect(run.status).toBe(0);
    expect(run.output).toBe('exit-code=2\n');
    expect(run.stderr).toContain('unknown strategy "nowhere"');
  });

  it('installs and builds nothing at run time: it runs the prebuilt bundle of a release', () => {
    for (const step of action.runs.steps) expect(step.run ?? '').not.toMatch(/\bnpm (ci|install|i|run)\b|\bnpx\b|\btsc\b/);
    // A ref without the bundle (a branch, not a release) says so instead of running.
    const bare = tempDir('action-path');
    temps.push(bare);
    cpSync(join(ROOT, 'bin'), join(bare, 'bin'), { recursive: true });
    const run = runStep({ paths: 'proposals' }, bare);
    expect(run.output).toBe('exit-code=2\n');
    expect(run.stdout).toContain('::error title=itstrat::this ref of itstrat has no prebuilt bundle');
  });

  itWithTools(
    ['git'],
    'runs from a release cut by scripts/release.js with nothing installed: the tag carries the bundle',
    () => {
      // A repository holding the project's files as they are now.
      const repo = tempDir('release-repo');
      const checkout = tempDir('release-checkout');
      temps.push(repo, checkout);
      const env = {
        ...process.env,
        GIT_AUTHOR_NAME: 'Test',
        GIT_AUTHOR_EMAIL: 't@example.org',
        GIT_COMMITTER_NAME: 'Test',
        GIT_COMMITTER_EMAIL: 't@example.org',
      };
      const git = (args: string[], cwd = repo) => {
        const child = spawnSync('git', args, { cwd, env, encoding: 'utf8' });
        expect(child.status, child.stderr).toBe(0);
        return child.stdout.trim();
      };
      const tracked = spawnSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).stdout.split('\0').filter(Boolean);
      for (const file of tracked) {
        if (!existsSync(join(ROOT, file))) continue;
        mkdirSync(dirname(join(repo, file)), { recursive: true });
        cpSync(join(ROOT, file), join(repo, file));
      }
      git(['init', '--quiet', '--initial-branch=main']);
      git(['add', '.']);
      git(['commit', '--quiet', '--message', 'the project']);
      // The build's tools, as `npm ci` would bring them (a link, which .gitignore's `node_modules/` does not cover).
      symlinkSync(join(ROOT, 'node_modules'), join(repo, 'node_modules'), 'dir');
      const head = git(['rev-parse', 'HEAD']);

      const release = spawnSync(process.execPath, ['scripts/release.js'], { cwd: repo, env, encoding: 'utf8' });
      expect(release.status, release.stderr).toBe(0);
      expect(release.stdout).toContain('Tagged v0.1.0 (and v0) with the built bundle; packed itstrat-0.1.0.tgz.');
      expect(git(['rev-parse', 'HEAD'])).toBe(head);
      expect(git(['status', '--porcelain', '--untracked-files=no'])).toBe('');
      expect(git(['rev-parse', 'v0^{commit}'])).toBe(git(['rev-parse', 'v0.1.0^{commit}']));
      expect(git(['ls-tree', '-r', '--name-only', 'v0', 'dist/bundle/cli.js', 'dist/bundle/lint-worker.js'])).toBe(
        'dist/bundle/cli.js\ndist/bundle/lint-worker.js',
      );

      // What `uses: itstrat/itstrat@v0` checks out: the tag's files, no node_modules.
      const archive = spawnSync('git', ['archive', '--format=tar', 'v0'], { cwd: repo, maxBuffer: 256 * 1024 * 1024 });
      expect(spawnSync('tar', ['-x', '-C', checkout], { input: archive.stdout }).status).toBe(0);
      expect(existsSync(join(checkout, 'node_modules'))).toBe(false);
      writeTree(dir, { 'proposals/a.yaml': proposalYaml('A', 'error') });
      const run = runStep({ paths: 'proposals', cache: 'false' }, checkout);
      expect(run.stderr).toBe('');
      expect(run.output).toBe('exit-code=1\n');
      expect(run.stdout).toMatch(/^::error file=proposals\/a\.yaml,/m);
      writeTree(dir, { 'proposals/a.yaml': proposalYaml('A') });
    },
    180_000,
  );

  it('lints a nested proposal under a ** pattern: the shell does not expand it, itstrat does', () => {
    writeTree(dir, {
      'proposals/a.yaml': proposalYaml('A'),
      'proposals/2026/spring/deep.yaml': proposalYaml('Deep', 'error'),
      // What bash's `**` (a plain `*` without globstar) would have matched: one level down.
      'proposals/2026/shallow.yaml': proposalYaml('Shallow'),
    });
    const run = runStep({ paths: 'proposals/**/*.yaml', cache: 'false' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.output).toBe('exit-code=1\n');
    expect(run.stdout).toMatch(/^::error file=proposals\/2026\/spring\/deep\.yaml,line=\d+/m);
    expect(sarifResults()).toHaveLength(1);
    removeDir(join(dir, 'proposals/2026'));
  });

  it("passes the README's --rule with JSON options as one argument, and quoted paths with spaces whole", () => {
    writeTree(dir, { 'my proposals/c.yaml': proposalYaml('C') });
    const run = runStep({
      paths: "proposals 'my proposals'",
      args: `--rule 'business-case:["warn",{"minBenefitLines":2}]' --max-warnings 1000`,
      cache: 'false',
    });
    expect(run.stderr).toBe('');
    expect(run.output).toBe('exit-code=0\n');
    const results = sarifResults();
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((result) => result.ruleId === 'business-case' && result.level === 'warning')).toBe(true);
    expect(run.stdout).toMatch(/^::warning file=my proposals\/c\.yaml,/m);
    removeDir(join(dir, 'my proposals'));
  });

  it('expands nothing in the inputs: no variables, no commands, no globs', () => {
    const run = runStep({ paths: 'proposals/$(touch pwned) $HOME/x.yaml', cache: 'false' });
    expect(existsSync(join(dir, 'pwned'))).toBe(false);
    expect(run.output).toBe('exit-code=2\n');
    expect(run.stderr).toMatch(/\$\(touch|\$HOME/);
  });

  it("docs/ci.md documents every input, and its example's paths and args run as written", () => {
    const doc = readFileSync(join(ROOT, 'docs/ci.md'), 'utf8');
    const section = doc.slice(doc.indexOf('### The composite action'), doc.indexOf('### Cutting a release'));
    const documented = [...section.matchAll(/^\| `([a-z-]+)` \|/gm)].map((match) => match[1]);
    expect(documented).toEqual(Object.keys(action.inputs));
    const example = parse(/```yaml\n([\s\S]*?)```/.exec(section)![1]!) as { jobs: { itstrat: { steps: { with?: Record<string, string> }[] } } };
    const inputs = example.jobs.itstrat.steps.find((step) => step.with)!.with!;
    writeTree(dir, { 'proposals/2026/deep.md': '# Deep\n\n## Owner\n\nName: Mette Jensen\n' });
    const run = runStep({ ...inputs, cache: 'false' });
    expect(run.stderr).toBe('');
    expect(run.output).toBe('exit-code=1\n');
    expect(run.stdout).toMatch(/^::error file=proposals\/2026\/deep\.md,/m);
    removeDir(join(dir, 'proposals/2026'));
  });

  it('says so, and reports exit code 2, when an input cannot be split (an unmatched quote)', () => {
    const run = runStep({ args: "--rule 'single-owner:warn" });
    expect(run.status).toBe(0);
    expect(run.output).toBe('exit-code=2\n');
    expect(run.stdout).toContain('::error title=itstrat::cannot split the args input into words');
  });
});
