/**
 * Tests that need a program outside Node (git, pre-commit, bash, later Chromium) all decide the
 * same way whether to run:
 *
 * - the tool is installed: the tests run;
 * - it is missing and `CI` is not set: the tests are skipped, and the reason is printed (in the
 *   suite's name, so the reporter shows it, and once on stderr);
 * - it is missing and `CI` is set: the suite fails with one test saying which tool is missing and
 *   how to install it (`.ci/run` installs what CI needs).
 *
 * Use `describeWithTools(['git', 'pre-commit'], 'name', () => { ... })` for a suite and
 * `itWithTools([...], 'name', fn)` for a single test.
 */
import { spawnSync } from 'node:child_process';
import { describe, it } from 'vitest';

export interface SystemTool {
  /** The command, as looked up on PATH. */
  name: string;
  /** Arguments that make the command print its version and exit 0. */
  versionArgs?: string[];
  /** How to install it, for the message. */
  install?: string;
}

/** Install hints for the tools the suite knows; other tools get a generic hint. */
const INSTALL: Record<string, string> = {
  git: 'apt-get install -y git',
  'pre-commit': 'apt-get install -y pre-commit (.ci/run does this)',
  bash: 'apt-get install -y bash',
  chromium: 'apt-get install -y chromium',
  xmllint: 'apt-get install -y libxml2-utils (.ci/run does this)',
};

const found = new Map<string, boolean>();

/** Whether `tool` runs here (memoised per process). */
export function toolPresent(tool: SystemTool | string): boolean {
  const spec = typeof tool === 'string' ? { name: tool } : tool;
  const known = found.get(spec.name);
  if (known !== undefined) return known;
  const run = spawnSync(spec.name, spec.versionArgs ?? ['--version'], { stdio: 'ignore', timeout: 30_000 });
  const present = !run.error && run.status === 0;
  found.set(spec.name, present);
  return present;
}

/** `CI` counts as set when it is non-empty and not "0" or "false" (GitHub, GitLab and others set it to "true"). */
export function inCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.CI?.trim().toLowerCase();
  return value !== undefined && value !== '' && value !== '0' && value !== 'false';
}

export type ToolDecision = { action: 'run' } | { action: 'skip' | 'fail'; reason: string };

/** What to do given which tools are missing and whether this is CI (pure, for its own test). */
export function decide(missing: readonly (SystemTool | string)[], ci: boolean): ToolDecision {
  if (missing.length === 0) return { action: 'run' };
  const names = missing.map((tool) => (typeof tool === 'string' ? tool : tool.name));
  const hints = missing.map((tool) => {
    const spec = typeof tool === 'string' ? { name: tool } : tool;
    return spec.install ?? INSTALL[spec.name] ?? `install ${spec.name}`;
  });
  const what = `${names.join(' and ')} ${names.length > 1 ? 'are' : 'is'} not installed (${hints.join('; ')})`;
  return ci
    ? { action: 'fail', reason: `${what}; CI is set, so this is a failure, not a skip` }
    : { action: 'skip', reason: `${what}; skipped because CI is not set` };
}

function decisionFor(tools: readonly (SystemTool | string)[]): ToolDecision {
  return decide(
    tools.filter((tool) => !toolPresent(tool)),
    inCi(),
  );
}

const announced = new Set<string>();
function announce(title: string, reason: string): void {
  const line = `itstrat tests: "${title}" skipped: ${reason}`;
  if (announced.has(line)) return;
  announced.add(line);
  process.stderr.write(`${line}\n`);
}

/** A suite that needs `tools`: runs, skips with the reason printed, or fails in CI. */
export function describeWithTools(tools: readonly (SystemTool | string)[], title: string, body: () => void): void {
  const decision = decisionFor(tools);
  if (decision.action === 'run') {
    describe(title, body);
  } else if (decision.action === 'skip') {
    announce(title, decision.reason);
    describe.skip(`${title} (skipped: ${decision.reason})`, body);
  } else {
    describe(title, () => {
      it(`needs ${tools.map((tool) => (typeof tool === 'string' ? tool : tool.name)).join(' and ')}`, () => {
        throw new Error(decision.reason);
      });
    });
  }
}

/** One test that needs `tools`: runs, skips with the reason printed, or fails in CI. */
export function itWithTools(tools: readonly (SystemTool | string)[], title: string, body: () => void | Promise<void>, timeout?: number): void {
  const decision = decisionFor(tools);
  if (decision.action === 'run') {
    it(title, body, timeout);
  } else if (decision.action === 'skip') {
    announce(title, decision.reason);
    it.skip(`${title} (skipped: ${decision.reason})`, body);
  } else {
    it(title, () => {
      throw new Error(decision.reason);
    });
  }
}
