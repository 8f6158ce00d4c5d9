/**
 * Headings as hints, not gates (issue 8): numbered, combined and ALL-CAPS headings name the
 * field one of their parts names, and a `Label: value` line names its field wherever it stands —
 * at a line's start, in bold inside a paragraph, or as the role under a name in a signature
 * block. The proposals here are written from the strategy texts and SPEC §6, in all four languages.
 */
import { describe, expect, it } from 'vitest';
import { loadProposal } from '../../src/interpret/proposal.js';
import { toPlain } from '../../src/interpret/plain.js';
import { headingField, headingFields, headingWords } from '../../src/lexicon/vocabulary.js';

async function load(text: string) {
  const { proposal } = await loadProposal('/virtual/p.md', new TextEncoder().encode(text));
  return proposal!;
}

describe('headingField: numbering, case and parts', () => {
  it('strips numbering of every common shape', () => {
    expect(headingWords('3.2 Økonomi')).toBe('Økonomi');
    expect(headingWords('4a. Sammenhæng med it-strategien')).toBe('Sammenhæng med it-strategien');
    expect(headingWords('A) Gevinster')).toBe('Gevinster');
    expect(headingWords('(2) Summary')).toBe('Summary');
    expect(headingWords('**5. Tidsplan**')).toBe('Tidsplan');
  });

  it('a heading names the field one of its parts names, in all four languages', () => {
    expect(headingField('4. Fællesoffentlig løsning – følg eller forklar')).toBe('sharedSolution');
    expect(headingField('1. Baggrund og formål')).toBe('description');
    expect(headingField('2. Syfte och beskrivning')).toBe('description');
    expect(headingField('1. Bakgrunn og formål')).toBe('description');
    expect(headingField('Background and purpose')).toBe('description');
    expect(headingField('5. Felleskomponenter og standarder')).toBe('sharedSolution');
    expect(headingField('Shared components and standards')).toBe('sharedSolution');
    expect(headingField('Arkitektur och gemensamma lösningar')).toBe('sharedSolution');
    expect(headingField('Markedsafdækning og fællesoffentlige løsninger')).toBe('sharedSolution');
    expect(headingField('2. Ejer og organisering')).toBe('owner');
    expect(headingField('Ownership and approval')).toBe('owner');
    expect(headingField('Eierskap og forankring')).toBe('owner');
    expect(headingField('Ägarskap och styrning')).toBe('owner');
  });

  it('ALL-CAPS headings are read without their case', () => {
    expect(headingField('1. BAGGRUND')).toBe('description');
    expect(headingField('4. FÆLLESOFFENTLIG LØSNING')).toBe('sharedSolution');
    expect(headingField('GEMENSAM LÖSNING')).toBe('sharedSolution');
    expect(headingField('5. OMKOSTNINGER OG GEVINSTER')).toBe('businessCase');
  });

  it('a field before a part of it: "Økonomi og gevinster" is the business case', () => {
    expect(headingField('6. Økonomi og gevinster')).toBe('businessCase');
    expect(headingField('Økonomi og finansiering')).toBe('businessCase');
    expect(headingField('Ekonomi och nyttor')).toBe('businessCase');
    expect(headingField('Economy and benefits')).toBe('businessCase');
  });

  it('a heading named as a whole keeps its own meaning', () => {
    expect(headingField('Omkostninger og gevinster')).toBe('businessCase');
    expect(headingField('Mål og succeskriterier')).toBe('followUp');
    expect(headingField('Nytte- og kostnadsanalyse')).toBe('businessCase');
    expect(headingField('Sikkerhed og databeskyttelse')).toBe('security');
  });

  it('template synonyms are aliases', () => {
    expect(headingField('Formål')).toBe('description');
    expect(headingField('Syfte')).toBe('description');
    expect(headingField('Bakgrunn')).toBe('description');
    expect(headingField('Saksopplysninger')).toBe('description');
    expect(headingField('Forankring')).toBe('strategyAlignment');
    expect(headingField('Ansvar og organisering')).toBe('owner');
  });

  it('a heading that only mentions no field word names nothing', () => {
    expect(headingField('Løsning og drift')).toBeUndefined();
    expect(headingField('Vurdering av alternativer')).toBeUndefined();
    expect(headingField('Risici og afhængighed af leverandøren')).toBeUndefined();
  });

  it('a title is named as a whole or not at all', () => {
    expect(headingField('Business case: Samlet ESDH for hele kommunen', { parts: false })).toBeUndefined();
  });
});

