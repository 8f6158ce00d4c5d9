import { describe, expect, it } from 'vitest';
import { canonicalValue, headingField } from '../../src/lexicon/vocabulary.js';

describe('vocabulary', () => {
  it('reads a deviation ground written as a sentence when it names exactly one ground', () => {
    expect(canonicalValue('sharedSolution.grounds', 'Den fællesoffentlige løsning er væsentligt dyrere end vores egen')).toBe('more-expensive');
    expect(canonicalValue('sharedSolution.grounds', 'Lösningen ger en väsentlig funktionell försämring för handläggarna')).toBe('functional-deterioration');
    expect(canonicalValue('sharedSolution.grounds', 'Den er vesentlig dyrere og svekker sikkerheten')).toBeUndefined();
  });

  it('does not read values inside prose for fields whose values are single words', () => {
    expect(canonicalValue('category', 'Vi bygger något innovativt')).toBeUndefined();
    expect(canonicalValue('category', 'Innovativt (pilot i sex månader)')).toBe('innovative');
  });

  it("maps headings of the governments' own templates", () => {
    expect(headingField('Økonomiske hovedtal og finansiering')).toBe('businessCase');
    expect(headingField('3.2 Gevinstrealiseringsplan')).toBe('businessCase.benefitsRealisation');
    expect(headingField('Effektmål')).toBe('followUp');
    expect(headingField('Styringsparametere')).toBe('followUp');
    expect(headingField('Samfunnsøkonomisk analyse')).toBe('businessCase');
    expect(headingField('Mål og succeskriterier')).toBe('followUp');
    expect(headingField('Forretningens formål med projektet')).toBe('description');
    expect(headingField('Nyttokalkyl')).toBe('businessCase');
    expect(headingField('Förändringsunderlag')).toBe('businessCase');
  });
});

describe('a list written as one YAML string', () => {
  it('is its pieces, or the values a sentence names, each at the string', async () => {
    const { loadProposal } = await import('../../src/interpret/proposal.js');
    const { toPlain } = await import('../../src/interpret/plain.js');
    const code = [
      'titel: Booking',
      'fællesoffentlig-løsning:',
      '  status: afvigelse',
      '  løsninger: MitID, Digital Post',
      '  begrundelse: Løsningen er væsentligt dyrere og øger implementeringstiden markant.',
      'fokusområden: samverkan',
      '',
    ].join('\n');
    const { proposal } = await loadProposal('/virtual/p.yaml', new TextEncoder().encode(code));
    expect(toPlain(proposal!.root)).toMatchObject({
      sharedSolution: { solutions: ['MitID', 'Digital Post'], grounds: ['more-expensive', 'longer-implementation'] },
      focusAreas: ['collaboration'],
    });
    const grounds = (
      proposal!.root.entries.get('sharedSolution') as { entries: Map<string, { kind: string; items: { range: { line: number; column: number } }[] }> }
    ).entries.get('grounds')!;
    expect(grounds.items.map((item) => [item.range.line, item.range.column])).toEqual([
      [5, 16],
      [5, 16],
    ]);
  });
});

describe('a list written as a YAML sequence', () => {
  it('keeps its items as they are', async () => {
    const { loadProposal } = await import('../../src/interpret/proposal.js');
    const { toPlain } = await import('../../src/interpret/plain.js');
    const { proposal } = await loadProposal(
      '/virtual/p.yaml',
      new TextEncoder().encode('title: X\nsharedSolution:\n  solutions: [MitID, Digital Post]\n  grounds:\n    - væsentligt dyrere\n'),
    );
    expect(toPlain(proposal!.root)).toMatchObject({ sharedSolution: { solutions: ['MitID', 'Digital Post'], grounds: ['more-expensive'] } });
  });
});
