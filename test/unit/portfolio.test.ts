/**
 * The portfolio model behind `itstrat report`, from hand-made lint results: counts, the words
 * fail / warned / compliant, sorting, business-case sums, and the renderers' escaping.
 */
import { describe, expect, it } from 'vitest';
import { XMLValidator } from 'fast-xml-parser';
import type { Finding } from '../../src/engine/engine.js';
import type { FileResult } from '../../src/engine/file-result.js';
import type { RuleMeta } from '../../src/engine/rule-api.js';
import type { BusinessCaseFigures } from '../../src/interpret/business-case-figures.js';
import { buildPortfolio, compareClauses } from '../../src/report/portfolio.js';
import { escapeHtml, htmlReport } from '../../src/report/html.js';
import { markdownReport } from '../../src/report/markdown.js';
import { jsonReport } from '../../src/report/json.js';

const CWD = '/work/portfolio';
const STAMP = { generated: '2026-12-01T00:00:00.000Z', version: '0.0.0-test', config: null, compare: null };

function finding(ruleId: string, severity: 1 | 2, clauses: string[] = [], extra: Partial<Finding> = {}): Finding {
  return { ruleId, severity, messageId: 'no', message: `${ruleId} says no`, line: 1, column: 1, endLine: 1, endColumn: 2, clauses, ...extra };
}

function result(path: string, findings: Finding[], extra: Partial<FileResult> = {}): FileResult {
  const counted = findings.filter((entry) => !entry.suppression);
  return {
    filePath: `${CWD}/${path}`,
    findings: counted,
    suppressed: findings.filter((entry) => entry.suppression),
    errorCount: counted.filter((entry) => entry.severity === 2).length,
    warningCount: counted.filter((entry) => entry.severity === 1).length,
    fatalErrorCount: counted.filter((entry) => entry.fatal).length,
    language: 'en',
    strategies: [],
    rulesChecked: ['business-case', 'shared-solution', 'single-owner'],
    ...extra,
  };
}

function figures(currency: string, costs: number, benefits: number, npv: number, paybackYear: number | null): BusinessCaseFigures {
  return {
    currency,
    costs: { investment: costs / 2, operating: costs / 2, unclassified: 0, total: costs },
    benefits: { financial: benefits, unpricedLines: 0 },
    years: [],
    horizonYears: 3,
    net: benefits - costs,
    paybackYear,
    discountRate: 0.035,
    discountRateSource: 'default',
    npv,
  };
}

function meta(id: string, clauses: string[], docsUrl?: string): RuleMeta {
  return { id, description: `${id} checks`, clauses, severity: 'error', messages: { en: {}, da: {}, sv: {}, nb: {} }, ...(docsUrl ? { docsUrl } : {}) };
}

const RULES = new Map<string, RuleMeta>([
  ['single-owner', meta('single-owner', ['ESB-8a', 'STH-4c'], 'https://example.org/single-owner.md')],
  ['shared-solution', meta('shared-solution', ['ESB-3.1b', 'STH-7'], 'https://example.org/shared-solution.md')],
  ['business-case', meta('business-case', ['ESB-8e', 'OSK-16'], 'https://example.org/business-case.md')],
]);

const RESULTS: FileResult[] = [
  result('b/two-owners.yaml', [finding('single-owner', 2, ['ESB-8a']), finding('shared-solution', 1, ['STH-7'])], {
    title: 'Two owners',
    owner: 'Mette Jensen og Lars Holm',
    strategies: ['esbjerg'],
    businessCase: figures('DKK', 1000, 1500, 400.5, 2027),
  }),
  result('a/clean.md', [finding('single-owner', 2, ['ESB-8a'], { suppression: { reason: 'board decision', line: 3 } })], {
    title: 'Clean',
    owner: 'Helen Carter',
    businessCase: figures('DKK', 200, 100, -110.25, null),
  }),
  result('c/broken.md', [finding('parse', 2, [], { fatal: true })], { rulesChecked: [] }),
  result('d/warned.yaml', [finding('shared-solution', 1, ['STH-7']), finding('business-case', 1, ['OSK-16'])], {
    businessCase: figures('SEK', 300, 0, -300, null),
  }),
  result('e/both.yaml', [finding('shared-solution', 2, ['ESB-3.1b']), finding('shared-solution', 1, ['STH-7']), finding('single-owner', 2, ['STH-4c'])]),
];