describe('Markdown: combined and numbered headings fill their field', () => {
  it('da: "4. Fællesoffentlig løsning – følg eller forklar" and "1. Baggrund og formål"', async () => {
    const proposal = await load(
      '# Digital ansøgning om hjælpemidler\n\n## 1. Baggrund og formål\n\nBorgere søger i dag hjælpemidler på papir; de skal kunne søge digitalt med MitID.\n\n## 4. Fællesoffentlig løsning – følg eller forklar\n\nStatus: anvendes\n\nLøsningen bruger MitID og Digital Post.\n',
    );
    expect(toPlain(proposal.root)).toMatchObject({
      title: 'Digital ansøgning om hjælpemidler',
      description: 'Borgere søger i dag hjælpemidler på papir; de skal kunne søge digitalt med MitID.',
      sharedSolution: { status: 'used' },
    });
    expect(proposal.root.entries.get('sharedSolution')!.keyRange).toMatchObject({ line: 7 });
  });

  it('sv: "2. Syfte och beskrivning" and an ALL-CAPS "5. GEMENSAMMA LÖSNINGAR"', async () => {
    const proposal = await load(
      '# E-tjänst för parkeringstillstånd\n\n## 2. Syfte och beskrivning\n\nAnsökan om parkeringstillstånd görs digitalt med e-legitimation.\n\n## 5. GEMENSAMMA LÖSNINGAR\n\nStatus: används\n',
    );
    expect(toPlain(proposal.root)).toMatchObject({
      description: 'Ansökan om parkeringstillstånd görs digitalt med e-legitimation.',
      sharedSolution: { status: 'used' },
    });
  });

  it('nb: "1. Bakgrunn og formål" and "3. Felleskomponenter og standarder"', async () => {
    const proposal = await load(
      '# Digital søknad om startlån\n\n## 1. Bakgrunn og formål\n\nSøknader om startlån kommer i dag på papir.\n\n## 3. Felleskomponenter og standarder\n\nStatus: brukes\n\nLøsningen bruker ID-porten og SvarUt.\n',
    );
    expect(toPlain(proposal.root)).toMatchObject({ description: 'Søknader om startlån kommer i dag på papir.', sharedSolution: { status: 'used' } });
  });

  it('en: "1. Background and purpose" and "5. Shared components and standards"', async () => {
    const proposal = await load(
      '# Online booking of sports halls\n\n## 1. Background and purpose\n\nClubs book halls by e-mail today.\n\n## 5. Shared components and standards\n\nStatus: used\n',
    );
    expect(toPlain(proposal.root)).toMatchObject({ description: 'Clubs book halls by e-mail today.', sharedSolution: { status: 'used' } });
  });

  it('da: "6. Økonomi og gevinster" holds the business case, its table read as costs', async () => {
    const proposal = await load('# X\n\n## 6. Økonomi og gevinster\n\nValuta: DKK\n\n| Post | Beløb | Art |\n|---|---|---|\n| Licens | 100.000 | drift |\n');
    expect(toPlain(proposal.root)).toMatchObject({ businessCase: { currency: 'DKK' } });
    expect(proposal.root.entries.get('businessCase')!.keyRange).toMatchObject({ line: 3 });
  });

  it('a title heading with a colon stays the title', async () => {
    const proposal = await load('# Business case: Samlet ESDH for hele kommunen\n\n## Formål\n\nÉt ESDH-system for hele kommunen.\n');
    expect(toPlain(proposal.root)).toMatchObject({ title: 'Business case: Samlet ESDH for hele kommunen', description: 'Ét ESDH-system for hele kommunen.' });
    expect(proposal.root.entries.has('businessCase')).toBe(false);
  });
});

