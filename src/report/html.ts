/**
 * The portfolio report as one self-contained HTML page: inline CSS, no scripts, no external
 * assets, every text escaped. The markup is also well-formed XML (closed tags, quoted
 * attributes, no named entities beyond XML's own), so XML tools can read it.
 */
import { layoutReport, proposalAnchor, type Cell, type Inline } from './layout.js';
import type { Portfolio } from './portfolio.js';

const STYLE = `
:root { color-scheme: light; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --head: #f6f8fa; --ok: #1a7f37; --fail: #cf222e; --warn: #9a6700; --link: #0969da; }
* { box-sizing: border-box; }
body { margin: 2rem; color: var(--fg); font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; }
p { margin: .25rem 0 .75rem; color: var(--muted); }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; margin: .5rem 0 1rem; }
th, td { border: 1px solid var(--line); padding: .3rem .55rem; text-align: left; vertical-align: top; }
th { background: var(--head); font-weight: 600; }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tbody tr:nth-child(even) td { background: #fbfcfd; }
tr:target td { background: #fff8c5; }
code { font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
a { color: var(--link); text-decoration: none; }
a:hover { text-decoration: underline; }
.ok { color: var(--ok); font-weight: 600; }
.fail { color: var(--fail); font-weight: 600; }
.warn { color: var(--warn); font-weight: 600; }
@media print { body { margin: 0; font-size: 10px; } .scroll { overflow: visible; } tr { break-inside: avoid; } }
`;

/**
 * Text safe in HTML content and in double- or single-quoted attributes. Characters XML does
 * not allow (C0 controls other than tab and line breaks, lone surrogates) become U+FFFD.
 */
export function escapeHtml(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Only web links: a plugin's docsUrl could be anything, `javascript:` included. */
function safeHref(href: string | null): string | undefined {
  return href && /^https?:\/\//i.test(href) ? href : undefined;
}

function inline(part: Inline): string {
  switch (part.kind) {
    case 'text':
      return escapeHtml(part.text);
    case 'path': {
      const path = `<code>${escapeHtml(part.path)}</code>`;
      return part.row === undefined ? path : `<a href="#${proposalAnchor(part.row)}">${path}</a>`;
    }
    case 'rule': {
      const href = safeHref(part.href);
      return href ? `<a href="${escapeHtml(href)}">${escapeHtml(part.id)}</a>` : escapeHtml(part.id);
    }
  }
}

function td(value: Cell, numeric: boolean | undefined): string {
  const classes = [numeric ? 'num' : '', value.tone ?? ''].filter(Boolean).join(' ');
  return `<td${classes ? ` class="${classes}"` : ''}>${value.parts.map(inline).join(', ')}</td>`;
}

export function htmlReport(portfolio: Portfolio): string {
  const document = layoutReport(portfolio);
  const out: string[] = [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(document.lang)}">`,
    '<head>',
    '<meta charset="utf-8" />',
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    '<meta name="generator" content="itstrat" />',
    `<title>${escapeHtml(document.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<h1>${escapeHtml(document.title)}</h1>`,
    `<p>${escapeHtml(document.lead)}</p>`,
  ];
  for (const section of document.sections) {
    const { columns, rows, rowIds } = section.table;
    out.push('<section>', `<h2>${escapeHtml(section.heading)}</h2>`);
    if (section.note) out.push(`<p>${escapeHtml(section.note)}</p>`);
    out.push(
      '<div class="scroll">',
      '<table>',
      `<thead><tr>${columns.map((column) => `<th scope="col"${column.numeric ? ' class="num"' : ''}>${escapeHtml(column.label)}</th>`).join('')}</tr></thead>`,
      '<tbody>',
      ...rows.map((row, index) => {
        const id = rowIds?.[index];
        return `<tr${id ? ` id="${escapeHtml(id)}"` : ''}>${row.map((value, column) => td(value, columns[column]?.numeric)).join('')}</tr>`;
      }),
      '</tbody>',
      '</table>',
      '</div>',
      '</section>',
    );
  }
  out.push('</body>', '</html>', '');
  return out.join('\n');
}
