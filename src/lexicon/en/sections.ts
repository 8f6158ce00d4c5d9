/**
 * The en words of src/lexicon/sections.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  FILL_IN: 'Fill in',
  GUIDANCE: {
    intro: 'Fill in every section. itstrat lint lists what is still missing, with the strategy clause behind it.',
    title: "The proposal's name.",
    owner: 'One accountable owner: one named person or one body — not two.',
    description: 'What the project is and does, and the problem it solves.',
    strategyAlignment: "How the project lives up to the IT strategy and the council's goals.",
    crossCuttingConsequences: 'Which other areas, systems, data and staff the project affects, and how.',
    priorityCriteria:
      'The three criteria: standardisation (reuse of ESDH, GIS …), municipal coherence (data entered once), efficiency (the gains and how they will be used).',
    category: 'IT category: innovative, differentiating or basic.',
    focusAreas: 'Focus areas: citizen-service, information-reuse, it-use, collaboration, innovation.',
    sharedSolution:
      'Follow or explain: status used (name the shared solutions), deviation (the shared alternative, the grounds, an explanation) or none-available (what was checked).',
    businessCase: 'Costs (investment and operating, per year) and benefits (financial with an amount, or qualitative), in one currency.',
    benefitsRealisation: 'Who realises the benefits, the plan, and the baseline they are measured against.',
    evaluation: 'How and when the project is evaluated (post-calculation), and by whom.',
    advantages: 'Advantages of the solution.',
    disadvantages: 'Disadvantages of the solution.',
    workProcess: 'The expected work process once the solution is in use.',
    followUp:
      'Metrics from the five perspectives (external benefit, internal benefit, IT maturity, IT cost, IT quality), each with a method (objective/subjective), a baseline, a measurable target and a deadline.',
    security: 'Personal data, cloud service, the risk and vulnerability analysis and the data processing agreement.',
    accessibility: 'How the solution meets universal design / accessibility requirements (WCAG).',
    competence: 'The training budget and the domain experts taking part in ordering and development.',
    schedule: 'Start and end dates (YYYY-MM-DD).',
    exitPlan: 'How the solution is decommissioned or integrated when the project ends.',
    itCouncilNotified: 'Date the IT council / IT chief was notified.',
    archive: 'Archive standard (e.g. Noark 5) and preservation plans.',
  },
};
