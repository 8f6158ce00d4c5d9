#!/usr/bin/env node
/**
 * `npm run report:screenshots`: the HTML report over the bundled fixtures, photographed at
 * 1400 px wide by Debian's Chromium — the overview and one proposal — into docs/ (the README
 * shows the overview). The date is fixed (SOURCE_DATE_EPOCH) so the pictures change only when
 * the report does. Run `npm run build` first.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchChromium } from './chromium.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = mkdtempSync(join(tmpdir(), 'itstrat-screenshots-'));
const report = join(out, 'report.html');
const run = spawnSync(
  process.execPath,
  [join(root, 'bin/itstrat.js'), 'report', '--format', 'html', '-o', report, 'fixtures/examples', 'fixtures/strategies'],
  {
    cwd: root,
    env: { ...process.env, SOURCE_DATE_EPOCH: '1796083200' },
    encoding: 'utf8',
  },
);
if (run.status !== 0) {
  process.stderr.write(run.stderr);
  process.exit(1);
}
const chromium = await launchChromium();
try {
  const page = await chromium.browser.newPage();
  await page.setViewport({ width: 1400, height: 1000 });
  await page.goto(pathToFileURL(report).href);
  await page.screenshot({ path: join(root, 'docs/report-overview.png') });
  // The first proposal with findings, its findings opened.
  const id = await page.$eval('article.proposal[data-status="errors"]', (article) => {
    article.querySelector('details')?.setAttribute('open', '');
    return article.id;
  });
  await page.$eval(`#${id}`, (article) => article.scrollIntoView());
  await page.screenshot({ path: join(root, 'docs/report-proposal.png') });
  process.stdout.write('docs/report-overview.png\ndocs/report-proposal.png\n');
} finally {
  await chromium.close();
  rmSync(out, { recursive: true, force: true });
}
