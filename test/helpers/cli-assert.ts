/**
 * Assertions and inputs shared by the CLI contract tests (test/e2e/cli-*.test.ts): what a
 * failed run must look like (SPEC §5), the JSON result shape, and proposals to lint.
 */
import { expect } from 'vitest';
import type { CliRun } from './ci-run.js';

export interface JsonMessage {
  ruleId: string;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  fatal?: boolean;
}

export interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  suppressedMessages: (JsonMessage & { suppressions: { kind: string; justification: string }[] })[];
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
}

/**
 * Exit code 2, nothing on stdout, exactly one line on stderr that says what went wrong,
 * and no stack trace.
 */
export function expectRunFailure(run: CliRun, says: RegExp): void {
  const context = `exit ${run.code}\nstdout: ${run.stdout}\nstderr: ${run.stderr}`;
  expect(run.code, context).toBe(2);
  expect(run.stderr.endsWith('\n'), context).toBe(true);
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines, context).toHaveLength(1);
  expect(lines[0], context).toMatch(/^itstrat: \S/);
  expect(lines[0], context).toMatch(says);
  expect(run.stderr, context).not.toMatch(/^\s+at /m);
  expect(run.stderr, context).not.toMatch(/internal error/);
}

/** The results of a `--format json` run, by file name (the last path segment). */
export function jsonResults(run: CliRun): Map<string, JsonResult> {
  const results = JSON.parse(run.stdout) as JsonResult[];
  return new Map(results.map((result) => [result.filePath.split(/[\\/]/).pop()!, result]));
}

/** Where each finding is, as "ruleId@line:column", for compact comparisons. */
export function locations(result: JsonResult | undefined): string[] {
  return (result?.messages ?? []).map((message) => `${message.ruleId}@${message.line}:${message.column}`);
}

/** A proposal every rule of the `recommended` preset accepts (English, YAML). */
export const CLEAN_YAML = `title: Digital booking of sports halls
language: en
owner:
  name: Helen Carter
  role: Head of Culture and Leisure
description: >
  Citizens and clubs book the municipality's sports halls online instead of by phone, and
  staff no longer keep the bookings in spreadsheets.
sharedSolution:
  status: used
  solutions: [MitID, Digital Post]
businessCase:
  currency: DKK
  financing: Digitalisation fund 2026
  costs:
    - { item: Licences, amount: 120000, year: 2026, kind: investment }
    - { item: Operation, amount: 30000, year: 2027, kind: operating }
  benefits:
    - { item: Staff time saved, amount: 240000, year: 2027, kind: financial }
followUp:
  metrics:
    - { perspective: external-benefit, name: Share of bookings made online, method: objective, baseline: 0 %, target: 80 %, deadline: 2027-12-31 }
    - { perspective: internal-benefit, name: Staff hours spent on bookings per month, method: objective, baseline: 60, target: 10, deadline: 2027-12-31 }
    - { perspective: it-maturity, name: Share of staff using the booking system, method: subjective, baseline: 0 %, target: 90 %, deadline: 2027-12-31 }
    - { perspective: it-cost, name: Yearly operating cost, method: objective, baseline: 0 kr., target: 30000 kr., deadline: 2027-12-31 }
    - { perspective: it-quality, name: Uptime, method: objective, baseline: 99 %, target: 99.5 %, deadline: 2027-12-31 }
`;

/**
 * A small proposal for the tests that enable only the `schema` rule: `typo` adds an unknown key
 * (a warning), `badValue` a value outside its list (an error), both on line 6.
 */
export function schemaProposal(options: { typo?: boolean; badValue?: boolean } = {}): string {
  return [
    'title: Digital post for letters to citizens',
    'owner:',
    '  name: Jane Doe',
    '  role: Director of Citizen Services',
    'description: Letters to citizens go out through Digital Post.',
    ...(options.typo ? ['budgett: 100000'] : []),
    ...(options.badValue ? ['category: budgett'] : []),
    '',
  ].join('\n');
}

/** Only the always-stable `schema` rule, so these tests do not move with the rule catalogue. */
export const SCHEMA_ONLY = 'rules:\n  schema: error\n';
