/** ESLint's JSON result shape, plus the clauses behind each finding. */
import type { Finding } from '../engine/engine.js';
import type { Formatter } from './types.js';
import type { RuleMeta } from '../engine/rule-api.js';
import type { FileResult } from '../engine/file-result.js';
import { headingPath, ruleDocsUrl } from './common.js';

function message(finding: Finding, rules: ReadonlyMap<string, RuleMeta>, result: FileResult) {
  const docsUrl = ruleDocsUrl(finding.ruleId, rules);
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    // ESLint keeps the messageId on every problem: tools key on it, not on the text.
    messageId: finding.messageId,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    clauses: finding.clauses,
    // A Word file: `line` is a paragraph; the headings above it say where that is.
    ...(result.outline ? { paragraph: finding.line, headingPath: headingPath(result, finding.line) } : {}),
    ...(finding.fatal ? { fatal: true } : {}),
    ...(docsUrl ? { docsUrl } : {}),
  };
}

export const json: Formatter = (results, context) =>
  `${JSON.stringify(
    results.map((result) => ({
      filePath: result.filePath,
      messages: result.findings.map((finding) => message(finding, context.rules, result)),
      suppressedMessages: result.suppressed.map((finding) => ({
        ...message(finding, context.rules, result),
        suppressions: [{ kind: finding.suppression?.kind ?? 'directive', justification: finding.suppression?.reason ?? '' }],
      })),
      errorCount: result.errorCount,
      fatalErrorCount: result.fatalErrorCount,
      warningCount: result.warningCount,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      language: result.language,
      strategies: result.strategies,
      ...(result.businessCase ? { businessCase: result.businessCase } : {}),
    })),
  )}\n`;
