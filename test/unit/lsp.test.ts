/** The language server's pure parts: findings → diagnostics, fixes → code actions, locales → languages. */
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../../src/engine/engine.js';
import { codeActionsFor, type FixableFinding } from '../../src/lsp/code-actions.js';
import { completions } from '../../src/lsp/completion.js';
import { covers, lspRange, toDiagnostic } from '../../src/lsp/diagnostics.js';
import { languageOfLocale } from '../../src/lsp/messages.js';

const TEXT = 'Projektejer: Mette Jensen\nValuta: DKK\n\n| Post | Beløb |\n|---|---|\n| Licens | 100.000 kr. |\n| I alt | 120.000 kr. |\n';

/** A finding on the stated total "120.000" (line 7, columns 11–18, end exclusive). */
function totalFinding(extra: Partial<FixableFinding> = {}): FixableFinding {
  return {
    ruleId: 'business-case',
    severity: 2,
    messageId: 'wrongTotal',
    message: 'Den angivne total 120.000 kr. passer ikke med summen 100.000 kr.',
    line: 7,
    column: 11,
    endLine: 7,
    endColumn: 18,
    clauses: ['ESB-9b'],
    ...extra,
  };
}

const offsetOf = (text: string, search: string) => text.indexOf(search);

describe('findings as diagnostics', () => {
  it('1-based lines and columns with an exclusive end become 0-based LSP positions; severity, code, doc link and clauses go along', () => {
    const finding = totalFinding();
    expect(lspRange(finding)).toEqual({ start: { line: 6, character: 10 }, end: { line: 6, character: 17 } });
    const document = TextDocument.create('file:///p.md', 'markdown', 1, TEXT);
    expect(document.getText(lspRange(finding))).toBe('120.000');
    const diagnostic = toDiagnostic(finding, {
      id: 'business-case',
      description: '',
      clauses: [],
      severity: 'error',
      messages: { en: {} } as never,
      docsUrl: 'https://example.org/business-case.md',
    });
    expect(diagnostic).toEqual({
      range: lspRange(finding),
      severity: 1,
      source: 'itstrat',
      code: 'business-case',
      codeDescription: { href: 'https://example.org/business-case.md' },
      message: 'Den angivne total 120.000 kr. passer ikke med summen 100.000 kr. [ESB-9b]',
      data: { messageId: 'wrongTotal', clauses: ['ESB-9b'] },
    });
    expect(toDiagnostic({ ...finding, severity: 1, clauses: [] } as Finding, undefined)).toMatchObject({ severity: 2, message: finding.message });
    expect(toDiagnostic(finding, undefined)).not.toHaveProperty('codeDescription');
  });

  it('a finding at 1:1 with no extent is a point at 0:0, and hovering there finds it', () => {
    const range = lspRange({ line: 1, column: 1, endLine: 1, endColumn: 1 });
    expect(range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    expect(covers(range, { line: 0, character: 0 })).toBe(true);
    expect(covers(range, { line: 0, character: 1 })).toBe(false);
  });
});

describe('fixes and suggestions as quick fixes', () => {
  const document = TextDocument.create('file:///p.md', 'markdown', 3, TEXT);
  const start = offsetOf(TEXT, '120.000');

  it("a finding's fix (ESLint's offsets) is the preferred quick fix, a WorkspaceEdit replacing exactly that text", () => {
    const finding = totalFinding({ fix: { range: [start, start + 7], text: '100.000' } });
    const diagnostic = toDiagnostic(finding, undefined);
    const [action, ...rest] = codeActionsFor(finding, diagnostic, document, 'da');
    expect(rest).toEqual([]);
    expect(action).toEqual({
      title: `Ret: ${finding.message}`,
      kind: 'quickfix',
      diagnostics: [diagnostic],
      isPreferred: true,
      edit: { changes: { 'file:///p.md': [{ range: { start: { line: 6, character: 10 }, end: { line: 6, character: 17 } }, newText: '100.000' }] } },
    });
    const edited = TextDocument.applyEdits(document, action!.edit!.changes!['file:///p.md']!);
    expect(edited.split('\n')[6]).toBe('| I alt | 100.000 kr. |');
  });

  it('each suggestion is a quick fix of its own, titled by its description; an insertion is an empty range', () => {
    const end = TEXT.length;
    const finding = totalFinding({
      suggestions: [
        { messageId: 'addSection', desc: 'Tilføj afsnittet "Finansiering"', fix: { range: [end, end], text: '\n## Finansiering\n' } },
        { messageId: 'restate', fix: { range: [start, start + 7], text: '100.000' } },
      ],
    });
    const actions = codeActionsFor(finding, toDiagnostic(finding, undefined), document, 'en');
    expect(actions.map((action) => [action.title, action.isPreferred ?? false])).toEqual([
      ['Tilføj afsnittet "Finansiering"', false],
      ['restate', false],
    ]);
    expect(actions[0]!.edit!.changes!['file:///p.md']).toEqual([
      { range: { start: { line: 7, character: 0 }, end: { line: 7, character: 0 } }, newText: '\n## Finansiering\n' },
    ]);
  });

  it('offsets count after a byte-order mark: an editor text that keeps one is edited one code unit further on', () => {
    const withMark = TextDocument.create('file:///p.md', 'markdown', 1, `\uFEFF${TEXT}`);
    const finding = totalFinding({ fix: { range: [start, start + 7], text: '100.000' } });
    const [action] = codeActionsFor(finding, toDiagnostic(finding, undefined), withMark, 'en');
    expect(withMark.getText(action!.edit!.changes!['file:///p.md']![0]!.range)).toBe('120.000');
  });

  it('a finding with neither gives no action', () => {
    expect(codeActionsFor(totalFinding(), toDiagnostic(totalFinding(), undefined), document, 'en')).toEqual([]);
  });
});

describe('the editor locale', () => {
  it.each([
    ['da', 'da'],
    ['da-DK', 'da'],
    ['sv-SE', 'sv'],
    ['nb-NO', 'nb'],
    ['no', 'nb'],
    ['nn-NO', 'nb'],
    ['en-GB', 'en'],
    ['de', undefined],
    [undefined, undefined],
  ])('%s → %s', (locale, language) => {
    expect(languageOfLocale(locale)).toBe(language);
  });
});

describe('completion in the author’s language', () => {
  const labels = (...args: Parameters<typeof completions>) => completions(...args).map((item) => `${item.label}=${item.detail}`);

  it('YAML: the keys of the object the cursor is in, through list items, as `itstrat init` writes them', () => {
    const text = 'økonomi:\n  udgifter:\n    - post: Licens\n      be';
    expect(labels(text, 'yaml', 3, 8, 'da')).toEqual([
      'post=businessCase.costs.item',
      'beløb=businessCase.costs.amount',
      'år=businessCase.costs.year',
      'art=businessCase.costs.kind',
      'valuta=businessCase.costs.currency',
    ]);
    expect(completions(text, 'yaml', 3, 8, 'da')[1]!.insertText).toBe('beløb: ');
  });

  it('YAML: nothing inside a value, or under a key that names no field', () => {
    expect(completions('titel: Et forslag med ', 'yaml', 0, 22, 'da')).toEqual([]);
    expect(completions('noter:\n  ', 'yaml', 1, 2, 'da')).toEqual([]);
  });

  it("Markdown: the front matter's keys; under a section, the headings of its parts; at level two the top-level sections but not the title", () => {
    const text = '---\ntitel: X\nsp\n---\n# X\n\n## Økonomi\n\n### \n\n## \n';
    expect(labels(text, 'markdown', 2, 2, 'sv')).toContain('språk=language');
    const parts = labels(text, 'markdown', 8, 4, 'da');
    expect(parts).toContain('Finansiering=businessCase.financing');
    expect(parts).toContain('Gevinstrealisering=businessCase.benefitsRealisation');
    const sections = labels(text, 'markdown', 10, 3, 'nb');
    expect(sections).toContain('Eier=owner');
    expect(sections.some((label) => label.endsWith('=title'))).toBe(false);
    expect(completions(text, 'markdown', 5, 0, 'da')).toEqual([]);
  });
});
