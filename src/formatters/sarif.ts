/**
 * SARIF 2.1.0 (OASIS), for GitHub code scanning and other SARIF viewers: one run, the rules
 * with their clauses and help text, one result per finding. Findings an inline disable (with a
 * reason) or a baseline accepts are results with a `suppressions` entry, so viewers show them
 * as dismissed rather than losing them.
 */
import { pathToFileURL } from 'node:url';
import { sortFindings, type Finding } from '../engine/engine.js';
import type { RuleMeta } from '../engine/rule-api.js';
import type { Formatter } from './types.js';
import { itstratVersion } from '../engine/version.js';
import { fingerprint } from '../engine/fingerprint.js';
import { neutralData } from '../engine/render.js';
import { byPath, clauseInfo, displayPath, ruleDescription, ruleDocsUrl, rulesInResults, severityWord } from './common.js';
import { markdownText, visible } from './safe-text.js';

const INFORMATION_URI = 'https://github.com/itstrat/itstrat';
const SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';

/** A relative path as a URI reference: each segment percent-encoded, slashes kept. */
function uriOf(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function level(severity: 'error' | 'warn' | 1 | 2): 'error' | 'warning' {
  return severity === 'error' || severity === 2 ? 'error' : 'warning';
}

function helpFor(ruleId: string, meta: RuleMeta | undefined, description: string, url: string | undefined): { text: string; markdown: string } {
  const text: string[] = [description];
  const markdown: string[] = [markdownText(description)];
  for (const id of meta?.clauses ?? []) {
    const clause = clauseInfo(id);
    if (!clause) {
      text.push('', `${id}`);
      markdown.push('', `**${id}**`);
      continue;
    }
    const head = `${id} (${clause.modal}) — ${clause.strategyName}, p. ${clause.page}: ${clause.title}`;
    text.push('', head, `  "${clause.quote}"`, `  English: "${clause.quoteEn}"`);
    markdown.push(
      '',
      `**${id}** (${clause.modal}) — ${clause.strategyName}, p. ${clause.page}: *${clause.title}*`,
      '',
      `> ${clause.quote}`,
      '>',
      `> *English:* ${clause.quoteEn}`,
    );
  }
  if (url) {
    text.push('', `Documentation: ${url}`);
    markdown.push('', `[Documentation of \`${ruleId}\`](${url})`);
  }
  return { text: text.join('\n'), markdown: markdown.join('\n') };
}

function region(finding: Finding) {
  const startLine = Math.max(1, finding.line);
  const startColumn = Math.max(1, finding.column);
  const endLine = Math.max(startLine, finding.endLine || startLine);
  const endColumn = Math.max(1, finding.endColumn || startColumn);
  return {
    startLine,
    startColumn,
    endLine,
    endColumn: endLine === startLine ? Math.max(startColumn, endColumn) : endColumn,
  };
}

export const sarif: Formatter = (results, context) => {
  const sorted = byPath(results, context.cwd);
  const ruleIds = rulesInResults(sorted);
  const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]));
  const rules = ruleIds.map((id) => {
    const meta = context.rules.get(id);
    // A plugin's metadata is shown by SARIF viewers: escaped like the proposal's text.
    const description = visible(ruleDescription(id, context.rules));
    const url = ruleDocsUrl(id, context.rules);
    const clauses = [...new Set(meta?.clauses ?? [])];
    const fullDescription = clauses.length
      ? `${description} Clauses: ${clauses
          .map((clause) => {
            const info = clauseInfo(clause);
            return info ? `${clause} (${info.strategyName}, p. ${info.page})` : clause;
          })
          .join('; ')}.`
      : description;
    return {
      id,
      name: id,
      shortDescription: { text: description },
      fullDescription: { text: fullDescription },
      help: helpFor(id, meta, description, url),
      ...(url ? { helpUri: url } : {}),
      defaultConfiguration: { level: meta ? level(meta.severity) : 'error' },
      properties: { tags: clauses },
    };
  });

  const out: unknown[] = [];
  for (const result of sorted) {
    const path = displayPath(context.cwd, result.filePath);
    const suppressedSet = new Set(result.suppressed);
    const seen = new Map<string, number>();
    for (const finding of sortFindings([...result.findings, ...result.suppressed])) {
      const suppressed = suppressedSet.has(finding);
      // Keyed on what the finding says, not how it reads: the same in every --lang.
      const print = fingerprint(finding.ruleId, finding.messageId, neutralData(finding.data));
      const occurrence = seen.get(print) ?? 0;
      seen.set(print, occurrence + 1);
      out.push({
        ruleId: finding.ruleId,
        ruleIndex: ruleIndex.get(finding.ruleId)!,
        level: severityWord(finding.severity),
        message: { text: visible(finding.message) },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: uriOf(path), uriBaseId: SRCROOT },
              region: region(finding),
            },
          },
        ],
        partialFingerprints: { 'itstratFinding/v2': `${fingerprint(path, print)}:${occurrence + 1}` },
        ...(finding.clauses.length ? { properties: { clauses: finding.clauses } } : {}),
        ...(suppressed && finding.suppression
          ? {
              suppressions: [
                finding.suppression.kind === 'external'
                  ? { kind: 'external', justification: finding.suppression.reason }
                  : { kind: 'inSource', justification: finding.suppression.reason },
              ],
            }
          : {}),
      });
    }
  }

  const root = pathToFileURL(context.cwd).href;
  const log = {
    $schema: SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'itstrat',
            version: itstratVersion(),
            semanticVersion: itstratVersion(),
            informationUri: INFORMATION_URI,
            rules,
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: root.endsWith('/') ? root : `${root}/` } },
        columnKind: 'utf16CodeUnits',
        results: out,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
