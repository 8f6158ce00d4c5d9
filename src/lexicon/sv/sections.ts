/**
 * The sv words of src/lexicon/sections.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  FILL_IN: 'Fyll i',
  GUIDANCE: {
    intro: 'Fyll i alla avsnitt. itstrat lint visar vad som fortfarande saknas och vilken punkt i strategin som kräver det.',
    title: 'Förslagets namn.',
    owner: 'En tydlig ägare: en namngiven person eller ett organ (nämnd eller bolagsstyrelse) — inte två.',
    description: 'Vad projektet är och gör, och vilket problem det löser.',
    strategyAlignment: 'Hur projektet relaterar till kommunfullmäktiges mål och Vision 2030.',
    crossCuttingConsequences: 'Vilka andra verksamheter, system, data och medarbetare projektet påverkar, och hur.',
    priorityCriteria: 'De tre kriterierna: standardisering, kommunal samverkan, effektivisering (vinsterna och hur de används).',
    category: 'It-kategori: innovativt, differentierande eller grundläggande.',
    focusAreas: 'Fokusområden: service till medborgare, återanvändning av information, användning av it, samverkan, innovation.',
    sharedSolution:
      'Följ eller förklara: status används (ange de gemensamma lösningarna), avvikelse (alternativet, skälen, en förklaring och undantagsbeslut) eller ingen tillgänglig (vad som undersökts).',
    businessCase: 'Kostnader (investering och drift, per år) och nyttor (ekonomiska med belopp eller kvalitativa) i en valuta.',
    benefitsRealisation: 'Vem som hemtar nyttan, planen och nulägesmätningen den mäts mot.',
    evaluation: 'Hur och när projektet utvärderas (efterkalkyl), och av vem.',
    advantages: 'Lösningens fördelar.',
    disadvantages: 'Lösningens nackdelar.',
    workProcess: 'Det förväntade arbetssättet när lösningen används.',
    followUp:
      'Mätetal från de fem perspektiven (extern nytta, intern nytta, it-mognad, it-kostnad, it-kvalitet), vart och ett med metod (objektiv/subjektiv), nuläge, mätbart mål och tidpunkt.',
    security: 'Personuppgifter, molntjänst, risk- och sårbarhetsanalys och personuppgiftsbiträdesavtal.',
    accessibility: 'Hur lösningen anpassas till medborgare med särskilda behov och krav på tillgänglighet.',
    competence: 'Budget för kompetensutveckling och de verksamhetsexperter som deltar.',
    schedule: 'Start- och slutdatum (ÅÅÅÅ-MM-DD).',
    exitPlan: 'Hur lösningen avvecklas eller integreras när projektet är slut.',
    itCouncilNotified: 'Datum då IT-rådet / IT-chefen underrättades (anmälningsplikt).',
    archive: 'Arkivering (e-arkiv, FGS).',
  },
};
