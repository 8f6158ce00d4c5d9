/**
 * JUnit XML for CI test reports (GitLab `artifacts:reports:junit`, Jenkins, Azure DevOps): one
 * <testsuite> per file, a passing <testcase> per rule checked on it, and a failing <testcase>
 * per finding carrying file:line:col, the message, the clauses and the rule's documentation.
 * So `failures` counts findings, and a rule with none shows as passed.
 *
 * GitLab keys a test case by suite + classname + name and keeps one of each key, so every
 * failing case is named after its rule and position (`business-case 12:3`), numbered when one
 * rule reports twice at one position. Only the attributes of Jenkins' junit-10.xsd are written
 * (a <testcase> has no `file`): the path is the suite's name and the case's classname.
 */
import type { Finding } from '../engine/engine.js';
import type { Formatter } from './types.js';
import { byPath, clauseInfo, displayPath, ruleDocsUrl, severityWord } from './common.js';
import { visible } from './safe-text.js';

/** XML 1.0 text: escaped, and without the control characters XML cannot carry. */
export function xmlEscape(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;');
}

export const junit: Formatter = (results, context) => {
  const lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const suites: string[] = [];
  let totalTests = 0;
  let totalFailures = 0;
  for (const result of byPath(results, context.cwd)) {
    // Shown in CI test views: control and bidi characters escaped visibly (XML 1.0 could not carry most of them anyway).
    const path = visible(displayPath(context.cwd, result.filePath));
    const failing = new Map<string, Finding[]>();
    for (const finding of result.findings) failing.set(finding.ruleId, [...(failing.get(finding.ruleId) ?? []), finding]);
    const ruleIds = [...new Set([...result.rulesChecked, ...failing.keys()])].sort();
    const cases: string[] = [];
    for (const ruleId of ruleIds) {
      const findings = failing.get(ruleId);
      const head = (name: string) => `    <testcase classname="${xmlEscape(path)}" name="${xmlEscape(visible(name))}" time="0"`;
      if (!findings) {
        cases.push(`${head(ruleId)}/>`);
        continue;
      }
      const seen = new Map<string, number>();
      for (const finding of findings) {
        const position = `${ruleId} ${finding.line}:${finding.column}`;
        const count = (seen.get(position) ?? 0) + 1;
        seen.set(position, count);
        const severity = severityWord(finding.severity);
        const where = `${path}:${finding.line}:${finding.column}`;
        const message = visible(finding.message);
        const body = [`${where}: ${severity}: ${message} (${visible(ruleId)})`];
        for (const id of finding.clauses) {
          const clause = clauseInfo(id, finding);
          body.push(clause ? `${id} ${clause.strategyName}, p. ${clause.page}: "${clause.quote}"` : id);
        }
        const url = ruleDocsUrl(ruleId, context.rules);
        if (url) body.push(visible(url));
        cases.push(
          `${head(count === 1 ? position : `${position} (${count})`)}>`,
          `      <failure message="${xmlEscape(`${where} ${message}`)}" type="${severity}">${xmlEscape(body.join('\n'))}</failure>`,
          '    </testcase>',
        );
      }
    }
    const tests = ruleIds.length - failing.size + result.findings.length;
    totalTests += tests;
    totalFailures += result.findings.length;
    suites.push(
      `  <testsuite name="${xmlEscape(path)}" tests="${tests}" failures="${result.findings.length}" errors="0" skipped="0" time="0">`,
      ...cases,
      '  </testsuite>',
    );
  }
  lines.push(`<testsuites name="itstrat" tests="${totalTests}" failures="${totalFailures}" errors="0" time="0">`, ...suites, '</testsuites>');
  return `${lines.join('\n')}\n`;
};
