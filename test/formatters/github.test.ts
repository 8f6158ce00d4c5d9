import { docsUrl } from '../../src/engine/docs.js';
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, github } from '../../src/formatters/github.js';
import type { FileResult } from '../../src/engine/file-result.js';
import type { RuleMeta } from '../../src/engine/rule-api.js';

const meta = (id: string): RuleMeta => ({
  id,
  description: id,
  clauses: [],
  severity: 'error',
  docsUrl: docsUrl(id),
  messages: { en: {}, da: {}, sv: {}, nb: {} },
});

function result(filePath: string, findings: FileResult['findings']): FileResult {
  return {
    filePath,
    findings,
    suppressed: [],
    errorCount: findings.filter((finding) => finding.severity === 2).length,
    warningCount: findings.filter((finding) => finding.severity === 1).length,
    fatalErrorCount: 0,
    language: 'en',
    strategies: [],
    rulesChecked: ['business-case', 'single-owner'],
  };
}

const context = {
  cwd: '/repo',
  color: false,
  hyperlinks: false,
  rules: new Map([
    ['business-case', meta('business-case')],
    ['single-owner', meta('single-owner')],
  ]),
};

describe('github formatter', () => {
  it('escapes data and properties exactly as @actions/core does', () => {
    expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    expect(escapeProperty('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext%3A a%2C b');
    // % first, so an existing escape is not decoded later.
    expect(escapeData('%0A')).toBe('%250A');
  });

  it("writes one ::error / ::warning line per finding, with position, title and the rule's docs", () => {
    const output = github(
      [
        result('/repo/proposals/b, "odd": name.md', [
          { ruleId: 'single-owner', severity: 1, message: 'Owner: one, please', line: 2, column: 1, endLine: 2, endColumn: 8, clauses: ['ESB-8a'] },
        ]),
        result('/repo/proposals/a.yaml', [
          {
            ruleId: 'business-case',
            severity: 2,
            message: 'Costs rise 12% a year:\r\nsee line 4, then 5',
            line: 3,
            column: 5,
            endLine: 4,
            endColumn: 9,
            clauses: ['ESB-8', 'STH-5'],
          },
        ]),
      ],
      context,
    );
    expect(output).toBe(
      [
        '::error file=proposals/a.yaml,line=3,col=5,endLine=4,endColumn=9,title=business-case::' +
          // A Windows line end is one line break; workflow-command escaping then encodes it.
          'Costs rise 12%25 a year:%0Asee line 4, then 5%0AESB-8, STH-5 — https://github.com/itstrat/itstrat/blob/main/rules/business-case.md',
        '::warning file=proposals/b%2C "odd"%3A name.md,line=2,col=1,endLine=2,endColumn=8,title=single-owner::' +
          'Owner: one, please%0AESB-8a — https://github.com/itstrat/itstrat/blob/main/rules/single-owner.md',
        '',
      ].join('\n'),
    );
  });

  it('prints nothing when there is nothing to annotate', () => {
    expect(github([result('/repo/a.yaml', [])], context)).toBe('');
  });
});
