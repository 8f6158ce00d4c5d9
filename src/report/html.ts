/**
 * The portfolio report as one self-contained HTML page: inline CSS and SVG, one small inline
 * script (sorting and filtering; the page reads the same without it), no external assets, every
 * text escaped, and a Content-Security-Policy that allows nothing but that style and that
 * script, by hash. The markup is also well-formed XML (closed tags, quoted attributes, no named
 * entities beyond XML's own), so XML tools can read it.
 */
import { createHash } from 'node:crypto';
import { visible } from '../formatters/safe-text.js';
import { layoutReport, type Block, type Cell, type Chart, type Inline, type RenderOptions, type Section, type Table } from './layout.js';
import type { Portfolio } from './portfolio.js';
import { reportText, type ReportWords } from './words.js';

const STYLE = `
:root { color-scheme: light; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --head: #f6f8fa; --ok: #1a7f37; --fail: #cf222e; --warn: #9a6700; --link: #0969da; --s0: #0969da; --s1: #9a6700; --s2: #1a7f37; --s3: #8250df; }
* { box-sizing: border-box; }
body { margin: 2rem; color: var(--fg); font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2.25rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
h3 { font-size: 1.05rem; margin: 1.75rem 0 .5rem; overflow-wrap: anywhere; }
p, .note { margin: .25rem 0 .75rem; color: var(--muted); }
dl.stamp { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: .5rem 0 1rem; }
dl.stamp dt { font-weight: 600; }
dl.stamp dd { margin: 0; overflow-wrap: anywhere; }
nav ul { display: flex; flex-wrap: wrap; gap: .25rem 1rem; padding: 0; list-style: none; }
.scroll { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; margin: .5rem 0 1rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid var(--line); padding: .3rem .55rem; text-align: left; vertical-align: top; }
td, tbody th { overflow-wrap: break-word; }
thead th { background: var(--head); font-weight: 600; }
tbody th { font-weight: normal; background: #fbfcfd; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
tr:target td, tr:target th, article:target h3 { background: #fff8c5; }
code { font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", monospace; overflow-wrap: anywhere; }
a { color: var(--link); }
.ok { color: var(--ok); font-weight: 600; }
.fail { color: var(--fail); font-weight: 600; }
.warn { color: var(--warn); font-weight: 600; }
.figure { display: grid; grid-template-columns: minmax(0, 560px) minmax(0, 1fr); gap: 1rem 2rem; align-items: start; margin: 1rem 0; }
figure { margin: 0; }
figcaption { font-weight: 600; margin-bottom: .25rem; }
svg.chart { width: 100%; height: auto; }
svg.chart text { font-size: 11px; fill: var(--fg); }
svg.chart .axis { stroke: var(--muted); stroke-width: 1; }
.s0 { fill: var(--s0); } .s1 { fill: var(--s1); } .s2 { fill: var(--s2); } .s3 { fill: var(--s3); }
.verdict .s0 { fill: var(--ok); } .verdict .s1 { fill: var(--warn); } .verdict .s2 { fill: var(--fail); }
.shortfall .s0 { fill: var(--fail); } .shortfall .s1 { fill: var(--warn); }
ul.legend { display: flex; flex-wrap: wrap; gap: .25rem 1rem; padding: 0; margin: .25rem 0; list-style: none; font-size: 12px; }
ul.legend svg { width: 10px; height: 10px; margin-right: .3rem; }
details { margin: .5rem 0; }
summary { cursor: pointer; font-weight: 600; }
form.filters { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; margin: .5rem 0; }
form.filters[hidden] { display: none; }
form.filters label { display: flex; flex-direction: column; font-size: 12px; }
th button { all: inherit; cursor: pointer; text-decoration: underline dotted; }
th[aria-sort="ascending"] button::after { content: " \\2191"; }
th[aria-sort="descending"] button::after { content: " \\2193"; }
[hidden] { display: none !important; }
@media (max-width: 900px) { .figure { grid-template-columns: minmax(0, 1fr); } }
@media print {
  @page { size: A4 landscape; margin: 10mm; }
  body { margin: 0; font-size: 8pt; }
  nav, form.filters { display: none; }
  .scroll { overflow: visible; }
  .figure { grid-template-columns: minmax(0, 1fr); break-inside: avoid; }
  svg.chart { max-width: 160mm; }
  table { width: 100%; page-break-inside: auto; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  th, td { padding: 1pt 3pt; }
  /* Paths break anywhere so no column runs off the page; words elsewhere stay whole. */
  code { overflow-wrap: anywhere; }
  td.num { white-space: normal; }
  code { font-size: 7.5pt; }
  h2, h3 { break-after: avoid; }
  article.proposal { break-before: page; }
  details::details-content { content-visibility: visible; display: contents; }
  summary { list-style: none; }
  /* Chromium repeats a table's header on each page but paints no buttons in the repeats. */
  th button { display: contents; }
}
`;