const portfolio = () => buildPortfolio(RESULTS, { cwd: CWD, rules: RULES, language: 'en', stamp: STAMP });

describe('portfolio model', () => {
  it('totals: proposals, compliant (no errors), with errors, with warnings only, parse failures', () => {
    expect(portfolio().totals).toEqual({
      proposals: 5,
      compliant: 2,
      withErrors: 3,
      withWarningsOnly: 1,
      parseFailures: 1,
      errors: 4,
      warnings: 4,
      suppressed: 1,
    });
  });

  it('proposals by path, with title, owner, strategies, counts, verdict and figures', () => {
    const { proposals } = portfolio();
    expect(proposals.map((proposal) => proposal.path)).toEqual(['a/clean.md', 'b/two-owners.yaml', 'c/broken.md', 'd/warned.yaml', 'e/both.yaml']);
    const [clean, owners, broken, warned, both] = proposals;
    expect(clean).toMatchObject({
      title: 'Clean',
      owner: 'Helen Carter',
      compliant: true,
      errorCount: 0,
      suppressedCount: 1,
      failedRules: [],
      warnedRules: [],
    });
    expect(owners).toMatchObject({
      title: 'Two owners',
      strategies: ['esbjerg'],
      compliant: false,
      failedRules: ['single-owner'],
      warnedRules: ['shared-solution'],
      businessCase: {
        currency: 'DKK',
        costs: 1000,
        investment: 500,
        operating: 500,
        financialBenefits: 1500,
        net: 500,
        paybackYear: 2027,
        npv: 400.5,
        discountRate: 0.035,
      },
    });
    expect(broken).toMatchObject({ title: null, owner: null, compliant: false, parseFailed: true, failedRules: ['parse'], businessCase: null });
    expect(warned).toMatchObject({ compliant: true, warnedRules: ['business-case', 'shared-solution'] });
    // A rule with both an error and a warning fails; it is not also "warned".
    expect(both).toMatchObject({ failedRules: ['shared-solution', 'single-owner'], warnedRules: [] });
  });

  it('rules: proposals failing, warned and checked; most failing first; docs links; suppressed findings do not count', () => {
    const { rules } = portfolio();
    expect(rules.map((rule) => [rule.id, rule.failing, rule.warned, rule.checked])).toEqual([
      ['single-owner', 2, 0, 4],
      ['shared-solution', 1, 2, 4],
      ['parse', 1, 0, 5],
      ['business-case', 0, 1, 4],
    ]);
    const owner = rules.find((rule) => rule.id === 'single-owner')!;
    expect(owner).toMatchObject({
      clauses: ['ESB-8a', 'STH-4c'],
      docsUrl: 'https://example.org/single-owner.md',
      errors: 2,
      warnings: 0,
      failingProposals: ['b/two-owners.yaml', 'e/both.yaml'],
    });
    expect(rules.find((rule) => rule.id === 'parse')).toMatchObject({ docsUrl: null, clauses: [] });
  });

  it('clauses: which proposals fail or are warned, in catalogue order, with the clause title in the report language', () => {
    const { clauses } = buildPortfolio(RESULTS, { cwd: CWD, rules: RULES, language: 'da', stamp: STAMP });
    expect(clauses.map((clause) => clause.id)).toEqual(['ESB-3.1b', 'ESB-8a', 'STH-4c', 'STH-7', 'OSK-16']);
    expect(clauses.find((clause) => clause.id === 'ESB-8a')).toMatchObject({
      strategy: 'esbjerg',
      modal: 'must',
      failing: ['b/two-owners.yaml'],
      warned: [],
      rules: ['single-owner'],
    });
    expect(clauses.find((clause) => clause.id === 'ESB-8a')!.title).toMatch(/ejer/i);
    // e/both.yaml fails ESB-3.1b and is warned on STH-7; b and d only warned on STH-7.
    expect(clauses.find((clause) => clause.id === 'STH-7')).toMatchObject({ failing: [], warned: ['b/two-owners.yaml', 'd/warned.yaml', 'e/both.yaml'] });
  });

  it('clause order: by strategy, then numerically', () => {
    expect(['OSK-10', 'FLO-6', 'OSK-6/7', 'ESB-8', 'STH-7.2', 'ESB-3.1a', 'STH-7', 'NFY-4', 'X-1'].sort(compareClauses)).toEqual([
      'ESB-3.1a',
      'ESB-8',
      'STH-7',
      'STH-7.2',
      'OSK-6/7',
      'OSK-10',
      'NFY-4',
      'FLO-6',
      'X-1',
    ]);
  });

  it('business cases are summed per currency, never across currencies', () => {
    expect(portfolio().businessCases).toEqual([
      { currency: 'DKK', proposals: 2, costs: 1200, financialBenefits: 1600, net: 400, npv: 290.25 },
      { currency: 'SEK', proposals: 1, costs: 300, financialBenefits: 0, net: -300, npv: -300 },
    ]);
  });

  it('does not depend on the order of the results', () => {
    const reversed = buildPortfolio([...RESULTS].reverse(), { cwd: CWD, rules: RULES, language: 'en', stamp: STAMP });
    expect(jsonReport(reversed)).toBe(jsonReport(portfolio()));
    expect(htmlReport(reversed)).toBe(htmlReport(portfolio()));
    expect(markdownReport(reversed)).toBe(markdownReport(portfolio()));
  });
});

