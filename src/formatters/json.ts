/** ESLint's JSON result shape, plus the clauses behind each finding. */
import type { Finding } from '../engine/engine.js';
import type { FileResult } from '../engine/file-result.js';
import type { FormatContext, Formatter } from './types.js';
import type { RuleMeta } from '../engine/rule-api.js';
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
    // ESLint's shape: offsets in the source (after a byte-order mark) and the text that replaces them.
    ...(finding.fix ? { fix: { range: finding.fix.range, text: finding.fix.text } } : {}),
    ...(finding.suggestions
      ? {
          suggestions: finding.suggestions.map((suggestion) => ({
            messageId: suggestion.messageId,
            ...(suggestion.data ? { data: suggestion.data } : {}),
            desc: suggestion.desc,
            fix: { range: suggestion.fix.range, text: suggestion.fix.text },
          })),
        }
      : {}),
  };
}

function fixable(result: FileResult, severity: 1 | 2): number {
  return result.findings.filter((finding) => finding.fix && finding.severity === severity).length;
}

/** The results as ESLint's JSON formatter prints them; `source` lets ESLint's formatters show code frames. */
export function jsonResults(results: readonly FileResult[], context: Pick<FormatContext, 'rules' | 'source'>) {
  return results.map((result) => {
    const source = result.findings.length ? context.source?.(result.filePath) : undefined;
    return {
      filePath: result.filePath,
      messages: result.findings.map((finding) => message(finding, context.rules, result)),
      suppressedMessages: result.suppressed.map((finding) => ({
        ...message(finding, context.rules, result),
        suppressions: [{ kind: finding.suppression?.kind ?? 'directive', justification: finding.suppression?.reason ?? '' }],
      })),
      errorCount: result.errorCount,
      fatalErrorCount: result.fatalErrorCount,
      warningCount: result.warningCount,
      fixableErrorCount: fixable(result, 2),
      fixableWarningCount: fixable(result, 1),
      ...(source !== undefined ? { source } : {}),
      ...(result.output !== undefined ? { output: result.output } : {}),
      language: result.language,
      strategies: result.strategies,
      ...(result.businessCase ? { businessCase: result.businessCase } : {}),
      ...(result.stats ? { stats: result.stats } : {}),
    };
  });
}

export const json: Formatter = (results, context) => `${JSON.stringify(jsonResults(results, context))}\n`;
