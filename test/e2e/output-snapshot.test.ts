/**
 * Speed work changes no byte of any report: the built CLI's outputs on every fixture and on the
 * bench corpus (json, stylish and sarif; one and two threads) hash as recorded in
 * bench/snapshot.json. When merged work changes outputs on purpose, re-record with
 * `npm run snapshot` and commit the new bench/snapshot.json with it.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain JavaScript module without types
import { differences, readSnapshot, takeSnapshot } from '../../bench/snapshot.js';

describe('outputs', () => {
  it('are byte-identical to bench/snapshot.json (re-record with `npm run snapshot` when a change is meant)', { timeout: 900_000 }, () => {
    const diff = (differences as (a: unknown, b: unknown) => string[])(readSnapshot(), takeSnapshot());
    expect(diff).toEqual([]);
  });
});
