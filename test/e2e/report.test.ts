/**
 * `itstrat report` end to end (built CLI, child processes): the portfolio agrees with
 * `itstrat lint --format json` on the same proposals; Markdown and HTML carry the tables; HTML
 * is well-formed, self-contained and escapes what authors write; output is the same bytes run
 * after run; exit 0 whatever the findings, 2 when the run fails.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XMLValidator } from 'fast-xml-parser';
import { ROOT, removeDir, runBuilt, tempDir, writeTree, type CliRun } from '../helpers/ci-run.js';
import { expectRunFailure } from '../helpers/cli-assert.js';
import type { Portfolio } from '../../src/report/portfolio.js';

const PATHS = ['fixtures/examples', 'fixtures/strategies'];
const hasFixtures = PATHS.every((path) => existsSync(join(ROOT, path)));

interface LintJson {
  filePath: string;
  messages: { ruleId: string; severity: 1 | 2; clauses: string[] }[];
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
  strategies: string[];
  businessCase?: { currency: string; costs: { total: number }; benefits: { financial: number }; net: number; paybackYear: number | null; npv: number };
}

/** 2026-12-01T00:00:00Z: the stamp's date, for output that is the same bytes run after run. */
const FIXED_DATE = { SOURCE_DATE_EPOCH: '1796083200' };

const rel = (path: string): string => relative(ROOT, path).split(sep).join('/');

function ok(run: CliRun): string {
  expect(run.stderr, run.stderr).toBe('');
  expect(run.code, run.stderr).toBe(0);
  return run.stdout;
}

