/**
 * GitHub Actions workflow commands: one `::error` or `::warning` annotation per finding, shown
 * on the pull request's diff. Escaping follows @actions/core (toolkit `command.ts`): in the
 * message `%` `\r` `\n`; in property values also `:` and `,`.
 */
import type { Formatter } from './types.js';
import { byPath, displayPath, ruleDocsUrl, severityWord } from './common.js';
import { visible } from './safe-text.js';

export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const github: Formatter = (results, context) => {
  const lines: string[] = [];
  for (const result of byPath(results, context.cwd)) {
    // Shown, never obeyed: a proposal's control and bidi characters reach the log and the annotation escaped (an annotation may span lines).
    const file = visible(displayPath(context.cwd, result.filePath));
    for (const finding of result.findings) {
      const properties: [string, string | number][] = [
        ['file', file],
        ['line', finding.line],
        ['col', finding.column],
        ['endLine', finding.endLine],
        ['endColumn', finding.endColumn],
        ['title', visible(finding.ruleId)],
      ];
      const url = ruleDocsUrl(finding.ruleId, context.rules);
      const detail = visible([finding.clauses.join(', '), url].filter(Boolean).join(' — '));
      const message = detail ? `${visible(finding.message, { newlines: true })}\n${detail}` : visible(finding.message, { newlines: true });
      lines.push(
        `::${severityWord(finding.severity)} ${properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',')}::${escapeData(message)}`,
      );
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
};
