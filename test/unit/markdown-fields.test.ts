/**
 * Markdown loader: the two realistic layouts the strategy rules depend on — a top-level
 * `Projektejer: …` line, and sub-headings that name the keys of an object field
 * ("## Prioriteringskriterier" → "### Effektivisering").
 */
import { describe, expect, it } from 'vitest';
import { loadProposal } from '../../src/loaders/index.js';
import { toPlain } from '../../src/plain.js';

async function load(text: string) {
  const { proposal } = await loadProposal('/virtual/p.md', new TextEncoder().encode(text));
  return proposal!;
}

describe('Markdown fields', () => {
  it('a "Projektejer: …" line outside any section fills owner', async () => {
    const proposal = await load('# Digital pladsanvisning\n\nProjektejer: Hanne Kjær, direktør for Børn & Kultur\n');
    expect(toPlain(proposal.root)).toEqual({ title: 'Digital pladsanvisning', owner: 'Hanne Kjær, direktør for Børn & Kultur' });
    expect(proposal.root.entries.get('owner')!.keyRange).toMatchObject({ line: 3, column: 1 });
  });

  it('sub-headings naming the keys of an object field fill those keys, at their heading', async () => {
    const proposal = await load(
      '# X\n\n## Prioriteringskriterier\n\n### Standardisering\n\nVi genbruger ESDH.\n\n### Kommunal sammenhæng\n\nData hentes fra CPR.\n\n## Sikkerhed\n\n### Risikovurdering\n\nGennemført marts 2026.\n',
    );
    expect(toPlain(proposal.root)).toMatchObject({
      priorityCriteria: { standardisation: 'Vi genbruger ESDH.', coherence: 'Data hentes fra CPR.' },
      security: { riskAssessment: 'Gennemført marts 2026.' },
    });
    const coherence = (proposal.root.entries.get('priorityCriteria') as { entries: Map<string, { keyRange: unknown }> }).entries.get('coherence')!;
    expect(coherence.keyRange).toMatchObject({ line: 9, column: 1 });
  });

  it('a sub-heading that names no key stays part of its section', async () => {
    const proposal = await load('# X\n\n## Kompetanse\n\n### Hvem får opplæring\n\nAlle saksbehandlere.\n');
    expect(toPlain(proposal.root)).toMatchObject({ competence: { plan: 'Alle saksbehandlere.' } });
  });
});