/**
 * Sorting (a button in each header of a sortable table) and filtering (the proposals table and
 * sections, by text, status and strategy). Without it the page shows everything in report order.
 * The CDATA markers (in comments) keep the page well-formed XML around its `&&`.
 */
const SCRIPT = `
//<![CDATA[
(() => {
  const doc = document;
  const lang = doc.documentElement.lang;
  for (const table of doc.querySelectorAll('table.sortable')) {
    const heads = [...table.tHead.rows[0].cells];
    heads.forEach((head, column) => {
      const button = doc.createElement('button');
      button.type = 'button';
      button.textContent = head.textContent;
      button.title = head.dataset.sortLabel;
      head.replaceChildren(button);
      button.addEventListener('click', () => {
        const up = head.getAttribute('aria-sort') !== 'ascending';
        for (const other of heads) other.removeAttribute('aria-sort');
        head.setAttribute('aria-sort', up ? 'ascending' : 'descending');
        const key = (row) => row.cells[column].dataset.sort ?? row.cells[column].textContent.trim();
        const rows = [...table.tBodies[0].rows].sort((a, b) => {
          const x = key(a);
          const y = key(b);
          const order = head.classList.contains('num') && x !== '' && y !== '' && !Number.isNaN(x - y) ? x - y : x.localeCompare(y, lang);
          return up ? order : -order;
        });
        table.tBodies[0].append(...rows);
      });
    });
  }
  const form = doc.getElementById('filters');
  if (!form) return;
  form.hidden = false;
  const apply = () => {
    const query = form.elements.q.value.trim().toLowerCase();
    const status = form.elements.status.value;
    const strategy = form.elements.strategy.value;
    let shown = 0;
    for (const item of doc.querySelectorAll('[data-status]')) {
      const match = (!status || item.dataset.status === status) && (!strategy || item.dataset.strategies.split(' ').includes(strategy)) && (!query || item.dataset.search.includes(query));
      item.hidden = !match;
      if (match && item.tagName === 'TR') shown++;
    }
    doc.getElementById('shown').textContent = String(shown);
  };
  form.addEventListener('input', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
})();
//]]>
`;

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Nothing from elsewhere, no plugins, no forms posting anywhere: only this page's own style and script. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src ${sha256(STYLE)}`,
  `script-src ${sha256(SCRIPT)}`,
  "img-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

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

/**
 * A relative link to a proposal file: every segment percent-encoded, so no name can become a
 * scheme (`javascript:` → `javascript%3A`), a query or a fragment. A path that is not relative
 * (another drive) gets no link.
 */
export function fileHref(base: string, path: string): string | undefined {
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) return undefined;
  const encoded = path
    .split('/')
    .map((segment) => (segment === '..' || segment === '.' ? segment : encodeURIComponent(segment)))
    .join('/');
  return `${base}${encoded}`;
}

interface Renderer {
  options: RenderOptions;
  words: ReportWords;
  charts: number;
}

function inline(part: Inline, renderer: Renderer): string {
  switch (part.kind) {
    case 'text':
      return escapeHtml(visible(part.text, { newlines: true }));
    case 'path': {
      const path = `<code>${escapeHtml(visible(part.path))}</code>`;
      return part.anchor === undefined ? path : `<a href="#${escapeHtml(part.anchor)}">${path}</a>`;
    }
    case 'file': {
      const href = fileHref(renderer.options.fileLinkBase, part.path);
      const path = `<code>${escapeHtml(visible(part.path))}</code>`;
      return href ? `<a href="${escapeHtml(href)}">${path}</a>` : path;
    }
    case 'rule': {
      const href = safeHref(part.href);
      return href ? `<a href="${escapeHtml(href)}">${escapeHtml(part.id)}</a>` : escapeHtml(part.id);
    }
  }
}