describe('Markdown: a label names its field wherever it stands', () => {
  it('da: "**Projektejer:** …" under another field\'s heading fills owner, at the label', async () => {
    const proposal = await load('# X\n\n## Baggrund\n\nBorgere søger kørsel på papir.\n\n**Projektejer:** Sundhedschef Lone Rasmussen, Sundhed og Ældre\n');
    expect(toPlain(proposal.root)).toMatchObject({ owner: 'Sundhedschef Lone Rasmussen, Sundhed og Ældre' });
    expect(proposal.root.entries.get('owner')!.keyRange).toMatchObject({ line: 7, column: 3 });
  });

  it('sv: "Systemägare: …" in a closing section fills owner', async () => {
    const proposal = await load('# X\n\n## Sammanfattning\n\nBokning av idrottshallar på webben.\n\nSystemägare: Idrottsnämnden\n');
    expect(toPlain(proposal.root)).toMatchObject({ owner: 'Idrottsnämnden', description: expect.stringContaining('Bokning') });
  });

  it('nb: ALL-CAPS "PROSJEKTEIER:" under "## 2. ANSVAR"', async () => {
    const proposal = await load(
      '# X\n\n## 1. BAKGRUNN\n\nSøknader kommer på papir.\n\n## 2. ANSVAR\n\nPROSJEKTEIER: Kommunalsjef Kari Lunde, helse og omsorg\n',
    );
    expect(toPlain(proposal.root)).toMatchObject({ owner: 'Kommunalsjef Kari Lunde, helse og omsorg', description: 'Søknader kommer på papir.' });
  });

  it('en: a bold label in the middle of a paragraph', async () => {
    const proposal = await load(
      '# X\n\n## Governance\n\nThe project sits with Citizen Services. **Project owner:** Inge Lauritsen, Head of Citizen Services\n',
    );
    expect(toPlain(proposal.root)).toMatchObject({ owner: 'Inge Lauritsen, Head of Citizen Services' });
    expect(proposal.root.entries.get('owner')!.keyRange).toMatchObject({ line: 5, column: 43 });
  });

  it('sv and da: the role under a name in a signature block', async () => {
    const sv = await load(
      '# X\n\n## Sammanfattning\n\nDigital signering av protokoll.\n\n## Förslag till beslut\n\nKommunstyrelsen beslutar att införa digital signering.\n\nAnna Berg\nKanslichef, Kommunledningsförvaltningen\nProjektägare\n',
    );
    expect(toPlain(sv.root)).toMatchObject({ owner: 'Anna Berg, Kanslichef, Kommunledningsförvaltningen' });
    expect(sv.root.entries.get('owner')!.keyRange).toMatchObject({ line: 13 });
    const da = await load(
      '# X\n\n## Formål\n\nDigital kørselsgodtgørelse.\n\nIndstillet af:\n\nJens Holm\nDirektør, Økonomi & Personale\nProjektejer – har godkendt business casen\n',
    );
    expect(toPlain(da.root)).toMatchObject({ owner: 'Jens Holm, Direktør, Økonomi & Personale' });
  });

  it('a project manager is not the owner: "Projektleder:" fills nothing', async () => {
    const proposal = await load('# X\n\n## Baggrund\n\nBorgere søger på papir.\n\n**Projektleder:** Morten Kjær, Hjælpemiddelafdelingen\n');
    expect(proposal.root.entries.has('owner')).toBe(false);
    const nb = await load('# X\n\n## Bakgrunn\n\nSøknader på papir.\n\nProsjektleder: Ingrid Solberg\n');
    expect(nb.root.entries.has('owner')).toBe(false);
  });

  it('a benefit owner inside the business case is not the project owner', async () => {
    const proposal = await load('# X\n\n## Gevinster\n\nEjer: Borgerservicechefen\n\nFærre opkald.\n');
    expect(proposal.root.entries.has('owner')).toBe(false);
  });
});

