/** ESLint's JSON result shape, plus the clauses behind each finding. */
import type { Finding } from '../engine/engine.js';
import type { FileResult } from '../engine/file-result.js';
import type { FormatContext, Formatter } from './types.js';
import type { RuleMeta } from '../engine/rule-api.js';
import { ruleDocsUrl } from './common.js';

function message(finding: Finding, rules: ReadonlyMap<string, RuleMeta>) {
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
    ...(finding.fatal ? { fatal: true } : {}),
    ...(docsUrl ? { docsUrl } : {}),
  };
}

/** The results as ESLint's JSON formatter prints them; `source` lets ESLint's formatters show code frames. */
export function jsonResults(results: readonly FileResult[], context: Pick<FormatContext, 'rules' | 'source'>) {
  return results.map((result) => {
    const source = result.findings.length ? context.source?.(result.filePath) : undefined;
    return {
      filePath: result.filePath,
      messages: result.findings.map((finding) => message(finding, context.rules)),
      suppressedMessages: result.suppressed.map((finding) => ({
        ...message(finding, context.rules),
        suppressions: [{ kind: finding.suppression?.kind ?? 'directive', justification: finding.suppression?.reason ?? '' }],
      })),
      errorCount: result.errorCount,
      fatalErrorCount: result.fatalErrorCount,
      warningCount: result.warningCount,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      ...(source !== undefined ? { source } : {}),
      language: result.language,
      strategies: result.strategies,
      ...(result.businessCase ? { businessCase: result.businessCase } : {}),
    };
  });
}

export const json: Formatter = (results, context) => `${JSON.stringify(jsonResults(results, context))}\n`;
