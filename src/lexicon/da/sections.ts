/**
 * The da words of src/lexicon/sections.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  FILL_IN: 'Udfyld',
  GUIDANCE: {
    intro: 'Udfyld alle afsnit. itstrat lint viser, hvad der stadig mangler, og hvilken bestemmelse i strategien det følger af.',
    title: 'Forslagets navn.',
    owner: 'Én entydig ejer: én navngiven person eller ét organ — ikke to.',
    description: 'Hvad projektet er og gør, og hvilket problem det løser.',
    strategyAlignment: 'Hvordan projektet lever op til it-strategien.',
    crossCuttingConsequences: 'Hvilke andre direktørområder, systemer, data og medarbejdere projektet berører, og hvordan.',
    priorityCriteria:
      'De tre kriterier: standardisering (genbrug af ESDH, GIS …), kommunal sammenhæng (data indtastes ét sted), effektivisering (gevinsterne, og hvordan de anvendes i forretningen).',
    category: 'It-kategori: innovativ, differentierende eller grundlæggende.',
    focusAreas: 'Fokusområder: citizen-service, information-reuse, it-use, collaboration, innovation.',
    sharedSolution:
      'Følg eller forklar: status anvendes (nævn de fællesoffentlige løsninger), afvigelse (alternativet, begrundelsen og en forklaring) eller ingen tilgængelig (hvad der er undersøgt).',
    businessCase: 'Omkostninger (investering og drift, pr. år) og gevinster (økonomiske med beløb eller kvalitative) i én valuta.',
    benefitsRealisation: 'Hvem der realiserer gevinsterne, planen, og den baseline de måles mod.',
    evaluation: 'Hvordan og hvornår projektet evalueres (efterkalkule), og af hvem.',
    advantages: 'Løsningens fordele.',
    disadvantages: 'Løsningens ulemper.',
    workProcess: 'Den forventede arbejdsproces, når løsningen er taget i brug.',
    followUp:
      'Måltal fra de fem perspektiver (ekstern nytte, intern nytte, it-modenhed, it-omkostninger, it-kvalitet), hver med metode (objektiv/subjektiv), baseline, et målbart mål og en frist.',
    security: 'Personoplysninger, cloud, risikovurdering og databehandleraftale.',
    accessibility: 'Hvordan løsningen lever op til kravene om tilgængelighed (WCAG).',
    competence: 'Budget til kompetenceudvikling og de fagpersoner, der deltager i bestilling og udvikling.',
    schedule: 'Start- og slutdato (ÅÅÅÅ-MM-DD).',
    exitPlan: 'Hvordan løsningen afvikles eller integreres, når projektet slutter.',
    itCouncilNotified: 'Dato for orientering af it-rådet.',
    archive: 'Arkivering (ESDH, arkiveringsversion).',
  },
};
