import { describe, expect, it } from 'vitest';
import { loadProposal } from '../../src/loaders/index.js';

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
