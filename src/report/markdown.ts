/**
 * The portfolio report as GitHub-flavoured Markdown: the same sections and tables as the HTML
 * report (a chart is left out; its table stays), proposals' findings in `<details>`. It fits a
 * job summary: over 1 MiB, proposals' details are left out from the end, with a note saying so.
 */
import { markdownText, visible } from '../formatters/safe-text.js';
import { layoutReport, type Block, type Cell, type Inline, type Section, type Table } from './layout.js';
import type { Portfolio } from './portfolio.js';
import { reportText } from './words.js';

/** GitHub's limit for a job summary (and a comfortable size for a pull-request comment). */
export const MARKDOWN_LIMIT = 1024 * 1024;

/** Text inside `<summary>`: HTML, where backslashes are not escapes. */
function htmlText(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n|\r/g, ' ');
}

/** A code span that holds any text: the fence is longer than any run of backticks inside. */
function code(value: string): string {
  const longest = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = value.startsWith('`') || value.endsWith('`') ? ' ' : '';
  // Inside a table cell a pipe ends the cell even in a code span, and a line break ends the row.
  return `${fence}${pad}${value.replace(/\|/g, '\\|').replace(/\r?\n|\r/g, ' ')}${pad}${fence}`;
}

/** Only web links: a plugin's docsUrl could be anything. */
function safeHref(href: string | null): string | undefined {
  if (!href || !/^https?:\/\//i.test(href)) return undefined;
  return href.replace(/[\s()<>|\\]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function inline(part: Inline): string {
  switch (part.kind) {
    case 'text':
      return markdownText(part.text);
    case 'path':
    case 'file':
      return code(visible(part.path));
    case 'rule': {
      const href = safeHref(part.href);
      return href ? `[${markdownText(part.id)}](${href})` : markdownText(part.id);
    }
  }
}

function render(value: Cell): string {
  return value.parts.map(inline).join(', ');
}

function table(value: Table, caption?: string): string[] {
  const { columns, rows } = value;
  return [
    ...(caption ? [`**${markdownText(caption)}**`, ''] : []),
    `| ${columns.map((column) => markdownText(column.label)).join(' | ')} |`,
    `| ${columns.map((column) => (column.numeric ? '---:' : ':---')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(render).join(' | ')} |`),
    '',
  ];
}

function block(value: Block): string[] {
  switch (value.kind) {
    case 'paragraph':
      return [value.parts.map(inline).join(''), ''];
    case 'table':
      return table(value.table, value.caption);
    case 'figure':
      return table(value.table, value.chart.title);
    case 'details':
      // GitHub renders Markdown inside <details> after a blank line.
      return [`<details><summary>${htmlText(value.summary)}</summary>`, '', ...value.blocks.flatMap(block), '</details>', ''];
    case 'filters':
      return [];
  }
}

function section(value: Section): string {
  const out = [`${value.proposal ? '###' : '##'} ${markdownText(value.heading)}`, ''];
  if (value.note) out.push(markdownText(value.note), '');
  for (const inner of value.blocks) out.push(...block(inner));
  return out.join('\n');
}

export function markdownReport(portfolio: Portfolio, limit = MARKDOWN_LIMIT): string {
  const document = layoutReport(portfolio);
  const { words } = reportText(portfolio.language);
  const head = [
    `# ${markdownText(document.title)}`,
    '',
    markdownText(document.lead),
    '',
    ...document.stamp.map(([label, value]) => `- **${markdownText(label)}:** ${markdownText(value)}`),
    '',
  ].join('\n');
  const parts = document.sections.map(section);
  const size = (texts: readonly string[]): number => texts.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8') + 1, 0);
  let kept = parts;
  if (size([head, ...parts]) > limit) {
    // Leave out proposals' details from the last, until the rest and the note fit.
    const details = document.sections.map((value) => Boolean(value.proposal));
    kept = [...parts];
    let omitted = 0;
    const note = (): string => `> ${markdownText(words.truncated(omitted))}\n`;
    for (let index = kept.length - 1; index >= 0 && size([head, note(), ...kept]) > limit; index--) {
      if (!details[index]) continue;
      kept.splice(index, 1);
      omitted++;
    }
    // Still too large without any details (a portfolio of many thousands): cut the tables' rows' text at the limit.
    const text = [head, note(), ...kept].join('\n');
    return Buffer.byteLength(text, 'utf8') > limit ? `${truncateUtf8(text, limit - 200)}\n\n${note()}` : text;
  }
  return [head, ...kept].join('\n');
}

/** At most `bytes` of UTF-8, cut at a line end so no table row or tag is half written. */
function truncateUtf8(text: string, bytes: number): string {
  const cut = Buffer.from(text, 'utf8').subarray(0, bytes).toString('utf8');
  const end = cut.lastIndexOf('\n');
  return end > 0 ? cut.slice(0, end) : '';
}
