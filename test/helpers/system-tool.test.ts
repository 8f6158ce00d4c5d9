/** The one rule for tests that need a system tool: run when present, skip outside CI, fail in CI. */
import { describe, expect, it } from 'vitest';
import { decide, inCi, toolPresent } from './system-tool.js';

describe('system-tool helper', () => {
  it('runs when nothing is missing, skips outside CI, fails inside it, naming the tool and how to install it', () => {
    expect(decide([], false)).toEqual({ action: 'run' });
    expect(decide([], true)).toEqual({ action: 'run' });
    const skip = decide(['pre-commit'], false);
    expect(skip.action).toBe('skip');
    expect(skip.action !== 'run' && skip.reason).toMatch(/pre-commit is not installed \(apt-get install -y pre-commit/);
    const fail = decide(['git', { name: 'chromium', install: 'apt-get install -y chromium' }], true);
    expect(fail.action).toBe('fail');
    expect(fail.action !== 'run' && fail.reason).toMatch(/git and chromium are not installed.*CI is set/);
  });

  it('reads CI the way CI services set it', () => {
    expect(inCi({})).toBe(false);
    expect(inCi({ CI: '' })).toBe(false);
    expect(inCi({ CI: 'false' })).toBe(false);
    expect(inCi({ CI: '0' })).toBe(false);
    expect(inCi({ CI: 'true' })).toBe(true);
    expect(inCi({ CI: '1' })).toBe(true);
  });

  it('finds a tool by running it, and a missing one as missing', () => {
    expect(toolPresent({ name: process.execPath, versionArgs: ['--version'] })).toBe(true);
    expect(toolPresent('itstrat-no-such-tool-on-any-machine')).toBe(false);
  });
});
