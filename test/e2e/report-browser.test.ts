/**
 * The HTML report in a real browser — Debian's Chromium driven by puppeteer-core
 * (scripts/chromium.js) — as a steering group and an attacker would meet it: the bundled fixtures
 * plus proposals whose title, owner, text, shared-solution answer, disable reason and file name
 * carry `<script>`, `"><img src=x onerror=…>`, `javascript:` links and `</style>`. Nothing runs,
 * nothing is injected, the Content-Security-Policy holds with no violation, axe-core finds no
 * serious or critical problem, the printed PDF holds every column header of every table, and the
 * page reads the same with scripts off. Skips, saying why, without chromium or pdftotext unless
 * CI is set.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ROOT, removeDir, runBuilt, tempDir, writeTree } from '../helpers/ci-run.js';
import { describeWithTools } from '../helpers/system-tool.js';

const PAYLOAD = `<script>alert(1)</script> "><img src=x onerror=alert(2)> </style><style>body{display:none}</style> javascript:alert(3)`;

const HOSTILE: Record<string, string> = {
  // File names carry the payloads too (a slash is the one character a name cannot hold).
  'hostile/<script>alert(4)<\\script>.yaml': [
    `title: '${PAYLOAD.replace(/'/g, "''")}'`,
    `owner:`,
    `  name: '"><img src=x onerror=alert(5)> Eve'`,
    `  body: '</style><script>alert(6)</script>udvalget'`,
    `description: '[click](javascript:alert(7)) <a href="javascript:alert(8)">x</a> ${PAYLOAD.replace(/'/g, "''")}'`,
    'sharedSolution:',
    '  status: deviation',
    `  alternative: '<iframe src="javascript:alert(9)"></iframe>'`,
    `  explanation: '</style><img src=x onerror=alert(10)>'`,
    `focusAreas: ['<svg onload=alert(11)>']`,
    '',
  ].join('\n'),
  'hostile/"><img src=x onerror=alert(12)>.md': [
    '<!-- itstrat-disable business-case -- <img src=x onerror=alert(14)> javascript:alert(15) -->',
    '# <script>alert(13)</script>',
    '',
    '## Ejer',
    '',
    'Navn: <img src=x onerror=alert(16)> og </style>',
    '',
    '## Beskrivelse',
    '',
    '[a](javascript:alert(17)) <script>alert(18)</script>',
    '',
  ].join('\n'),
  'hostile/javascript:alert(19).yaml': 'title: "javascript:alert(20)"\nowner: "javascript:alert(21)"\n',
  'hostile/</style>.yaml': 'title: "</style></head><body onload=alert(22)>"\n',
  // A plugin's metadata is not the proposal's, but it reaches the page too: description, docs link, message.
  '.itstratrc.yaml': 'extends: [itstrat:recommended]\nplugins: ["./evil-rules.js"]\nrules:\n  evil/rule: warn\n',
  'evil-rules.js': `export const rules = [{
  meta: {
    id: 'evil/rule',
    description: '<script>alert(23)</script></style>',
    docsUrl: 'javascript:alert(24)',
    clauses: [],
    severity: 'warn',
    messages: { en: { m: '<img src=x onerror=alert(25)> {what}' } },
  },
  check(proposal, context) {
    if (proposal.filePath.includes('hostile')) context.report({ messageId: 'm', data: { what: '"><svg onload=alert(26)>' } });
  },
}];
`,
};

interface PageReport {
  dialogs: string[];
  consoleErrors: string[];
  violations: string[];
}

describeWithTools(['chromium', { name: 'pdftotext', versionArgs: ['-v'], install: 'apt-get install -y poppler-utils' }], 'the HTML report in Chromium', () => {
  let dir: string;
  let report: string;
  // biome-ignore lint/suspicious/noExplicitAny: puppeteer-core is imported lazily, only when Chromium is here.
  let chromium: { browser: any; close: () => Promise<void> };

  beforeAll(async () => {
    dir = tempDir('report-browser');
    cpSync(join(ROOT, 'fixtures'), join(dir, 'fixtures'), { recursive: true });
    writeTree(dir, HOSTILE);
    const run = runBuilt(['report', '--format', 'html', '-o', 'out/report.html', 'fixtures/examples', 'fixtures/strategies', 'hostile'], {
      cwd: dir,
      env: { SOURCE_DATE_EPOCH: '1796083200' },
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    report = join(dir, 'out/report.html');
    const { launchChromium } = (await import(pathToFileURL(join(ROOT, 'scripts/chromium.js')).href)) as {
      launchChromium: () => Promise<typeof chromium>;
    };
    chromium = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await chromium?.close();
    removeDir(dir);
  });

  /** The report opened in a fresh page, listening for dialogs, console errors and CSP violations from the first byte. */
  async function open(options: { javaScript?: boolean } = {}) {
    const page = await chromium.browser.newPage();
    const seen: PageReport = { dialogs: [], consoleErrors: [], violations: [] };
    page.on('dialog', async (dialog: { message: () => string; dismiss: () => Promise<void> }) => {
      seen.dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    page.on('console', (message: { type: () => string; text: () => string }) => {
      if (message.type() === 'error') seen.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error: Error) => seen.consoleErrors.push(error.message));
    await page.exposeFunction('reportViolation', (text: string) => seen.violations.push(text));
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { reportViolation: (text: string) => void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    await page.setJavaScriptEnabled(options.javaScript ?? true);
    await page.setViewport({ width: 1400, height: 1000 });
    await page.goto(pathToFileURL(report).href, { waitUntil: 'load' });
    return { page, seen };
  }

  it('no dialog, no injected element or attribute, no console error; the CSP is there and nothing violates it', async () => {
    const { page, seen } = await open();
    const dom = await page.evaluate(() => {
      const all = [...document.querySelectorAll('*')];
      return {
        csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? null,
        cspFirst: document.head.firstElementChild?.nextElementSibling?.getAttribute('http-equiv'),
        scripts: document.scripts.length,
        styles: document.querySelectorAll('style').length,
        injected: document.querySelectorAll('img, iframe, object, embed, frame, base, link, form[action], meta[http-equiv="refresh"]').length,
        handlers: all.flatMap((element) =>
          [...element.attributes].filter((attribute) => /^on/i.test(attribute.name)).map((attribute) => `${element.tagName} ${attribute.name}`),
        ),
        hrefs: [...document.querySelectorAll('[href]')].map((element) => (element as HTMLAnchorElement).href),
        sortButtons: document.querySelectorAll('th button').length,
        titleShown: [...document.querySelectorAll('h3')].some((heading) => heading.textContent?.includes('<script>alert(1)</script>')),
        bodyVisible: getComputedStyle(document.body).display !== 'none',
        // The register shows the disable's reason and the deviation's explanation, as text.
        register: document.getElementById('register')?.textContent ?? '',
        pluginShown: document.body.textContent?.includes('<img src=x onerror=alert(25)> "><svg onload=alert(26)>') ?? false,
      };
    });
    expect(seen.dialogs).toEqual([]);
    expect(seen.consoleErrors).toEqual([]);
    expect(seen.violations).toEqual([]);
    expect(dom.csp).toMatch(
      /^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]+=*'; script-src 'sha256-[A-Za-z0-9+/]+=*'; img-src 'none'; base-uri 'none'; form-action 'none'$/,
    );
    // The policy comes before anything it governs.
    expect(dom.cspFirst).toBe('Content-Security-Policy');
    expect(dom.scripts).toBe(1);
    expect(dom.styles).toBe(1);
    expect(dom.injected).toBe(0);
    expect(dom.handlers).toEqual([]);
    // Links go to sections of the page, the rules' documentation, or the proposal files beside it.
    const base = pathToFileURL(join(dir, '/')).href;
    for (const href of dom.hrefs)
      expect(href.startsWith(`${pathToFileURL(report).href}#`) || href.startsWith('https://') || href.startsWith(base), href).toBe(true);
    expect(dom.hrefs.some((href: string) => href.startsWith(`${base}hostile/javascript%3Aalert(19).yaml`))).toBe(true);
    // The inline script ran (allowed by its hash): the sort buttons are there. The payload shows as text.
    expect(dom.sortButtons).toBeGreaterThan(10);
    expect(dom.titleShown).toBe(true);
    expect(dom.pluginShown).toBe(true);
    expect(dom.register).toContain('<img src=x onerror=alert(14)> javascript:alert(15)');
    expect(dom.register).toContain('</style><img src=x onerror=alert(10)>');
    expect(dom.bodyVisible).toBe(true);
    await page.close();
  }, 120_000);

  it('a policy that allowed no script would show: a tampered script is refused and reported', async () => {
    // The check above could pass with a listener that never fires; here the same page with its script changed must violate.
    const tampered = join(dir, 'out/tampered.html');
    const html = readFileSync(report, 'utf8').replace('const doc = document;', 'const doc = document; // changed');
    writeTree(dir, { 'out/tampered.html': html });
    const page = await chromium.browser.newPage();
    const violations: string[] = [];
    page.on('console', (message: { type: () => string; text: () => string }) => {
      if (message.type() === 'error') violations.push(message.text());
    });
    await page.goto(pathToFileURL(tampered).href, { waitUntil: 'load' });
    expect(violations.join('\n')).toMatch(/Content Security Policy/);
    expect(await page.evaluate(() => document.querySelectorAll('th button').length)).toBe(0);
    await page.close();
  }, 60_000);

  it('axe-core finds no serious or critical accessibility violation', async () => {
    const { page } = await open();
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    // Evaluated through the DevTools protocol, which the page's CSP does not govern.
    await page.evaluate(axe);
    const result = await page.evaluate(async () => {
      const run = await (
        window as unknown as {
          axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> };
        }
      ).axe.run(document, { resultTypes: ['violations'] });
      return run.violations.map((violation) => ({ id: violation.id, impact: violation.impact, nodes: violation.nodes.length }));
    });
    expect(result.filter((violation: { impact: string }) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual([]);
    await page.close();
  }, 120_000);

  it('printed to PDF (A4), every column header of every table is in the text: no column is cut', async () => {
    const { page } = await open();
    const headers: string[] = await page.$$eval('thead th', (cells: Element[]) => [...new Set(cells.map((cell) => cell.textContent!.trim()))]);
    expect(headers.length).toBeGreaterThan(40);
    const pdf = join(dir, 'out/report.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    // Text in drawing order (-raw): a header wrapped over two lines stays together; compared without white space.
    const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    const missing = headers.filter((header) => !text.includes(header.replace(/\s+/g, '')));
    expect(missing).toEqual([]);
    // The proposals table runs over several pages, its header repeated on each.
    expect(text.split('ProposalTitleOwnerStrategiesStatusErrorsWarnings').length - 1).toBeGreaterThanOrEqual(2);
    // One proposal per page: the PDF has at least as many pages as proposals.
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
    const proposals = await page.$$eval('article.proposal', (articles: Element[]) => articles.length);
    expect(pages).toBeGreaterThan(proposals);
    await page.close();
  }, 180_000);

  it('filtering and sorting work with the script; with scripts off everything is shown and the controls are hidden', async () => {
    const { page } = await open();
    const visibleRows = () => page.$$eval('#proposals tbody tr', (rows: HTMLElement[]) => rows.filter((row) => !row.hidden).length);
    const all = await visibleRows();
    await page.select('#filters select[name="status"]', 'compliant');
    const compliant = await visibleRows();
    expect(compliant).toBeGreaterThan(0);
    expect(compliant).toBeLessThan(all);
    expect(await page.$$eval('#proposals tbody tr:not([hidden])', (rows: HTMLElement[]) => rows.every((row) => row.dataset.status === 'compliant'))).toBe(true);
    expect(await page.$$eval('article.proposal:not([hidden])', (articles: HTMLElement[]) => articles.length)).toBe(compliant);
    await page.select('#filters select[name="status"]', '');
    await page.type('#filters input[name="q"]', 'hostile/');
    expect(await visibleRows()).toBe(Object.keys(HOSTILE).filter((path) => path.startsWith('hostile/')).length);
    // Sorting the errors column descending puts the most errors first.
    await page.$eval('#filters input[name="q"]', (input: HTMLInputElement) => {
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const errorsColumn: number = await page.$$eval('#proposals thead th', (cells: HTMLElement[]) => cells.findIndex((cell) => cell.textContent === 'Errors'));
    const button = (await page.$$('#proposals thead th button'))[errorsColumn];
    await button.click();
    await button.click();
    const errors: number[] = await page.$$eval(
      '#proposals tbody tr',
      (rows: HTMLTableRowElement[], column: number) => rows.map((row) => Number(row.cells[column]!.dataset.sort)),
      errorsColumn,
    );
    expect(errors).toEqual([...errors].sort((a, b) => b - a));
    await page.close();

    const off = await open({ javaScript: false });
    expect(await off.page.$eval('#filters', (form: HTMLFormElement) => getComputedStyle(form).display)).toBe('none');
    expect(await off.page.$$eval('#proposals tbody tr', (rows: HTMLElement[]) => rows.filter((row) => !row.hidden).length)).toBe(all);
    expect(await off.page.$$eval('details summary', (summaries: Element[]) => summaries.length)).toBeGreaterThan(0);
    await off.page.close();
  }, 120_000);
});