describe('Markdown: an owner section that also names other roles', () => {
  it('da: "## 2. Ejer og organisering" — the owner is the "Ejer:" line, not the project manager', async () => {
    const proposal = await load('# X\n\n## 2. Ejer og organisering\n\nEjer: Teknik og Miljø\nProjektleder: Sara Lund, Byggeri og Miljø\n');
    expect(toPlain(proposal.root)).toMatchObject({ owner: 'Teknik og Miljø' });
    expect(proposal.root.entries.get('owner')!.range).toMatchObject({ line: 5, column: 7 });
  });

  it('nb: "## 1. Eier" with a steering group paragraph — one owner', async () => {
    const proposal = await load('# X\n\n## 1. Eier\n\nEier: Kommunalsjef Rune Holm\n\nStyringsgruppe: Rune Holm (leder), IKT-sjef.\n');
    expect(toPlain(proposal.root)).toMatchObject({ owner: 'Kommunalsjef Rune Holm' });
  });

  it('sv: "## Ansvar och organisation" with only a project manager names no owner', async () => {
    const proposal = await load('# X\n\n## Ansvar och organisation\n\nProjektledare: Lena Åberg\n');
    const owner = proposal.root.entries.get('owner');
    expect(owner === undefined || (owner.kind === 'map' && owner.entries.size === 0)).toBe(true);
  });

  it('en: "## Ownership" with the owner written as a sentence keeps the sentence', async () => {
    const proposal = await load('# X\n\n## Ownership\n\nJane Smith, Head of Schools, owns the portfolio service.\n');
    expect(toPlain(proposal.root)).toMatchObject({ owner: 'Jane Smith, Head of Schools, owns the portfolio service.' });
  });

  it('a placeholder owner stays a placeholder ("Ejer: N.N.")', async () => {
    const proposal = await load('# X\n\n## Ejer\n\nEjer: N.N.\n\nStyregruppe: Vejchef Poul Hansen (formand).\n');
    expect(toPlain(proposal.root)).toMatchObject({ owner: 'N.N.' });
  });
});

describe('Markdown: a heading that names two fields', () => {
  it('every field a combined heading names, the first being the section', () => {
    expect(headingFields('Universell utforming og personvern')).toEqual(['accessibility', 'security']);
    expect(headingFields('5. Efterkalkyl och effekthemtagning')).toEqual(['businessCase.evaluation', 'businessCase.benefitsRealisation']);
    expect(headingFields('Benefit valuation (nyttovärdering)')).toEqual(['businessCase']);
    expect(headingFields('6. Økonomi og gevinster')).toEqual(['businessCase']);
  });

  it('sv: "Efterkalkyl och effekthemtagning" fills the evaluation and the benefits realisation', async () => {
    const proposal = await load(
      '# X\n\n## 5. Efterkalkyl och effekthemtagning\n\nEfterkalkylen görs i mars 2028 av ekonomienheten. Nyttan hämtas hem genom ändrade rutiner i kundtjänst.\n',
    );
    const plain = toPlain(proposal.root) as { businessCase: { evaluation: { method: string }; benefitsRealisation: { plan: string } } };
    expect(plain.businessCase.evaluation.method).toContain('Efterkalkylen görs i mars 2028');
    expect(plain.businessCase.benefitsRealisation.plan).toContain('Nyttan hämtas hem');
  });

  it('nb: the second field keeps its own section when it has one', async () => {
    const proposal = await load('# X\n\n## Universell utforming og personvern\n\nLøsningen følger WCAG 2.1 AA.\n\n## Personvern\n\nPersonopplysninger: ja\n');
    expect(toPlain(proposal.root)).toMatchObject({ accessibility: 'Løsningen følger WCAG 2.1 AA.', security: { personalData: 'ja' } });
  });

  it("sv and da: in a section named by a field and another, that field's own label line is its value", async () => {
    const sv = await load('# X\n\n## 4. Kategori och systemägare\n\nKategori: differentierande.\n\nSystemägare: Socialnämnden\n');
    expect(toPlain(sv.root)).toMatchObject({ category: 'differentiating', owner: 'Socialnämnden' });
    const da = await load('# X\n\n## 3. Kategori og fokusområde\n\nKategori: grundlæggende\n');
    expect(toPlain(da.root)).toMatchObject({ category: 'basic' });
  });
});

describe('Markdown: a combined heading over sub-headings of its own', () => {
  it('da: "## Fordele og ulemper" with "### Fordele" and "### Ulemper" fills both from the sub-sections', async () => {
    const proposal = await load('# X\n\n## Fordele og ulemper\n\n### Fordele\n\nHurtigere svar.\n\n### Ulemper\n\nÉn leverandør.\n');
    expect(toPlain(proposal.root)).toMatchObject({ businessCase: { advantages: 'Hurtigere svar.', disadvantages: 'Én leverandør.' } });
  });
});
