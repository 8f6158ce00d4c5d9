/** The per-file boundary's parts: the time budget, the exit guard, the attribution of late failures. */
import { describe, expect, it } from 'vitest';
import { bounded, ExitCalled, installGuards, TimedOut, within, type LateFailure } from '../../src/cli/isolation.js';

describe('bounded', () => {
  it("returns the work's value, and stops a synchronous endless loop defined outside the context", () => {
    expect(bounded(() => 42, 1000)).toBe(42);
    const started = performance.now();
    expect(() =>
      bounded(() => {
        for (;;) {
          // endless
        }
      }, 100),
    ).toThrow(TimedOut);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('0 means no budget: the work runs directly', () => {
    expect(bounded(() => 'direct', 0)).toBe('direct');
  });
});

describe('guards', () => {
  it("process.exit inside a file's work throws instead of exiting; late failures go to the file and rule that started them", async () => {
    const late: LateFailure[] = [];
    const orphans: string[] = [];
    const guards = installGuards(
      (failure) => late.push(failure),
      (error) => orphans.push(String(error)),
      20,
    );
    try {
      expect(() => within({ file: 3, rule: 'local/x' }, () => process.exit(0))).toThrow(ExitCalled);
      within({ file: 4, rule: 'local/y' }, () => {
        setTimeout(() => {
          throw new Error('late one');
        }, 1);
        void Promise.reject(new Error('late two'));
      });
    } finally {
      await guards.release();
    }
    expect(late.map((failure) => `${failure.file} ${failure.rule} ${failure.detail}`).sort()).toEqual(['4 local/y late one', '4 local/y late two']);
    expect(orphans).toEqual([]);
  });

  it('a work stopped by the budget leaves no origin behind: what runs afterwards belongs to no file', async () => {
    expect(() =>
      bounded(
        () =>
          within({ file: 9, rule: 'local/loop' }, () => {
            for (;;) {
              // endless
            }
          }),
        50,
      ),
    ).toThrow(TimedOut);
    const late: LateFailure[] = [];
    const orphans: string[] = [];
    const guards = installGuards(
      (failure) => late.push(failure),
      (error) => orphans.push((error as Error).message),
      20,
    );
    try {
      setTimeout(() => {
        throw new Error("not a file's");
      }, 1);
    } finally {
      await guards.release();
    }
    expect(late).toEqual([]);
    expect(orphans).toEqual(["not a file's"]);
  });
});
