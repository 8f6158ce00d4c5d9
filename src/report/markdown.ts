/** The portfolio report as GitHub-flavoured Markdown: the same tables as the HTML report. */
import { cell } from '../formatters/markdown.js';
import { layoutReport, type Cell, type Inline } from './layout.js';
import type { Portfolio } from './portfolio.js';

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
      return cell(part.text);
    case 'path':
      return code(part.path);
    case 'rule': {
      const href = safeHref(part.href);
      return href ? `[${cell(part.id)}](${href})` : cell(part.id);
    }
  }
}

function render(value: Cell): string {
  return value.parts.map(inline).join(', ');
}

export function markdownReport(portfolio: Portfolio): string {
  const document = layoutReport(portfolio);
  const out: string[] = [`# ${cell(document.title)}`, '', cell(document.lead), ''];
  for (const section of document.sections) {
    out.push(`## ${cell(section.heading)}`, '');
    if (section.note) out.push(cell(section.note), '');
    const { columns, rows } = section.table;
    out.push(
      `| ${columns.map((column) => cell(column.label)).join(' | ')} |`,
      `| ${columns.map((column) => (column.numeric ? '---:' : ':---')).join(' | ')} |`,
      ...rows.map((row) => `| ${row.map(render).join(' | ')} |`),
      '',
    );
  }
  return out.join('\n');
}
