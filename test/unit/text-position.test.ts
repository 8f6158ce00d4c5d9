import { describe, expect, it } from 'vitest';
import { loadProposal } from '../../src/loaders/index.js';
import { allTexts, phraseMatches } from '../../src/rulekit.js';
import { rangeInText } from '../../src/text-position.js';

/** Where `phrase` lands in the file, found through the model the way a rule finds it. */
async function locate(filename: string, code: string, phrase: string): Promise<[number, number, number, number]> {
  const { proposal } = await loadProposal(`/virtual/${filename}`, new TextEncoder().encode(code));
  if (!proposal) throw new Error('does not parse');
  for (const hit of allTexts(proposal)) {
    const index = hit.text.indexOf(phrase);
    if (index < 0) continue;
    const range = rangeInText(proposal, hit, index, phrase.length);
    return [range.line, range.column, range.endLine, range.endColumn];
  }
  throw new Error(`"${phrase}" not in any text`);
}

/** Line and column of `phrase` in the source, counted by hand. */
function where(code: string, phrase: string): [number, number] {
  const before = code.slice(0, code.indexOf(phrase)).split('\n');
  return [before.length, before[before.length - 1]!.length + 1];
}

describe('rangeInText', () => {
  const exact: [string, string, string][] = [
    ['plain YAML value', 'p.yaml', 'title: X\ndescription: Vi bygger eget login.\n'],
    ['double-quoted value', 'p.yaml', 'title: X\ndescription: "Vi bygger eget login."\n'],
    ['single-quoted value in a nested map', 'p.yaml', "title: X\nowner:\n  name: 'Vi bygger eget login'\n"],
    ['flow mapping', 'p.yaml', 'title: X\nowner: { name: Vi bygger eget login }\n'],
    ['list item', 'p.yaml', 'title: X\nfocusAreas:\n  - Vi bygger eget login\n'],
    ['literal block, two-space indentation', 'p.yaml', 'title: X\ndescription: |\n  Linje et.\n  Vi bygger eget login.\nowner: A\n'],
    ['literal block in a list item', 'p.yaml', 'title: X\nx:\n  - |\n    Linje et.\n    Vi bygger eget login.\n'],
    ['literal block ending the file, any indentation', 'p.yaml', 'title: X\ndescription: |\n      Linje et.\n      Vi bygger eget login.'],
    ['front matter value', 'p.md', '---\ntitle: X\ndescription: Vi bygger eget login.\n---\n'],
    ['Markdown section without a field', 'p.md', '# X\n\n## Løsning\n\nFørste linje.\nVi bygger eget login.\n\n- og et punkt\n'],
    ['Markdown text field over lines', 'p.md', '# X\n\n## Beskrivelse\n\nFørste linje,\nog vi bygger eget login.\n'],
    ['Markdown heading', 'p.md', '# X\n\n## Vi bygger eget login\n\nTekst.\n'],
    ['Markdown label line', 'p.md', '# X\n\nProjektejer: Vi bygger eget login\n'],
    ['Markdown table cell', 'p.md', '# X\n\n## Økonomi\n\n| Post | Beløb |\n|---|---|\n| Vi bygger eget login | 100 |\n'],
  ];
  for (const [name, filename, code] of exact) {
    it(`exact: ${name}`, async () => {
      const [line, column] = where(code, 'eget login');
      expect(await locate(filename, code, 'eget login')).toEqual([line, column, line, column + 'eget login'.length]);
    });
  }

  it('a folded block wrapped over lines: the whole value', async () => {
    expect(await locate('p.yaml', 'title: X\ndescription: >\n  Linje et og\n  vi bygger eget login.\nowner: A\n', 'eget login')).toEqual([2, 14, 5, 1]);
  });

  it('a plain value wrapped over lines: the whole value', async () => {
    expect(await locate('p.yaml', 'title: X\ndescription: Linje et og\n  vi bygger eget login.\n', 'eget login')).toEqual([2, 14, 3, 24]);
  });

  it('a quoted value with escapes: the whole value', async () => {
    expect(await locate('p.yaml', 'title: X\ndescription: "Vi \\"bygger\\" eget login"\n', 'eget login')).toEqual([2, 14, 2, 40]);
  });
});

describe('phraseMatches', () => {
  const list = ['eget login', 'login', 'selvbetjening*', 'SSO', 'brugernavn og adgangskode'];
  it('whole words, case and spacing ignored, longest first, `*` for the rest of a word', () => {
    expect(phraseMatches('Eget  Login, selvbetjeningsløsning og brugernavn-og adgangskode; loginside', list).map((m) => [m.phrase, m.index, m.matched])).toEqual([
      ['eget login', 0, 'Eget  Login'],
      ['selvbetjening*', 13, 'selvbetjeningsløsning'],
      ['brugernavn og adgangskode', 38, 'brugernavn-og adgangskode'],
    ]);
  });
  it('all-caps phrases case-sensitive with exactCaps', () => {
    expect(phraseMatches('sso og SSO', list, { exactCaps: true }).map((m) => m.index)).toEqual([7]);
    expect(phraseMatches('sso og SSO', list).map((m) => m.index)).toEqual([0, 7]);
  });
  it('agrees with findPhrase on the shared cases: no match inside a word', () => {
    expect(phraseMatches('NemLog-in og loginløsning', list)).toEqual([]);
  });
});