describe.skipIf(!hasFixtures)('itstrat report on fixtures/examples and fixtures/strategies', () => {
  let lint: LintJson[];
  let lintCode: number;
  let portfolio: Portfolio;
  let markdown: string;
  let html: string;

  beforeAll(() => {
    const linted = runBuilt(['lint', '--format', 'json', ...PATHS]);
    lintCode = linted.code;
    lint = JSON.parse(linted.stdout) as LintJson[];
    portfolio = JSON.parse(ok(runBuilt(['report', '--format', 'json', ...PATHS], { env: FIXED_DATE }))) as Portfolio;
    markdown = ok(runBuilt(['report', ...PATHS], { env: FIXED_DATE }));
    html = ok(runBuilt(['report', '--format', 'html', ...PATHS], { env: FIXED_DATE }));
  }, 180_000);

  it('exits 0 although proposals have errors (lint exits 1 on the same files)', () => {
    expect(lintCode).toBe(1);
    expect(portfolio.totals.withErrors).toBeGreaterThan(0);
  });

  it('JSON: the totals agree with itstrat lint --format json', () => {
    expect(lint.length).toBeGreaterThan(5);
    expect(portfolio.totals).toEqual({
      proposals: lint.length,
      compliant: lint.filter((result) => result.errorCount === 0).length,
      withErrors: lint.filter((result) => result.errorCount > 0).length,
      withWarningsOnly: lint.filter((result) => result.errorCount === 0 && result.warningCount > 0).length,
      parseFailures: lint.filter((result) => result.messages.some((message) => message.ruleId === 'parse')).length,
      errors: lint.reduce((sum, result) => sum + result.errorCount, 0),
      warnings: lint.reduce((sum, result) => sum + result.warningCount, 0),
      suppressed: portfolio.totals.suppressed,
    });
    expect(portfolio.totals.compliant).toBeGreaterThan(0);
  });

  it("JSON: each proposal, by relative path, has lint's counts, strategies and business-case figures", () => {
    const byPath = new Map(lint.map((result) => [rel(result.filePath), result]));
    expect(portfolio.proposals.map((proposal) => proposal.path)).toEqual([...byPath.keys()].sort());
    for (const proposal of portfolio.proposals) {
      const result = byPath.get(proposal.path)!;
      expect(proposal, proposal.path).toMatchObject({
        errorCount: result.errorCount,
        warningCount: result.warningCount,
        compliant: result.errorCount === 0,
        strategies: result.strategies,
      });
      expect(proposal.failedRules).toEqual([...new Set(result.messages.filter((m) => m.severity === 2).map((m) => m.ruleId))].sort());
      if (result.businessCase) {
        expect(proposal.businessCase).toMatchObject({
          currency: result.businessCase.currency,
          costs: result.businessCase.costs.total,
          financialBenefits: result.businessCase.benefits.financial,
          net: result.businessCase.net,
          paybackYear: result.businessCase.paybackYear,
          npv: result.businessCase.npv,
        });
      } else {
        expect(proposal.businessCase).toBeNull();
      }
    }
    // Titles come from YAML fields, front matter and Markdown headings alike.
    expect(portfolio.proposals.every((proposal) => proposal.title)).toBe(true);
    expect(portfolio.proposals.find((proposal) => proposal.path === 'fixtures/examples/da/vikarbooking-skoler-og-dagtilbud.yaml')?.title).toBe(
      'Fælles vikarbooking for skoler og dagtilbud',
    );
  });

  it('JSON: per rule, how many proposals fail it; per clause, which ones', () => {
    for (const rule of portfolio.rules) {
      const failing = lint
        .filter((result) => result.messages.some((m) => m.ruleId === rule.id && m.severity === 2))
        .map((result) => rel(result.filePath))
        .sort();
      expect(rule.failingProposals, rule.id).toEqual(failing);
      expect(rule.failing, rule.id).toBe(failing.length);
    }
    expect(portfolio.rules.find((rule) => rule.id === 'single-owner')).toMatchObject({
      failing: expect.any(Number),
      docsUrl: expect.stringMatching(/single-owner\.md$/),
      clauses: expect.arrayContaining(['ESB-8a']),
    });
    const failingOf = (clause: string) =>
      lint
        .filter((result) => result.messages.some((m) => m.severity === 2 && m.clauses.includes(clause)))
        .map((result) => rel(result.filePath))
        .sort();
    for (const clause of portfolio.clauses) expect(clause.failing, clause.id).toEqual(failingOf(clause.id));
    expect(portfolio.clauses.find((clause) => clause.id === 'ESB-8a')?.failing).toContain('fixtures/strategies/esbjerg/broken.yaml');
  });

  it('Markdown: a summary, a per-rule and a per-proposal table (GFM), with links to the rule docs', () => {
    expect(markdown).toMatch(/^# itstrat portfolio report\n/);
    for (const heading of ['## Summary', '## Rules', '## Strategy clauses', '## Proposals', '## Business cases']) expect(markdown).toContain(`\n${heading}\n`);
    expect(markdown).toContain('| Proposals | Compliant (no errors) | With errors |');
    expect(markdown).toContain(`| ${portfolio.totals.proposals} | ${portfolio.totals.compliant} | ${portfolio.totals.withErrors} |`);
    expect(markdown).toMatch(/^\| Rule \| Checks \| Strategy clauses \| Failing \| Warned \| Checked \|\n\| :--- \| :--- \| :--- \| ---: \| ---: \| ---: \|$/m);
    expect(markdown).toMatch(/^\| \[single-owner\]\(https:\/\/\S+\/single-owner\.md\) \| /m);
    expect(markdown).toMatch(
      /^\| Proposal \| Title \| Owner \| Strategies \| Status \| Errors \| Warnings \| Costs \| Financial benefits \| Net \| Payback \| NPV \| Failed rules \| Warnings from \|$/m,
    );
    for (const proposal of portfolio.proposals) expect(markdown).toContain(`| \`${proposal.path}\` |`);
    // The stamp, and each proposal's findings in a <details> block with line, message and clauses.
    expect(markdown).toContain('- **Generated:** 1 December 2026 at 00:00 UTC');
    expect(markdown).toContain(`- **itstrat version:** ${portfolio.stamp.version}`);
    const broken = portfolio.proposals.find((proposal) => proposal.path === 'fixtures/strategies/esbjerg/broken.yaml')!;
    expect(markdown).toContain(`<details><summary>Findings (${broken.findings.length})</summary>\n\n| Line | Severity | Rule | Message | Strategy clauses |`);
    const owner = broken.findings.find((finding) => finding.ruleId === 'single-owner')!;
    expect(markdown).toContain(`| ${owner.line}:${owner.column} | error | [single-owner](`);
  });

  it('JSON: the stamp, the facts from the interpretation, the deviations register and every finding', () => {
    expect(portfolio.stamp).toEqual({
      generated: '2026-12-01T00:00:00.000Z',
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      strategies: ['esbjerg', 'stockholm', 'oskarshamn', 'nordfyns', 'ikt-follo'],
      config: null,
      compare: null,
    });
    const byPath = new Map(lint.map((result) => [rel(result.filePath), result]));
    for (const proposal of portfolio.proposals) {
      const result = byPath.get(proposal.path)!;
      expect(proposal.findings.map((finding) => finding.ruleId)).toEqual(result.messages.map((message) => message.ruleId));
      expect(proposal.status).toBe(proposal.parseFailed ? 'unparsed' : proposal.errorCount ? 'errors' : proposal.warningCount ? 'warnings' : 'compliant');
    }
    const stockholm = portfolio.proposals.find((proposal) => proposal.path === 'fixtures/strategies/stockholm/clean.md')!;
    expect(stockholm.perspectives).toEqual(['external-benefit', 'internal-benefit', 'it-cost', 'it-maturity', 'it-quality']);
    expect(stockholm.focusAreas.length).toBeGreaterThan(0);
    expect(stockholm.elements).toMatchObject({ owner: true, focusAreas: true, followUp: true });
    expect(portfolio.deviations.map((deviation) => deviation.path)).toContain('fixtures/strategies/esbjerg/broken.yaml');
    expect(portfolio.deviations.find((deviation) => deviation.path === 'fixtures/strategies/esbjerg/broken.yaml')?.sharedSolution).toMatchObject({
      status: 'deviation',
      alternative: 'Digital Post',
      explanation: 'Kvitteringer sendes som sms fra appen.',
    });
    // Totals per strategy add up to the proposals under it.
    const esbjerg = portfolio.byStrategy.filter((row) => row.group === 'esbjerg');
    const under = portfolio.proposals.filter((proposal) => proposal.strategies.includes('esbjerg') && proposal.businessCase);
    expect(esbjerg.reduce((sum, row) => sum + row.proposals, 0)).toBe(under.length);
    expect(esbjerg.reduce((sum, row) => sum + row.investment, 0)).toBeCloseTo(
      under.reduce((sum, proposal) => sum + proposal.businessCase!.investment, 0),
      2,
    );
  });

  it('HTML: one self-contained, well-formed page with the same tables and links to the rule docs', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(XMLValidator.validate(html)).toBe(true);
    expect(html).not.toMatch(/<link|<img|<iframe|\bsrc=|@import|url\(/i);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).toMatch(/<style>[^<]+<\/style>/);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;sha256-`);
    // One table per proposal at least (its facts), and the overview's.
    expect(html.match(/<table[ >]/g)!.length).toBeGreaterThan(portfolio.proposals.length + 5);
    expect(html.match(/<svg class="chart"/g)!.length).toBeGreaterThanOrEqual(3);
    expect(html.match(/<details>/g)!.length).toBeGreaterThanOrEqual(portfolio.proposals.length);
    expect(html).toMatch(/<a href="https:\/\/[^"]+\/rules\/single-owner\.md">single-owner<\/a>/);
    for (const proposal of portfolio.proposals) expect(html).toContain(`<code>${proposal.path}</code>`);
    // Every in-page link has its target.
    for (const [, target] of html.matchAll(/href="#([^"]+)"/g)) expect(html).toContain(`id="${target}"`);
  });

  it('the same bytes run after run, whatever the order of the paths and the concurrency', () => {
    expect(ok(runBuilt(['report', '--format', 'html', ...PATHS], { env: FIXED_DATE }))).toBe(html);
    expect(ok(runBuilt(['report', '--format', 'html', '--concurrency', '2', ...[...PATHS].reverse()], { env: FIXED_DATE }))).toBe(html);
    expect(ok(runBuilt(['report', ...PATHS], { env: FIXED_DATE }))).toBe(markdown);
  }, 180_000);
});

describe('itstrat report: files, escaping, failures', () => {
  let dir: string;

  beforeAll(() => {
    dir = tempDir('report');
    writeTree(dir, {
      'proposals/evil.yaml': [
        'title: "<script>alert(1)</script>"',
        'owner: "Eve <img src=x onerror=alert(2)> | & Co"',
        'description: A proposal whose title is markup.',
        '',
      ].join('\n'),
      'proposals/broken.yaml': 'title: [unclosed\n',
    });
  });
  afterAll(() => removeDir(dir));

  it('HTML shows a title written as markup as text', () => {
    const html = ok(runBuilt(['report', '--format', 'html', 'proposals'], { cwd: dir }));
    expect(html).not.toMatch(/<img|<script>alert/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    // The owner as single-owner reads it (a parenthesised aside is no part of a name), as text.
    expect(html).toContain('Eve &lt;img src=x onerror=alert&gt; | &amp; Co');
    expect(XMLValidator.validate(html)).toBe(true);
  });

  it('Markdown escapes it too, and a file that does not parse counts as a parse failure', () => {
    const markdown = ok(runBuilt(['report', 'proposals'], { cwd: dir }));
    expect(markdown).not.toMatch(/<script|<img/i);
    expect(markdown).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const portfolio = JSON.parse(ok(runBuilt(['report', '--format', 'json', 'proposals'], { cwd: dir }))) as Portfolio;
    expect(portfolio.totals).toMatchObject({ proposals: 2, parseFailures: 1 });
    expect(portfolio.proposals.find((proposal) => proposal.path === 'proposals/broken.yaml')).toMatchObject({ compliant: false, parseFailed: true });
  });

  it('--output-file writes the report there and nothing to stdout; --lang sets the headings', () => {
    const run = runBuilt(['report', '--format', 'markdown', '--lang', 'da', '--output-file', 'out/portfolio.md', 'proposals'], { cwd: dir });
    expect(ok(run)).toBe('');
    const written = readFileSync(join(dir, 'out/portfolio.md'), 'utf8');
    expect(written).toMatch(/^# itstrat porteføljerapport\n/);
    expect(written).toContain('## Overblik');
  });

  it('--compare: a fixed and a new finding, by rule and message rather than line, in JSON, Markdown and HTML', () => {
    writeTree(dir, {
      'trend/booking.yaml':
        'title: Booking\nowner: Mette Jensen og Per Hansen\ndescription: A new booking system for the sports halls that replaces paper forms and phone calls.\n',
    });
    writeFileSync(join(dir, 'previous.json'), ok(runBuilt(['report', '--format', 'json', 'trend'], { cwd: dir })));
    // The owner is fixed, the description becomes a placeholder; the lines of the rest move.
    writeTree(dir, { 'trend/booking.yaml': '# edited\ntitle: Booking\nowner: Mette Jensen\ndescription: TBD\n' });
    const now = JSON.parse(ok(runBuilt(['report', '--format', 'json', '--compare', 'previous.json', 'trend'], { cwd: dir }))) as Portfolio;
    expect(now.stamp.compare).toBe('previous.json');
    const [trend] = now.trend!;
    expect(trend).toMatchObject({ path: 'trend/booking.yaml', change: 'kept' });
    expect(trend!.new.map((finding) => finding.ruleId)).toEqual(['description']);
    expect(trend!.fixed.map((finding) => finding.ruleId)).toEqual(['single-owner']);
    expect(trend!.unchanged).toBe(now.proposals[0]!.findings.length - 1);
    const markdown = ok(runBuilt(['report', '--compare', 'previous.json', 'trend'], { cwd: dir }));
    expect(markdown).toContain('\n## Trend\n');
    expect(markdown).toMatch(/^\| `trend\/booking\.yaml` \| in both \| 1 \| 1 \| \d+ \| description \(line 4\): .+ \| single-owner \(line 2\): .+ \|$/m);
    const html = ok(runBuilt(['report', '--format', 'html', '--compare', 'previous.json', 'trend'], { cwd: dir }));
    expect(html).toContain('<section id="trend">');
    // Not a report: exit 2, one line.
    expectRunFailure(runBuilt(['report', '--compare', 'trend/booking.yaml', 'trend'], { cwd: dir }), /--compare trend\/booking\.yaml: not JSON/);
    writeFileSync(join(dir, 'other.json'), '{"format":"something-else"}');
    expectRunFailure(runBuilt(['report', '--compare', 'other.json', 'trend'], { cwd: dir }), /not a report written by itstrat report --format json/);
  }, 60_000);

  it('SOURCE_DATE_EPOCH sets the stamp; a value that is not seconds is exit 2', () => {
    const portfolio = JSON.parse(ok(runBuilt(['report', '--format', 'json', 'proposals'], { cwd: dir, env: { SOURCE_DATE_EPOCH: '0' } }))) as Portfolio;
    expect(portfolio.stamp.generated).toBe('1970-01-01T00:00:00.000Z');
    expectRunFailure(runBuilt(['report', 'proposals'], { cwd: dir, env: { SOURCE_DATE_EPOCH: 'yesterday' } }), /SOURCE_DATE_EPOCH/);
  });

  it('exit 2 with one line on stderr: a missing path, an unknown format, a bad config', () => {
    expectRunFailure(runBuilt(['report', 'proposals', 'nope'], { cwd: dir }), /no such file or directory: nope/);
    expectRunFailure(runBuilt(['report', '--format', 'pdf', 'proposals'], { cwd: dir }), /pdf/);
    expectRunFailure(runBuilt(['report', '--config', 'missing.yaml', 'proposals'], { cwd: dir }), /missing\.yaml/);
    expectRunFailure(runBuilt(['report', '--concurrency', '0', 'proposals'], { cwd: dir }), /--concurrency/);
  }, 60_000);
});
