/**
 * Findings as LSP diagnostics. itstrat counts lines and columns from 1 with the end exclusive;
 * LSP counts both from 0 (UTF-16 code units, as the loaders do), the end exclusive too.
 */
import { type Diagnostic, DiagnosticSeverity, type Range } from 'vscode-languageserver';
import type { Finding } from '../engine/engine.js';
import type { RuleMeta } from '../engine/rule-api.js';

/** What a diagnostic carries besides its text: enough to find its finding again. */
export interface DiagnosticData {
  messageId: string;
  clauses: string[];
}

export function lspRange(finding: Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn'>): Range {
  const at = (line: number, column: number) => ({ line: Math.max(0, line - 1), character: Math.max(0, column - 1) });
  return { start: at(finding.line, finding.column), end: at(finding.endLine, finding.endColumn) };
}

export function toDiagnostic(finding: Finding, meta: RuleMeta | undefined): Diagnostic {
  const data: DiagnosticData = { messageId: finding.messageId, clauses: finding.clauses };
  return {
    range: lspRange(finding),
    severity: finding.severity === 2 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: 'itstrat',
    code: finding.ruleId,
    ...(meta?.docsUrl ? { codeDescription: { href: meta.docsUrl } } : {}),
    message: finding.clauses.length ? `${finding.message} [${finding.clauses.join(', ')}]` : finding.message,
    data,
  };
}

/** Whether `position` lies in the finding's range (its ends included: an empty range is a point). */
export function covers(range: Range, position: Range['start']): boolean {
  const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(range.start, position) && before(position, range.end);
}

/** Whether two ranges meet (touching counts: a cursor at a finding's edge asks about it). */
export function meets(a: Range, b: Range): boolean {
  return covers(a, b.start) || covers(a, b.end) || covers(b, a.start);
}