describe('report renderers', () => {
  const hostile = [result('x/evil.yaml', [finding('evil|rule', 2)], { title: '<script>alert(1)</script> & "quotes" | pipes `ticks`', owner: 'A\u0000B' })];
  const rules = new Map([['evil|rule', meta('evil|rule', [], 'javascript:alert(1)')]]);
  const evil = buildPortfolio(hostile, { cwd: CWD, rules, language: 'en', stamp: STAMP });

  it('HTML escapes every text, links only to web pages, and is well-formed', () => {
    const html = htmlReport(evil);
    // The page's own script, and no other.
    expect(html.match(/<script/gi)).toHaveLength(1);
    expect(html).not.toMatch(/<script>alert/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
    expect(html).not.toContain('javascript:');
    expect(XMLValidator.validate(html)).toBe(true);
    expect(escapeHtml(`<a href='x'>&</a>`)).toBe('&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('Markdown keeps table cells intact and shows HTML as text', () => {
    const markdown = markdownReport(evil);
    expect(markdown).not.toMatch(/<script/i);
    const row = markdown.split('\n').find((line) => line.includes('x/evil.yaml') && line.includes('alert'))!;
    expect(row).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; "quotes" \\| pipes');
    // Unescaped pipes delimit the cells: as many as the header has.
    const header = markdown.split('\n').find((line) => line.startsWith('| Proposal | Title | Owner |'))!;
    const cells = (line: string) => line.replace(/\\\|/g, '').split('|').length;
    expect(cells(row)).toBe(cells(header));
    expect(markdown).not.toContain('javascript:');
  });

  it('the headings follow --lang', () => {
    const da = markdownReport(buildPortfolio(RESULTS, { cwd: CWD, rules: RULES, language: 'da', stamp: STAMP }));
    expect(da).toContain('# itstrat porteføljerapport');
    expect(da).toContain('| Forslag | Titel | Ejer |');
    const sv = htmlReport(buildPortfolio(RESULTS, { cwd: CWD, rules: RULES, language: 'sv', stamp: STAMP }));
    expect(sv).toContain('<html lang="sv">');
    expect(sv).toContain('<h2>Översikt</h2>');
  });
});

describe('report content beyond the counts', () => {
  it('Markdown over 1 MiB leaves out proposals’ details from the end, says so, and fits', () => {
    const many = Array.from({ length: 800 }, (_, index) =>
      result(
        `many/p-${String(index).padStart(4, '0')}.yaml`,
        Array.from({ length: 12 }, (_, line) => finding('single-owner', 2, ['ESB-8a'], { line: line + 1, message: 'x'.repeat(200) })),
      ),
    );
    const big = buildPortfolio(many, { cwd: CWD, rules: RULES, language: 'en', stamp: STAMP });
    const whole = markdownReport(big, Number.MAX_SAFE_INTEGER);
    expect(Buffer.byteLength(whole)).toBeGreaterThan(1024 * 1024);
    const cut = markdownReport(big);
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(1024 * 1024);
    const omitted = Number(/the details of the last (\d+) proposals are left out/.exec(cut)?.[1]);
    expect(omitted).toBeGreaterThan(0);
    // The overview is whole; the kept details are those of the first proposals, each closed.
    expect(cut).toContain('| `many/p-0799.yaml` |');
    expect(cut).toContain('### many/p-0000.yaml');
    expect(cut).not.toContain(`### many/p-${String(800 - omitted).padStart(4, '0')}.yaml`);
    expect(cut.match(/<details>/g)?.length).toBe(cut.match(/<\/details>/g)?.length);
  });

  it('Markdown text from a proposal forms no image, link, tag or heading', () => {
    const title = '# Head ![t](https://host.example/pixel.png) [x](javascript:alert(1)) <img src=x> *b* `c`';
    const markdown = markdownReport(buildPortfolio([result('m/t.yaml', [], { title })], { cwd: CWD, rules: RULES, language: 'en', stamp: STAMP }));
    expect(markdown).toContain('\\# Head \\!\\[t\\](https\\://host.example/pixel.png) \\[x\\](javascript:alert(1)) &lt;img src=x&gt; \\*b\\* \\`c\\`');
    expect(markdown).not.toMatch(/(^|[^\\])!\[|(^|[^\\])\[x\]|<img/m);
  });

  it('every chart has a text alternative with all its numbers, and the table beside it', () => {
    const html = htmlReport(portfolio());
    const charts = [
      ...html.matchAll(
        /<svg class="chart"[^>]*aria-labelledby="([^"]+)" aria-describedby="([^"]+)">\n<title id="\1">([^<]+)<\/title>\n<desc id="\2">([^<]+)<\/desc>/g,
      ),
    ];
    expect(charts.length).toBe(html.match(/<svg class="chart"/g)?.length);
    expect(charts.length).toBeGreaterThan(0);
    for (const [, , , , description] of charts) expect(description).toMatch(/\d/);
    expect(html.match(/<div class="figure">\n<figure/g)?.length).toBe(charts.length);
    // No emoji or symbol that needs a font of its own.
    expect(html).not.toMatch(/\p{Extended_Pictographic}/u);
    expect(markdownReport(portfolio())).not.toMatch(/\p{Extended_Pictographic}/u);
  });

  it('a file link is relative and percent-encoded: no name becomes a scheme, query or fragment', async () => {
    const { fileHref } = await import('../../src/report/html.js');
    expect(fileHref('../', 'dir/javascript:alert(1).yaml')).toBe('../dir/javascript%3Aalert(1).yaml');
    expect(fileHref('', '"><img src=x>#?.md')).toBe('%22%3E%3Cimg%20src%3Dx%3E%23%3F.md');
    expect(fileHref('', '/etc/passwd')).toBeUndefined();
  });
});

describe('rule descriptions in --lang', () => {
  it('every built-in rule, and parse and directive, is described in da, sv and nb; a plugin rule keeps its own line', async () => {
    const { builtinRules } = await import('../../src/engine/registry.js');
    const { localRuleDescription, RULE_DESCRIPTIONS } = await import('../../src/report/rule-descriptions.js');
    const builtin = await builtinRules();
    const metas = new Map(builtin.map((rule) => [rule.meta.id, rule.meta]));
    expect(Object.keys(RULE_DESCRIPTIONS).sort()).toEqual([...metas.keys(), 'directive', 'parse'].sort());
    for (const id of [...metas.keys(), 'parse', 'directive']) {
      const english = localRuleDescription(id, metas, 'en');
      for (const lang of ['da', 'sv', 'nb'] as const) {
        const text = localRuleDescription(id, metas, lang);
        expect(text, `${id} ${lang}`).not.toBe(english);
        expect(text, `${id} ${lang}`).toMatch(/\.$/);
      }
    }
    const plugin = new Map([['acme/x', meta('acme/x', [])]]);
    expect(localRuleDescription('acme/x', plugin, 'da')).toBe('acme/x checks');
  });
});