function cellHtml(tag: 'td' | 'th', value: Cell, numeric: boolean | undefined, renderer: Renderer): string {
  const classes = [numeric ? 'num' : '', value.tone ?? ''].filter(Boolean).join(' ');
  const attributes = `${tag === 'th' ? ' scope="row"' : ''}${classes ? ` class="${classes}"` : ''}${value.sort !== undefined ? ` data-sort="${value.sort}"` : ''}`;
  return `<${tag}${attributes}>${value.parts.map((part) => inline(part, renderer)).join(', ')}</${tag}>`;
}

function tableHtml(table: Table, caption: string | undefined, renderer: Renderer): string {
  const { columns, rows, rowFilters } = table;
  const head = columns
    .map((column) => {
      const sortLabel = table.sortable ? ` data-sort-label="${escapeHtml(renderer.words.sortBy(column.label))}"` : '';
      return `<th scope="col"${column.numeric ? ' class="num"' : ''}${sortLabel}>${escapeHtml(column.label)}</th>`;
    })
    .join('');
  const body = rows.map((row, index) => {
    const filter = rowFilters?.[index];
    const attributes = filter
      ? ` data-status="${escapeHtml(filter.status)}" data-strategies="${escapeHtml(filter.strategies.join(' '))}" data-search="${escapeHtml(filter.search)}"`
      : '';
    const cells = row.map((value, column) => cellHtml(column === 0 && table.rowHeaders ? 'th' : 'td', value, columns[column]?.numeric, renderer)).join('');
    return `<tr${attributes}>${cells}</tr>`;
  });
  return [
    '<div class="scroll" tabindex="0">',
    `<table${table.sortable ? ' class="sortable"' : ''}>`,
    ...(caption ? [`<caption>${escapeHtml(caption)}</caption>`] : []),
    `<thead><tr>${head}</tr></thead>`,
    '<tbody>',
    ...body,
    '</tbody>',
    '</table>',
    '</div>',
  ].join('\n');
}

const CHART = { width: 560, label: 16, bar: 12, gap: 3, group: 10, left: 4, values: 130 };

/** Long labels are cut in the chart only: the table beside it holds them whole. */
function clip(label: string, max = 90): string {
  return label.length > max ? `${label.slice(0, max - 1)}\u2026` : label;
}

/** A horizontal grouped bar chart; negative values (an NPV below zero) go left of the zero line. */
function chartHtml(chart: Chart, palette: string, renderer: Renderer): string {
  const id = `chart-${++renderer.charts}`;
  const all = chart.groups.flatMap((group) => group.values.map((value) => value.value));
  const low = Math.min(0, ...all);
  const high = Math.max(0, ...all);
  const span = high - low || 1;
  const area = CHART.width - CHART.left - CHART.values;
  const zero = CHART.left + (-low / span) * area;
  const groupHeight = CHART.label + chart.series.length * (CHART.bar + CHART.gap) + CHART.group;
  const height = chart.groups.length * groupHeight;
  const shapes: string[] = [];
  chart.groups.forEach((group, index) => {
    const top = index * groupHeight;
    shapes.push(`<text x="${CHART.left}" y="${top + CHART.label - 4}">${escapeHtml(clip(group.label))}</text>`);
    group.values.forEach((value, series) => {
      const y = top + CHART.label + series * (CHART.bar + CHART.gap);
      const width = (Math.abs(value.value) / span) * area;
      const x = value.value < 0 ? zero - width : zero;
      shapes.push(`<rect class="s${series}" x="${x.toFixed(1)}" y="${y}" width="${Math.max(width, value.value ? 1 : 0).toFixed(1)}" height="${CHART.bar}" />`);
      const labelX = (value.value < 0 ? zero : zero + width) + 4;
      shapes.push(`<text x="${labelX.toFixed(1)}" y="${y + CHART.bar - 2}">${escapeHtml(value.text)}</text>`);
    });
  });
  shapes.push(`<line class="axis" x1="${zero.toFixed(1)}" y1="0" x2="${zero.toFixed(1)}" y2="${height}" />`);
  const legend = chart.series.map(
    (series, index) =>
      `<li><svg viewBox="0 0 10 10" aria-hidden="true" focusable="false"><rect class="s${index}" width="10" height="10" /></svg>${escapeHtml(series)}</li>`,
  );
  return [
    `<figure class="${palette}">`,
    `<figcaption id="${id}-caption">${escapeHtml(chart.title)}</figcaption>`,
    `<ul class="legend">${legend.join('')}</ul>`,
    `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${CHART.width} ${Math.max(height, 1)}" role="img" aria-labelledby="${id}-title" aria-describedby="${id}-desc">`,
    `<title id="${id}-title">${escapeHtml(chart.title)}</title>`,
    `<desc id="${id}-desc">${escapeHtml(chart.description)}</desc>`,
    ...shapes,
    '</svg>',
    '</figure>',
  ].join('\n');
}

