/**
 * strategy-alignment — the proposal says how it lives up to the IT strategy (Esbjerg ESB-8c):
 * `strategyAlignment` is present and says something; under the Esbjerg preset it names at
 * least one of the strategy's choices or criteria.
 */
import {
  allPhrases,
  allTexts,
  deepText,
  defineRule,
  ESBJERG_STRATEGY_TERMS,
  findPhrase,
  get,
  isGiven,
  MIN_WORDS_OPTIONS,
  requireProse,
  STRATEGY_REFERENCE,
  statedIn,
} from '../src/engine/rulekit.js';

const TERMS = allPhrases(ESBJERG_STRATEGY_TERMS);
const REFERENCES = allPhrases(STRATEGY_REFERENCE);

export default defineRule({
  meta: {
    id: 'strategy-alignment',
    description: 'The proposal describes how it lives up to the IT strategy, naming the strategic choices and criteria it supports.',
    clauses: ['ESB-8c'],
    severity: 'error',
    // The strategic choices and criteria named are Esbjerg's (ESB-3.1, ESB-4.1).
    appliesTo: { messages: { noReference: ['esbjerg'] } },
    options: MIN_WORDS_OPTIONS,
    defaultOptions: { minWords: 8 },
    messages: {
      en: {
        missing:
          'Describe how the project lives up to the IT strategy: add "strategyAlignment" (in Markdown a "Strategy alignment" section) and name the strategic choices and criteria the project supports.',
        empty: '"{key}" is empty: describe how the project lives up to the IT strategy.',
        thin: '"{key}" says too little ({words} words, at least {min}): explain which strategic choices and criteria the project supports, and how.',
        noReference:
          '"{key}" names no part of the IT strategy: say how the project uses shared public solutions (1st strategic choice) or meets the criteria standardisation, municipal coherence and efficiency.',
      },
      da: {
        missing:
          'Beskriv, hvordan projektet lever op til it-strategien: tilføj "strategyAlignment" (i Markdown et afsnit "Sammenhæng med it-strategien") og nævn de strategiske valg og kriterier, projektet understøtter.',
        empty: '"{key}" er tom: beskriv, hvordan projektet lever op til it-strategien.',
        thin: '"{key}" siger for lidt ({words} ord, mindst {min}): forklar, hvilke strategiske valg og kriterier projektet understøtter, og hvordan.',
        noReference:
          '"{key}" nævner ingen del af it-strategien: skriv, hvordan projektet bruger fællesoffentlige løsninger (1. it-strategiske valg) eller opfylder kriterierne standardisering, kommunal sammenhæng og effektivisering.',
      },
      sv: {
        missing:
          'Beskriv hur projektet lever upp till it-strategin: lägg till "strategyAlignment" (i Markdown ett avsnitt "Koppling till strategin") och nämn de strategiska val och kriterier projektet stöder.',
        empty: '"{key}" är tomt: beskriv hur projektet lever upp till it-strategin.',
        thin: '"{key}" säger för lite ({words} ord, minst {min}): förklara vilka strategiska val och kriterier projektet stöder, och hur.',
        noReference:
          '"{key}" nämner ingen del av it-strategin: skriv hur projektet använder gemensamma offentliga lösningar (första strategiska valet) eller uppfyller kriterierna standardisering, kommunalt sammanhang och effektivisering.',
      },
      nb: {
        missing:
          'Beskriv hvordan prosjektet oppfyller IT-strategien: legg til "strategyAlignment" (i Markdown et avsnitt "Strategisk forankring") og nevn de strategiske valgene og kriteriene prosjektet støtter.',
        empty: '"{key}" er tom: beskriv hvordan prosjektet oppfyller IT-strategien.',
        thin: '"{key}" sier for lite ({words} ord, minst {min}): forklar hvilke strategiske valg og kriterier prosjektet støtter, og hvordan.',
        noReference:
          '"{key}" nevner ingen del av IT-strategien: skriv hvordan prosjektet bruker felles offentlige løsninger (første strategiske valg) eller oppfyller kriteriene standardisering, kommunal sammenheng og effektivisering.',
      },
    },
  },
  check(proposal, context) {
    // "Forslaget er vurderet i forhold til it-strategiens prioriteringskriterier: …" under another
    // heading, or the strategy's own criteria answered, relate the proposal to the strategy as a
    // section of its own would (a heading alone says nothing).
    if (!isGiven(get(proposal, 'strategyAlignment'))) {
      const prose = allTexts(proposal).filter((hit) => hit.text !== hit.where);
      if (isGiven(get(proposal, 'priorityCriteria')) || statedIn(proposal, prose, REFERENCES).stated) return;
    }
    const node = requireProse(proposal, context, 'strategyAlignment', Number(context.options.minWords ?? 8));
    if (!node) return;
    if (!findPhrase(deepText(node), TERMS)) {
      context.report({ messageId: 'noReference', node, atKey: true, data: { key: node.key ?? 'strategyAlignment' } });
    }
  },
});
