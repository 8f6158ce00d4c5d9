/**
 * A Markdown summary for pull-request comments and `$GITHUB_STEP_SUMMARY` (GitHub-flavoured
 * tables): totals, a table per file and per rule with the rule's documentation link, then the
 * findings of each file in a collapsible section.
 */
import type { Formatter } from './types.js';
import { byPath, displayPath, ruleDocsUrl, severityWord } from './common.js';
import { markdownText, visible } from './safe-text.js';

/** Findings listed in the details, and characters in all: a GitHub comment holds at most 65,536. */
const MAX_ROWS = 500;
const MAX_CHARS = 60_000;

/**
 * Text safe inside a GFM table cell (also the portfolio report's, src/report/markdown.ts):
 * proposal text, file names and plugin metadata cannot form images, links, autolinks, HTML,
 * headings or cells — `markdownText` of src/formatters/safe-text.ts.
 */
export const cell = markdownText;

/**
 * A file name in a code span, where nothing is markup; controls and line breaks are escaped
 * (`visible`), a backtick cannot end the span and a pipe cannot end the table cell.
 */
function code(value: string): string {
  return `\`${visible(value).replace(/`/g, "'").replace(/\|/g, '\\|')}\``;
}

/** A documentation link only to the web; any other address (a plugin's `javascript:`) is not made a link. */
function webUrl(url: string | undefined): string | undefined {
  if (!url || !URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  // Parentheses and angle brackets would end the link's destination early.
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href.replace(/[()<>]/g, encodeURIComponent) : undefined;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export const markdown: Formatter = (results, context) => {
  const sorted = byPath(results, context.cwd);
  const link = (ruleId: string): string => {
    const url = webUrl(ruleDocsUrl(ruleId, context.rules));
    return url ? `[${cell(ruleId)}](${url})` : cell(ruleId);
  };
  let errors = 0;
  let warnings = 0;
  let suppressed = 0;
  const rules = new Map<string, { errors: number; warnings: number; files: Set<string>; clauses: Set<string> }>();
  for (const result of sorted) {
    errors += result.errorCount;
    warnings += result.warningCount;
    suppressed += result.suppressed.length;
    for (const finding of result.findings) {
      const entry = rules.get(finding.ruleId) ?? { errors: 0, warnings: 0, files: new Set(), clauses: new Set() };
      if (finding.severity === 2) entry.errors++;
      else entry.warnings++;
      entry.files.add(result.filePath);
      for (const clause of finding.clauses) entry.clauses.add(clause);
      rules.set(finding.ruleId, entry);
    }
  }
  const withFindings = sorted.filter((result) => result.findings.length);
  const files = plural(sorted.length, 'proposal', 'proposals');
  const out: string[] = [];
  const note = suppressed ? ` ${plural(suppressed, 'finding is', 'findings are')} suppressed with a reason.` : '';
  if (!withFindings.length) {
    out.push('### ✅ itstrat', '', `No problems in ${files}.${note}`, '');
    return out.join('\n');
  }
  out.push(
    `### ${errors ? '❌' : '⚠️'} itstrat`,
    '',
    `**${plural(errors, 'error', 'errors')}** and **${plural(warnings, 'warning', 'warnings')}** in ${withFindings.length} of ${files}.${note}`,
    '',
    '| File | Errors | Warnings |',
    '| :--- | ---: | ---: |',
    ...withFindings.map((result) => `| ${code(displayPath(context.cwd, result.filePath))} | ${result.errorCount} | ${result.warningCount} |`),
    '',
    '| Rule | Errors | Warnings | Files | Clauses |',
    '| :--- | ---: | ---: | ---: | :--- |',
    ...[...rules.keys()].sort().map((ruleId) => {
      const entry = rules.get(ruleId)!;
      return `| ${link(ruleId)} | ${entry.errors} | ${entry.warnings} | ${entry.files.size} | ${[...entry.clauses].sort().map(cell).join(', ')} |`;
    }),
    '',
  );
  let rows = 0;
  let hidden = 0;
  let size = out.reduce((sum, line) => sum + line.length + 1, 0);
  for (const result of withFindings) {
    const path = displayPath(context.cwd, result.filePath);
    const summary = `${plural(result.errorCount, 'error', 'errors')}, ${plural(result.warningCount, 'warning', 'warnings')}`;
    const head = [
      `<details><summary><code>${cell(path)}</code> — ${summary}</summary>`,
      '',
      '| Line | Severity | Rule | Message | Clauses |',
      '| ---: | :--- | :--- | :--- | :--- |',
    ];
    const tail = ['', '</details>', ''];
    const frame = [...head, ...tail].reduce((sum, line) => sum + line.length + 1, 0);
    const body: string[] = [];
    let blockSize = frame;
    for (const finding of result.findings) {
      const row = `| ${finding.line}:${finding.column} | ${severityWord(finding.severity)} | ${link(finding.ruleId)} | ${cell(finding.message)} | ${finding.clauses.map(cell).join(', ')} |`;
      if (rows >= MAX_ROWS || size + blockSize + row.length + 1 > MAX_CHARS) {
        hidden++;
        continue;
      }
      body.push(row);
      blockSize += row.length + 1;
      rows++;
    }
    if (!body.length) continue;
    out.push(...head, ...body, ...tail);
    size += blockSize;
  }
  if (hidden) out.push(`…and ${plural(hidden, 'more finding', 'more findings')}; run \`itstrat lint\` to see all.`, '');
  return out.join('\n');
};