function blockHtml(block: Block, renderer: Renderer): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${block.parts.map((part) => inline(part, renderer)).join('')}</p>`;
    case 'table':
      return tableHtml(block.table, block.caption, renderer);
    case 'figure': {
      // The palette follows the meaning of the series: verdicts, shortfalls, or amounts.
      const palette = block.chart.series.length === 3 ? 'verdict' : block.chart.series.length === 2 ? 'shortfall' : 'amounts';
      return `<div class="figure">\n${chartHtml(block.chart, palette, renderer)}\n${tableHtml(block.table, undefined, renderer)}\n</div>`;
    }
    case 'details':
      return `<details>\n<summary>${escapeHtml(block.summary)}</summary>\n${block.blocks.map((inner) => blockHtml(inner, renderer)).join('\n')}\n</details>`;
    case 'filters': {
      const { words } = renderer;
      const options = (list: { value: string; label: string }[]): string =>
        [
          `<option value="">${escapeHtml(words.all)}</option>`,
          ...list.map((item) => `<option value="${escapeHtml(item.value)}">${escapeHtml(item.label)}</option>`),
        ].join('');
      return [
        `<form id="filters" class="filters" hidden="hidden" aria-label="${escapeHtml(words.filter)}">`,
        `<label>${escapeHtml(words.search)}<input type="search" name="q" /></label>`,
        `<label>${escapeHtml(words.status)}<select name="status">${options(block.statuses)}</select></label>`,
        `<label>${escapeHtml(words.strategy)}<select name="strategy">${options(block.strategies)}</select></label>`,
        `<span>${escapeHtml(words.shown)}: <output id="shown" aria-live="polite">${block.total}</output></span>`,
        '</form>',
      ].join('\n');
    }
  }
}

function sectionHtml(section: Section, renderer: Renderer): string {
  const out: string[] = [];
  if (section.proposal) {
    const filter = section.proposal;
    out.push(
      `<article class="proposal" id="${escapeHtml(section.id)}" data-status="${escapeHtml(filter.status)}" data-strategies="${escapeHtml(filter.strategies.join(' '))}" data-search="${escapeHtml(filter.search)}">`,
      `<h3>${escapeHtml(section.heading)}</h3>`,
    );
  } else {
    out.push(`<section id="${escapeHtml(section.id)}">`, `<h2>${escapeHtml(section.heading)}</h2>`);
  }
  if (section.note) out.push(`<p>${escapeHtml(section.note)}</p>`);
  for (const block of section.blocks) out.push(blockHtml(block, renderer));
  out.push(section.proposal ? '</article>' : '</section>');
  return out.join('\n');
}

export function htmlReport(portfolio: Portfolio, options: RenderOptions = { fileLinkBase: '' }): string {
  const document = layoutReport(portfolio);
  const renderer: Renderer = { options, words: reportText(portfolio.language).words, charts: 0 };
  const contents = document.sections
    .filter((section) => !section.proposal)
    .map((section) => `<li><a href="#${escapeHtml(section.id)}">${escapeHtml(section.heading)}</a></li>`);
  const out: string[] = [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(document.lang)}">`,
    '<head>',
    '<meta charset="utf-8" />',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CONTENT_SECURITY_POLICY)}" />`,
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    '<meta name="generator" content="itstrat" />',
    '<meta name="referrer" content="no-referrer" />',
    `<title>${escapeHtml(document.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${escapeHtml(document.title)}</h1>`,
    `<p>${escapeHtml(document.lead)}</p>`,
    `<dl class="stamp">${document.stamp.map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`).join('')}</dl>`,
    `<nav aria-label="${escapeHtml(renderer.words.contents)}"><ul>${contents.join('')}</ul></nav>`,
    '</header>',
    '<main>',
    ...document.sections.map((section) => sectionHtml(section, renderer)),
    '</main>',
    `<script>${SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ];
  return out.join('\n');
}
