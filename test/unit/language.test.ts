import { describe, expect, it } from 'vitest';
import { loadProposal } from '../../src/interpret/proposal.js';

async function language(filename: string, code: string) {
  const { proposal } = await loadProposal(`/virtual/${filename}`, new TextEncoder().encode(code));
  return proposal!.language;
}

describe('the language of a proposal', () => {
  it('is the declared one when there is a language field', async () => {
    expect(await language('p.yaml', 'title: X\nsprog: dansk\n')).toBe('da');
    expect(await language('p.yaml', 'title: X\nlanguage: nb\n')).toBe('nb');
  });

  it('follows the vocabulary of short files without one', async () => {
    expect(await language('p.yaml', 'tittel: Velferdsteknologi\nprosjekteier: Kari Nordmann\n')).toBe('nb');
    expect(await language('p.yaml', 'titel: Booking\nprojektejer: Mette Jensen\n')).toBe('da');
    expect(await language('p.yaml', 'titel: Bygglov\nprojektägare: Socialnämnden\n')).toBe('sv');
    expect(await language('p.md', '# Velferd\n\n## Prosjekteier\n\nKari Nordmann\n\n## Oppfølging\n')).toBe('nb');
    expect(await language('p.yaml', 'title: Booking\nowner: Jane Smith\ndescription: A new booking system for the libraries.\n')).toBe('en');
  });

  it('follows the strategy when the text says little', async () => {
    expect(await language('p.yaml', 'title: X\nstrategy: ikt-follo\n')).toBe('nb');
    expect(await language('p.yaml', 'title: X\nstrategy: stockholm\n')).toBe('sv');
  });
});

describe('the clauses a finding cites', () => {
  it("are those of the strategies written in the proposal's language when no strategy is in force", async () => {
    const { runRules } = await import('../../src/engine/engine.js');
    const { default: rule } = await import('../../rules/business-case.js');
    const clausesFor = async (code: string) => {
      const { proposal } = await loadProposal('/virtual/p.yaml', new TextEncoder().encode(code));
      const { findings } = runRules(proposal!, [{ rule, severity: 2, options: {} }], new Set(), proposal!.language, new Set(['business-case']));
      return findings[0]!.clauses;
    };
    expect(await clausesFor('titel: Booking\nsprog: da\n')).toEqual(['ESB-8e', 'NFY-6c']);
    expect(await clausesFor('titel: Bygglov\nspråk: sv\n')).toEqual(['OSK-16']);
    expect(await clausesFor('title: Booking\nlanguage: en\n')).toEqual(['ESB-8e', 'NFY-6c', 'OSK-16', 'FLO-9']);
  });
});
