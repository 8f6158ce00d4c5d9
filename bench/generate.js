// Writes a corpus of realistic proposals (YAML and Markdown, four languages) for benchmarks.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const OWNERS = ['Mette Jensen, direktør for Kultur og Fritid', 'Socialnämnden', 'Kari Nordmann, kommunalsjef oppvekst', 'Jane Smith, Head of Digital'];
const LANGS = ['da', 'sv', 'nb', 'en'];

function yamlProposal(index) {
  const lang = LANGS[index % 4];
  return `title: Forslag ${index}
language: ${lang}
owner: ${OWNERS[index % 4]}
description: Projektet erstatter et ældre fagsystem med en standardløsning, der integrerer med ESDH og fællesoffentlige komponenter.
sharedSolution:
  status: used
  solutions: [MitID, Digital Post]
businessCase:
  currency: DKK
  costs:
    - { item: Licens, amount: ${100000 + index}, year: 2026, kind: operating }
    - { item: Implementering, amount: 450000, year: 2025, kind: investment }
  benefits:
    - { item: Sparet sagsbehandlingstid, amount: 300000, year: 2026, kind: financial }
followUp:
  metrics:
    - { perspective: external-benefit, name: Borgertilfredshed, method: subjective, baseline: 60 %, target: 80 %, deadline: 2027 }
    - { perspective: internal-benefit, name: Sagsbehandlingstid, method: objective, baseline: 12 dage, target: 5 dage, deadline: 2027 }
    - { perspective: it-maturity, name: Andel brugere der anvender systemet, method: objective, baseline: 0 %, target: 90 %, deadline: 2027 }
    - { perspective: it-cost, name: Driftsomkostning pr. sag, method: objective, baseline: 40 kr, target: 20 kr, deadline: 2027 }
    - { perspective: it-quality, name: Oppetid, method: objective, baseline: 98 %, target: 99.5 %, deadline: 2027 }
`;
}

function markdownProposal(index) {
  return `---
title: Forslag ${index}
---

# Forslag ${index}

## Projektejer

${OWNERS[index % 4]}

## Beskrivelse

Projektet erstatter et ældre fagsystem med en standardløsning, der integrerer med ESDH.

## Fællesoffentlig løsning

- Status: anvendes
- Løsninger: MitID, Digital Post

## Økonomi

Valuta: DKK

| Post | Beløb | År | Art |
|---|---|---|---|
| Licens | ${100000 + index} | 2026 | drift |
| Implementering | 450.000 | 2025 | investering |

### Gevinster

| Gevinst | Beløb | Art |
|---|---|---|
| Sparet tid | 300.000 | økonomisk |

## Opfølgning

| Perspektiv | Måltal | Metode | Baseline | Mål | Frist |
|---|---|---|---|---|---|
| Ekstern nytte | Borgertilfredshed | Subjektiv | 60 % | 80 % | 2027 |
| Intern nytte | Sagsbehandlingstid | Objektiv | 12 dage | 5 dage | 2027 |
| It-modenhed | Andel aktive brugere | Objektiv | 0 % | 90 % | 2027 |
| It-omkostninger | Driftsudgift pr. sag | Objektiv | 40 kr | 20 kr | 2027 |
| It-kvalitet | Oppetid | Objektiv | 98 % | 99,5 % | 2027 |
`;
}

export function generateCorpus(dir, count) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let index = 0; index < count; index++) {
    const markdown = index % 2 === 1;
    writeFileSync(join(dir, `p${String(index).padStart(5, '0')}.${markdown ? 'md' : 'yaml'}`), markdown ? markdownProposal(index) : yamlProposal(index));
  }
}
