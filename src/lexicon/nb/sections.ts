/**
 * The nb words of src/lexicon/sections.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  FILL_IN: 'Fyll ut',
  GUIDANCE: {
    intro: 'Fyll ut alle avsnitt. itstrat lint viser hva som fortsatt mangler, og hvilket punkt i strategien som krever det.',
    title: 'Forslagets navn.',
    owner: 'Én tydelig eier: én navngitt person eller ett organ — ikke to.',
    description: 'Hva prosjektet er og gjør, og hvilket problem det løser.',
    strategyAlignment: 'Hvordan prosjektet henger sammen med strategien.',
    crossCuttingConsequences: 'Hvilke andre virksomheter, systemer, data og ansatte prosjektet berører, og hvordan.',
    priorityCriteria: 'De tre kriteriene: standardisering, kommunal sammenheng, effektivisering (gevinstene og hvordan de brukes).',
    category: 'IT-kategori: innovativ, differensierende eller grunnleggende.',
    focusAreas: 'Fokusområder: citizen-service, information-reuse, it-use, collaboration, innovation.',
    sharedSolution:
      'Følg eller forklar: status brukes (nevn fellesløsningene), avvik (alternativet, begrunnelsen og en forklaring) eller ingen tilgjengelig (hva som er undersøkt).',
    businessCase: 'Kostnader (investering og drift, per år) og gevinster (økonomiske med beløp eller kvalitative) i én valuta.',
    benefitsRealisation: 'Hvem som realiserer gevinstene, planen og nullpunktet de måles mot.',
    evaluation: 'Hvordan og når prosjektet evalueres (etterkalkyle), og av hvem.',
    advantages: 'Løsningens fordeler.',
    disadvantages: 'Løsningens ulemper.',
    workProcess: 'Den forventede arbeidsprosessen når løsningen er tatt i bruk.',
    followUp:
      'Måltall fra de fem perspektivene (ekstern nytte, intern nytte, IKT-modenhet, IKT-kostnader, IKT-kvalitet), hver med metode (objektiv/subjektiv), nullpunkt, et målbart mål og en frist.',
    security: 'Personopplysninger, skytjeneste, ROS-analyse og databehandleravtale.',
    accessibility: 'Hvordan løsningen oppfyller kravene til universell utforming (WCAG).',
    competence: 'Budsjett til kompetanseheving og fagpersonene som deltar i bestilling og utvikling.',
    schedule: 'Start- og sluttdato (ÅÅÅÅ-MM-DD).',
    exitPlan: 'Hvordan løsningen avvikles eller integreres når prosjektet slutter.',
    itCouncilNotified: 'Dato IT-rådet ble varslet.',
    archive: 'Arkivstandard (Noark 5) og bevarings- og kassasjonsplaner.',
  },
};
