/**
 * RuleTester-style tables: proposal text in, `{ messageId?, line, column }` out. Runs the real
 * loader and engine, so positions are those a user sees.
 */
import { describe, expect, it } from 'vitest';
import { loadProposal } from '../../src/interpret/proposal.js';
import { runRules, type Finding } from '../../src/engine/engine.js';
import type { Rule } from '../../src/engine/rule-api.js';
import type { Lang } from '../../src/model/model.js';

export interface Case {
  /** Shown as the test name. */
  name?: string;
  /** File name: decides YAML (.yaml) or Markdown (.md). */
  filename?: string;
  code: string;
  options?: Record<string, unknown>;
  strategies?: string[];
  language?: Lang;
}

export interface ExpectedFinding {
  messageId?: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** Substring the rendered message must contain. */
  message?: string;
  /** 1 (warning) or 2 (error), for a finding whose severity differs from the rule's. */
  severity?: 1 | 2;
}

export interface InvalidCase extends Case {
  errors: ExpectedFinding[];
}

/** Lint `code` with one rule; returns the findings (all severities). */
export async function lintWith(rule: Rule, testCase: Case): Promise<Finding[]> {
  const filename = testCase.filename ?? 'proposal.yaml';
  const { proposal, problems } = await loadProposal(`/virtual/${filename}`, new TextEncoder().encode(testCase.code));
  if (!proposal) throw new Error(`test proposal does not parse: ${JSON.stringify(problems)}`);
  const outcome = runRules(
    proposal,
    [{ rule, severity: rule.meta.severity === 'error' ? 2 : 1, options: { ...(rule.meta.defaultOptions ?? {}), ...(testCase.options ?? {}) } }],
    new Set(testCase.strategies ?? []),
    testCase.language ?? proposal.language,
    new Set([rule.meta.id]),
  );
  if (outcome.crash) throw outcome.crash;
  return outcome.findings.filter((finding) => finding.ruleId === rule.meta.id);
}

export function ruleTester(rule: Rule, cases: { valid: Case[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    describe('valid', () => {
      for (const [index, testCase] of cases.valid.entries()) {
        it(testCase.name ?? `valid #${index + 1}`, async () => {
          expect(await lintWith(rule, testCase)).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const [index, testCase] of cases.invalid.entries()) {
        it(testCase.name ?? `invalid #${index + 1}`, async () => {
          const findings = await lintWith(rule, testCase);
          // Findings at one place come in messageId order (the engine's, whatever the language); a table may list them in any.
          const errors = [...testCase.errors].sort((a, b) => a.line - b.line || a.column - b.column || byCodeUnit(a.messageId ?? '', b.messageId ?? ''));
          const actual = findings.map((finding) => {
            const expected = errors[findings.indexOf(finding)];
            return {
              ...(expected?.messageId !== undefined ? { messageId: finding.messageId } : {}),
              line: finding.line,
              column: finding.column,
              ...(expected?.endLine !== undefined ? { endLine: finding.endLine } : {}),
              ...(expected?.endColumn !== undefined ? { endColumn: finding.endColumn } : {}),
              ...(expected?.message !== undefined ? { message: finding.message.includes(expected.message) ? expected.message : finding.message } : {}),
              ...(expected?.severity !== undefined ? { severity: finding.severity } : {}),
            };
          });
          expect(actual).toEqual(errors);
        });
      }
    });
  });
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
