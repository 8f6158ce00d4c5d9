import { describe, expect, it } from 'vitest';
import { loadProposal } from '../../src/interpret/proposal.js';
import { allTexts } from '../../src/model/access.js';
import { rangeInText } from '../../src/model/text-position.js';

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

  it('exact: a folded block wrapped over lines', async () => {
    expect(await locate('p.yaml', 'title: X\ndescription: >\n  Linje et og\n  vi bygger eget login.\nowner: A\n', 'eget login')).toEqual([4, 13, 4, 23]);
  });

  it('exact: words that wrap from one line to the next', async () => {
    expect(await locate('p.yaml', 'title: X\ndescription: >\n  Linje et og vi bygger eget\n  login til borgerne.\n', 'eget login')).toEqual([3, 25, 4, 8]);
  });

  it('exact: a plain value wrapped over lines', async () => {
    expect(await locate('p.yaml', 'title: X\ndescription: Linje et og\n  vi bygger eget login.\n', 'eget login')).toEqual([3, 13, 3, 23]);
  });

  it('exact: a quoted value with escapes elsewhere in it', async () => {
    expect(await locate('p.yaml', 'title: X\ndescription: "Vi \\"bygger\\" eget login"\n', 'eget login')).toEqual([2, 29, 2, 39]);
  });

  it('the n-th occurrence in the value is the n-th written', async () => {
    const code = 'title: X\ndescription: >\n  Eget login nu,\n  og senere eget login igen.\n';
    const { proposal } = await loadProposal('/virtual/p.yaml', new TextEncoder().encode(code));
    const hit = allTexts(proposal!).find((candidate) => candidate.text.includes('senere'))!;
    const second = hit.text.lastIndexOf('eget login');
    const range = rangeInText(proposal!, hit, second, 'eget login'.length);
    expect([range.line, range.column]).toEqual([4, 13]);
  });

  it('the whole value when the words are not written as such (an escape between them)', async () => {
    expect(await locate('p.yaml', 'title: X\ndescription: "Vi bygger eget\\u0020login"\n', 'eget login')).toEqual([2, 14, 2, 41]);
  });
});
