/** ESLint's JSON result shape, plus the clauses behind each finding. */
import type { Finding } from '../engine.js';
import type { Formatter } from './types.js';
import { docsUrl } from '../docs.js';

function message(finding: Finding) {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    clauses: finding.clauses,
    ...(finding.fatal ? { fatal: true } : {}),
    ...(finding.ruleId !== 'parse' && finding.ruleId !== 'directive' ? { docsUrl: docsUrl(finding.ruleId) } : {}),
  };
}

export const json: Formatter = (results) =>
  JSON.stringify(
    results.map((result) => ({
      filePath: result.filePath,
      messages: result.findings.map(message),
      suppressedMessages: result.suppressed.map((finding) => ({
        ...message(finding),
        suppressions: [{ kind: finding.suppression!.kind ?? 'directive', justification: finding.suppression!.reason }],
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
  ) + '\n';
