/**
 * Markdown loader: the two realistic layouts the strategy rules depend on — a top-level
 * `Projektejer: …` line, and sub-headings that name the keys of an object field
 * ("## Prioriteringskriterier" → "### Effektivisering").
 */
import { describe, expect, it } from 'vitest';
import { loadProposal } from '../../src/interpret/proposal.js';
import { toPlain } from '../../src/interpret/plain.js';

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
  it('numbered sub-headings ("### 6.1 Standardisering") fill the keys they name', async () => {
    const proposal = await load(
      '# X\n\n## 6. Prioriteringskriterier\n\n### 6.1 Standardisering\n\nVi genbruger ESDH.\n\n### 6.3 Effektivisering\n\nTiden bruges på vejledning.\n',
    );
    expect(toPlain(proposal.root)).toMatchObject({ priorityCriteria: { standardisation: 'Vi genbruger ESDH.', efficiency: 'Tiden bruges på vejledning.' } });
    const efficiency = (proposal.root.entries.get('priorityCriteria') as { entries: Map<string, { keyRange: unknown }> }).entries.get('efficiency')!;
    expect(efficiency.keyRange).toMatchObject({ line: 9, column: 1 });
  });

  it('a line with a label of its own ("Systemägarrepresentant: …") does not wrap onto the value above', async () => {
    const proposal = await load('# X\n\n## Systemägare\n\nNämnd: Kultur- och fritidsnämnden\nKontaktväg: via registrator\nAccepterat ansvar: Ja\n');
    expect(toPlain(proposal.root)).toMatchObject({ owner: { body: 'Kultur- och fritidsnämnden', acceptedResponsibility: 'Ja' } });
    const named = await load('# X\n\n## Systemägare\n\nNämnd: Kultur- och fritidsnämnden\nSystemägarrepresentant: Eva Lindqvist\n');
    expect(toPlain(named.root)).toMatchObject({ owner: { body: 'Kultur- och fritidsnämnden', name: 'Eva Lindqvist' } });
  });

  it('a list field written as a paragraph ("## Fokusområde" → "Service till medborgare") is a list, item at its text', async () => {
    const proposal = await load('# X\n\n## Fokusområde\n\nService till medborgare; Samverkan\n');
    expect(toPlain(proposal.root)).toMatchObject({ focusAreas: ['citizen-service', 'collaboration'] });
    const list = proposal.root.entries.get('focusAreas') as { items: { range: unknown }[] };
    expect(list.items[1]!.range).toMatchObject({ line: 5, column: 26, endColumn: 35 });
  });

  it('cost and benefit lines written as bullets or a "Gevinster:" line become lines with amount and kind', async () => {
    const proposal = await load(
      '# X\n\n## Kost-nytte\n\nValuta: NOK\n\n- Lisens: 120 000 kr per år (drift)\n- Oppsett: 200 000 kr (investering)\n\nGevinster: færre telefoner (kvantitativ, 300 000 kr per år); bedre tilgjengelighet (kvalitativ)\n',
    );
    expect(toPlain(proposal.root)).toMatchObject({
      businessCase: {
        currency: 'NOK',
        costs: [
          { item: 'Lisens', amount: 120000, kind: 'operating' },
          { item: 'Oppsett', amount: 200000, kind: 'investment' },
        ],
        benefits: [
          { item: 'færre telefoner (kvantitativ, 300 000 kr per år)', amount: 300000, kind: 'financial' },
          { item: 'bedre tilgjengelighet (kvalitativ)', kind: 'qualitative' },
        ],
      },
    });
    const costs = (proposal.root.entries.get('businessCase') as { entries: Map<string, { items: { range: unknown }[] }> }).entries.get('costs')!;
    expect(costs.items[1]!.range).toMatchObject({ line: 8, column: 3 });
    const benefits = (proposal.root.entries.get('businessCase') as { entries: Map<string, { items: { range: unknown }[] }> }).entries.get('benefits')!;
    expect(benefits.items[1]!.range).toMatchObject({ line: 10, column: 62 });
  });

  it('a cost row with no kind column takes the kind its words name ("Anskaffelse", "Licens og drift")', async () => {
    const proposal = await load(
      '# X\n\n## 7. Økonomi\n\n| Post | 2026 | 2027 |\n|---|---|---|\n| Anskaffelse og implementering | 1.200.000 | |\n| Licens og drift | 350.000 | 350.000 |\n| Uddannelse | 50.000 | |\n',
    );
    const costs = toPlain(proposal.root) as { businessCase: { costs: { item: string; kind?: string }[] } };
    expect(costs.businessCase.costs.map((line) => [line.item, line.kind])).toEqual([
      ['Anskaffelse og implementering', 'investment'],
      ['Licens og drift', 'operating'],
      ['Licens og drift', 'operating'],
      ['Uddannelse', undefined],
    ]);
  });

  it('template headings: "Benefit valuation", "Key figures", "Forventet arbejdsgang", "ROS-analyse", "Databehandleravtale"', async () => {
    const proposal = await load(
      '# X\n\n## Benefit valuation\n\nCurrency: SEK\n\n### Forventet arbejdsgang\n\nSagen oprettes automatisk.\n\n## Key figures\n\n| Metric | Method | Target |\n|---|---|---|\n| Waste | Statistik ur kassasystemet | 50 g |\n\n## ROS-analyse\n\nGjennomført 2025-10-15.\n\n## 5. Databehandleravtale\n\nInngått.\n',
    );
    expect(toPlain(proposal.root)).toMatchObject({
      businessCase: { currency: 'SEK', workProcess: 'Sagen oprettes automatisk.' },
      followUp: { metrics: [{ name: 'Waste', method: 'objective', target: '50 g' }] },
      security: { riskAssessment: 'Gjennomført 2025-10-15.', dataProcessingAgreement: 'Inngått.' },
    });
    expect(proposal.root.entries.get('security')!).toBeDefined();
    const security = proposal.root.entries.get('security') as { entries: Map<string, { keyRange: unknown }> };
    expect(security.entries.get('dataProcessingAgreement')!.keyRange).toMatchObject({ line: 21, column: 1 });
  });
  it('a "Gevinster:" sentence that wraps, its parts joined by ") og", gives one line per part at its own place', async () => {
    const proposal = await load(
      '# X\n\n## Kost-nytte\n\nGevinster: færre telefoner (kvantitativ, 300 000 kr per år) og bedre\ntilgjengelighet utenom åpningstid (kvalitativ).\n',
    );
    expect(toPlain(proposal.root)).toMatchObject({
      businessCase: {
        benefits: [
          { item: 'færre telefoner (kvantitativ, 300 000 kr per år)', amount: 300000, kind: 'financial' },
          { item: 'bedre tilgjengelighet utenom åpningstid (kvalitativ)', kind: 'qualitative' },
        ],
      },
    });
    const benefits = (proposal.root.entries.get('businessCase') as { entries: Map<string, { items: { range: unknown }[] }> }).entries.get('benefits')!;
    expect(benefits.items[1]!.range).toMatchObject({ line: 5, column: 64, endLine: 6, endColumn: 47 });
  });

  it('focus areas whose own names have commas, joined by "samt", stay whole, at their words', async () => {
    const proposal = await load(
      '# X\n\n## Fokusområden\n\nInnovativ utveckling med IT, samt tillgänglighet och service för medborgare, företagare och besökare.\n\n## Koppling till mål\n\nX.\n',
    );
    expect(toPlain(proposal.root)).toMatchObject({ focusAreas: ['innovation', 'citizen-service'] });
    const list = proposal.root.entries.get('focusAreas') as { items: { range: unknown }[] };
    expect(list.items[1]!.range).toMatchObject({ line: 5, column: 35, endColumn: 101 });
    const other = await load('# X\n\n## Fokusområde\n\nFörbättrad förmåga att sammanställa, analysera och återanvända information.\n');
    expect(toPlain(other.root)).toMatchObject({ focusAreas: ['information-reuse'] });
  });

  it('a "Fokusområde:" / "Focus areas:" label inside another section fills the field, at the label', async () => {
    const proposal = await load(
      '---\ntitle: X\n---\n\n## Strategic alignment\n\nSupports Vision 2030.\n\nFocus areas: accessibility and service for citizens, businesses and visitors; collaboration and information exchange with other authorities.\n',
    );
    expect(toPlain(proposal.root)).toMatchObject({ focusAreas: ['citizen-service', 'collaboration'] });
    expect(proposal.root.entries.get('focusAreas')!.keyRange).toMatchObject({ line: 9, column: 1, endColumn: 12 });
  });

  it('cost and benefit bullets "Item (kind): 1 100 000" with the currency stated once are lines', async () => {
    const proposal = await load(
      '# X\n\n## Nyttovärdering\n\nValuta: SEK\n\n- Upphandling och införande (investering): 3 200 000\n- Avvecklade licenser (ekonomisk nytta): 1 500 000 per år\n',
    );
    expect(toPlain(proposal.root)).toMatchObject({
      businessCase: {
        currency: 'SEK',
        costs: [{ amount: 3200000, kind: 'investment' }],
        benefits: [{ amount: 1500000, kind: 'financial' }],
      },
    });
  });

  it('English template headings: "Senior Responsible Owner:", "Post-implementation review", Swedish "Mätetal och nulägesmätning"', async () => {
    const proposal = await load(
      '# X\n\nSenior Responsible Owner: Traffic Committee\n\n## Post-implementation review\n\nDone by 2027-09-30.\n\n## Mätetal och nulägesmätning\n\n| Mätetal | Metod | Mål |\n|---|---|---|\n| Andel | Utdrag ur ekonomisystemet | 80 % |\n',
    );
    expect(toPlain(proposal.root)).toMatchObject({
      owner: 'Traffic Committee',
      businessCase: { evaluation: { method: 'Done by 2027-09-30.' } },
      followUp: { metrics: [{ name: 'Andel', method: 'objective', target: '80 %' }] },
    });
    expect(proposal.root.entries.get('owner')!.keyRange).toMatchObject({ line: 3, column: 1 });
  });
  it('year columns with the unit in the item header ("Post (t.kr.)", "Kostnader (mill. kr)") are scaled, each cell at its place', async () => {
    const proposal = await load(
      '# X\n\n## Økonomi\n\n| Post (t.kr.) | 2025 | 2026 | I alt |\n|---|---|---|---|\n| Anskaffelse | 420 | 80 | 500 |\n\n## Kost-nytte\n\n| Kostnader (mill. kr) | 2025 |\n|---|---|\n| Drift og lisenser | 1,1 |\n',
    );
    const costs = (
      proposal.root.entries.get('businessCase') as { entries: Map<string, { items: { entries: Map<string, { value: unknown; range: unknown }> }[] }> }
    ).entries.get('costs')!.items;
    expect(costs.map((line) => [line.entries.get('item')!.value, line.entries.get('amount')!.value])).toEqual([
      ['Anskaffelse', 420000],
      ['Anskaffelse', 80000],
      ['Drift og lisenser', 1100000],
    ]);
    expect(costs[1]!.entries.get('amount')!.range).toMatchObject({ line: 7, column: 23 });
    expect(costs[2]!.entries.get('item')!.range).toMatchObject({ line: 13, column: 3 });
  });

  it('a kind in parentheses wins over a hint in the words: "160.000 kr. om året (økonomisk gevinst)" is a benefit', async () => {
    const proposal = await load(
      '# X\n\n## Økonomi\n\n- Hosting: 60.000 kr. om året (drift)\n- Sparet redigeringstid: 160.000 kr. om året (økonomisk gevinst)\n',
    );
    expect(toPlain(proposal.root)).toMatchObject({
      businessCase: { costs: [{ amount: 60000, kind: 'operating' }], benefits: [{ amount: 160000, kind: 'financial' }] },
    });
  });

  it('"Sikkerhet og personvern", "Sikkerhed og databeskyttelse" headings are the security field', async () => {
    for (const heading of ['Sikkerhet og personvern', 'Informasjonssikkerhet og personvern', 'Sikkerhed og databeskyttelse', 'Säkerhet och dataskydd']) {
      const proposal = await load(`# X\n\n## ${heading}\n\nROS-analyse: Gjennomført.\n`);
      expect(proposal.root.entries.get('security')!.keyRange).toMatchObject({ line: 3, column: 1 });
    }
  });

  it('grounds written as a sentence are the grounds it names, each at its words', async () => {
    const proposal = await load(
      '# X\n\n## Fællesoffentlig løsning\n\nBegrundelse: Den ville øge implementeringstiden, fordi den udrulles i 2027, og den er væsentligt dyrere.\n',
    );
    const grounds = (proposal.root.entries.get('sharedSolution') as { entries: Map<string, { items: { value: unknown; range: unknown }[] }> }).entries.get(
      'grounds',
    )!.items;
    expect(grounds.map((item) => item.value)).toEqual(['longer-implementation', 'more-expensive']);
    expect(grounds[0]!.range).toMatchObject({ line: 5, column: 24 });
  });
  it('a two-column "Stamdata" table is read as label lines, its header row included, at its cells', async () => {
    const proposal = await load('# Booking\n\n## Stamdata\n\n| Projektejer | Mette Jensen |\n|---|---|\n| Valuta | DKK |\n| Bemærkning | intern |\n');
    expect(toPlain(proposal.root)).toEqual({ title: 'Booking', owner: 'Mette Jensen', businessCase: { currency: 'DKK' } });
    expect(proposal.root.entries.get('owner')).toMatchObject({ keyRange: { line: 5, column: 3 }, range: { line: 5, column: 17, endColumn: 29 } });
  });

  it("a key/value table inside a field's section fills its keys", async () => {
    const proposal = await load('# X\n\n## Fællesoffentlig løsning\n\n| Status | anvendes |\n|---|---|\n| Løsninger | MitID, Digital Post |\n');
    expect(toPlain(proposal.root)).toMatchObject({ sharedSolution: { status: 'used', solutions: ['MitID', 'Digital Post'] } });
  });

  it('a horizon in years and PENG\'s benefit headings ("Direkt nytta", "Svårvärderad nytta")', async () => {
    const proposal = await load(
      '# X\n\n## Nyttokalkyl\n\nKalkylperiod: 5 år\n\n### Direkt nytta\n\n| Post | Belopp |\n|---|---|\n| Minskad handläggning | 200 000 |\n\n### Svårvärderad nytta\n\n| Post | Belopp |\n|---|---|\n| Nöjdare medborgare | |\n',
    );
    expect(toPlain(proposal.root)).toMatchObject({
      businessCase: { horizonYears: 5, benefits: [{ item: 'Minskad handläggning', amount: 200000 }, { item: 'Nöjdare medborgare' }] },
    });
  });
});
