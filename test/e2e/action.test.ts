/**
 * The composite GitHub Action (action.yml): its lint step's script, run with bash the way the
 * runner runs it, on a proposal tree — annotations on stdout, the SARIF file, the job summary
 * and the exit code as a step output.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parse } from 'yaml';
import { describeWithTools } from '../helpers/system-tool.js';
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
    writeTree(dir, { '.itstratrc.yaml': SCHEMA_ONLY_CONFIG, 'proposals/a.yaml': proposalYaml('A', true), 'proposals/b.yaml': proposalYaml('B') });
  });
  afterAll(() => [dir, ...temps].forEach(removeDir));

  function runStep(inputs: Record<string, string>) {
    // The runner's temporary folder is outside the workspace.
    const temp = tempDir('runner-temp');
    temps.push(temp);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NO_COLOR: '1',
      RUNNER_TEMP: temp,
      GITHUB_OUTPUT: join(temp, 'output'),
      GITHUB_STEP_SUMMARY: join(temp, 'summary'),
      ITSTRAT: builtCli(),
    };
    for (const [name, input] of Object.entries(action.inputs)) env[`INPUT_${name.toUpperCase().replace(/-/g, '_')}`] = inputs[name] ?? input.default ?? '';
    writeTree(temp, { output: '', summary: '' });
    const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', lintStep.run!], { cwd: dir, env, encoding: 'utf8' });
    return { ...run, temp, output: readFileSync(join(temp, 'output'), 'utf8'), summary: readFileSync(join(temp, 'summary'), 'utf8') };
  }

  it('is a composite action that uploads SARIF unless the run failed', () => {
    expect(action.runs.using).toBe('composite');
    const upload = action.runs.steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif'));
    expect(upload?.if).toContain("steps.lint.outputs.exit-code != '2'");
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
});
