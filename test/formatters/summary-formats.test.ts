import { docsUrl } from '../../src/engine/docs.js';
import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { markdown, cell } from '../../src/formatters/markdown.js';
import { junit, xmlEscape } from '../../src/formatters/junit.js';
import type { FileResult } from '../../src/engine/file-result.js';
import type { Finding } from '../../src/engine/engine.js';
import type { RuleMeta } from '../../src/engine/rule-api.js';

const meta = (id: string): RuleMeta => ({
  id,
  description: id,
  clauses: ['ESB-8'],
  severity: 'error',
  docsUrl: docsUrl(id),
  messages: { en: {}, da: {}, sv: {}, nb: {} },
});
const context = { cwd: '/repo', color: false, hyperlinks: false, rules: new Map([['business-case', meta('business-case')]]) };

function finding(line: number, message: string, severity: 1 | 2 = 2, ruleId = 'business-case'): Finding {
  return { ruleId, severity, message, line, column: 1, endLine: line, endColumn: 5, clauses: ['ESB-8'] };
}

function result(filePath: string, findings: Finding[], rulesChecked = ['business-case']): FileResult {
  return {
    filePath,
    findings,
    suppressed: [],
    errorCount: findings.filter((f) => f.severity === 2).length,
    warningCount: findings.filter((f) => f.severity === 1).length,
    fatalErrorCount: 0,
    language: 'en',
    strategies: [],
    rulesChecked,
  };
}

describe('markdown formatter', () => {
  it('escapes what would break a table cell or inject HTML', () => {
    expect(cell('a | b <script>\nnext & \\')).toBe('a \\| b &lt;script&gt;<br>next &amp; \\\\');
  });

  it('summarises per file and per rule with doc links, sorted by path', () => {
    const output = markdown(
      [
        result('/repo/b.yaml', [finding(3, 'Costs | benefits'), finding(4, 'Check', 1)]),
        result('/repo/a.md', [finding(1, 'Missing', 2, 'parse')], []),
        result('/repo/c.yaml', []),
      ],
      context,
    );
    expect(output).toContain('**2 errors** and **1 warning** in 2 of 3 proposals.');
    expect(output.indexOf('| `a.md` | 1 | 0 |')).toBeLessThan(output.indexOf('| `b.yaml` | 1 | 1 |'));
    expect(output).toContain('| [business-case](https://github.com/itstrat/itstrat/blob/main/rules/business-case.md) | 1 | 1 | 1 | ESB-8 |');
    expect(output).toContain('| parse | 1 | 0 | 1 | ESB-8 |');
    expect(output).toContain(
      '| 3:1 | error | [business-case](https://github.com/itstrat/itstrat/blob/main/rules/business-case.md) | Costs \\| benefits | ESB-8 |',
    );
  });

  it('says so when everything is clean', () => {
    expect(markdown([result('/repo/a.yaml', [])], context)).toBe('### ✅ itstrat\n\nNo problems in 1 proposal.\n');
  });

  it("stays within a pull-request comment's size and says how much it left out", () => {
    const many = Array.from({ length: 40 }, (_, file) =>
      result(
        `/repo/p${String(file).padStart(2, '0')}.yaml`,
        Array.from({ length: 30 }, (_, i) => finding(i + 1, `A long message ${'x'.repeat(150)} ${i}`)),
      ),
    );
    const output = markdown(many, context);
    expect(output.length).toBeLessThan(65_536);
    const shown = (output.match(/^\| \d+:1 \| error/gm) ?? []).length;
    expect(shown).toBeGreaterThan(50);
    expect(output).toContain(`…and ${1200 - shown} more findings`);
  });
});

describe('junit formatter', () => {
  it('escapes XML and drops characters XML 1.0 cannot carry', () => {
    expect(xmlEscape('a<b & "c" \'d\' \u0001\u0008e\r')).toBe('a&lt;b &amp; &quot;c&quot; &apos;d&apos; e&#13;');
  });

  it('is well-formed for hostile messages, with a passing case per clean rule and a failing case per finding', () => {
    const xml = junit(
      [result('/repo/a & b.yaml', [finding(2, 'Bad <tag> & "quote" ]]> \u0000'), finding(5, 'Second')], ['business-case', 'single-owner'])],
      context,
    );
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase'].includes(name) }).parse(
      xml,
    ) as {
      testsuites: {
        testsuite: { name: string; tests: string; failures: string; testcase: { name: string; failure?: { '#text': string; message: string } }[] }[];
      };
    };
    const suite = parsed.testsuites.testsuite[0]!;
    expect(suite.name).toBe('a & b.yaml');
    expect([suite.tests, suite.failures]).toEqual(['3', '2']);
    expect(suite.testcase.map((testcase) => [testcase.name, Boolean(testcase.failure)])).toEqual([
      ['business-case 2:1', true],
      ['business-case 5:1', true],
      ['single-owner', false],
    ]);
    expect(suite.testcase[0]!.failure!['#text']).toContain('a & b.yaml:2:1: error: Bad <tag> & "quote" ]]>');
    expect(suite.testcase[0]!.failure!['#text']).toContain('https://github.com/itstrat/itstrat/blob/main/rules/business-case.md');
  });
});
