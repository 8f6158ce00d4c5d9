/**
 * council-goals — an IT decision relates to the council's goals and Vision 2030 (Stockholm
 * STH-2), and the benefit analysis says how the operation will change, not only what the
 * technology makes possible (the clause's "bör", a warning).
 *
 * Where it looks: `strategyAlignment` first, then every text of the proposal (string values,
 * Markdown sections). How the operation changes: `businessCase.workProcess`, or any text that
 * speaks of new ways of working, work processes or changes to the operation.
 */
import { allPhrases, allTexts, COUNCIL_GOALS, defineRule, firstHit, get, isGiven, WORK_PRACTICE_CHANGE } from '../src/engine/rulekit.js';

const GOAL_PHRASES = allPhrases(COUNCIL_GOALS);
const CHANGE_PHRASES = allPhrases(WORK_PRACTICE_CHANGE);

export default defineRule({
  meta: {
    id: 'council-goals',
    description: "The proposal relates the project to the council's goals and Vision 2030, and says how the operation will change.",
    clauses: ['STH-2'],
    severity: 'error',
    messages: {
      en: {
        missing:
          'Relate the project to the council\'s goals: add "strategyAlignment" (in Markdown a "Strategy alignment" section) saying which of the council\'s strategic goals or which part of Vision 2030 the project helps reach, and how.',
        noGoals:
          '"{key}" does not name the council\'s goals: say which strategic goal (inriktningsmål) or which part of Vision 2030 the project helps reach, and how.',
        noChange:
          'The benefit analysis only speaks of the technology: describe how the operation will change to get the benefit (new ways of working, work processes), e.g. in "businessCase.workProcess".',
      },
      da: {
        missing:
          'Knyt projektet til byrådets mål: tilføj "{field:strategyAlignment}" (i Markdown et afsnit "Strategisk sammenhæng"), der siger, hvilke af kommunalbestyrelsens mål eller hvilken del af Vision 2030 projektet hjælper med at nå, og hvordan.',
        noGoals:
          '"{key}" nævner ikke byrådets mål: skriv, hvilket mål (inriktningsmål) eller hvilken del af Vision 2030 projektet hjælper med at nå, og hvordan.',
        noChange:
          'Nytteanalysen taler kun om teknikken: beskriv, hvordan driften skal ændres for at hente gevinsten (nye arbejdsgange og arbejdsprocesser), f.eks. i "{field:businessCase.workProcess}".',
      },
      sv: {
        missing:
          'Koppla projektet till fullmäktiges mål: lägg till "{field:strategyAlignment}" (i Markdown ett avsnitt "Koppling till mål") som säger vilket av kommunfullmäktiges inriktningsmål eller vilken del av Vision 2030 projektet bidrar till, och hur.',
        noGoals: '"{key}" nämner inte fullmäktiges mål: skriv vilket inriktningsmål eller vilken del av Vision 2030 projektet bidrar till, och hur.',
        noChange:
          'Nyttoanalysen talar bara om tekniken: beskriv hur verksamheten behöver förändras för att nyttan ska uppstå (nya arbetssätt, arbetsprocesser), t.ex. i "{field:businessCase.workProcess}" (avsnittet "Arbetssätt").',
      },
      nb: {
        missing:
          'Knytt prosjektet til bystyrets mål: legg til "{field:strategyAlignment}" (i Markdown et avsnitt "Strategisk forankring") som sier hvilke av bystyrets mål eller hvilken del av Vision 2030 prosjektet bidrar til, og hvordan.',
        noGoals: '"{key}" nevner ikke bystyrets mål: skriv hvilket mål (inriktningsmål) eller hvilken del av Vision 2030 prosjektet bidrar til, og hvordan.',
        noChange:
          'Nytteanalysen snakker bare om teknologien: beskriv hvordan virksomheten må endres for å hente gevinsten (nye arbeidsmåter, arbeidsprosesser), f.eks. i "{field:businessCase.workProcess}".',
      },
    },
  },
  check(proposal, context) {
    const all = allTexts(proposal);
    const alignment = get(proposal, 'strategyAlignment');
    if (!firstHit(all, GOAL_PHRASES)) {
      if (alignment) context.report({ messageId: 'noGoals', node: alignment, atKey: true, data: { key: alignment.key ?? 'strategyAlignment' } });
      else context.report({ messageId: 'missing', missing: 'strategyAlignment' });
    }
    if (!isGiven(get(proposal, 'businessCase.workProcess')) && !firstHit(all, CHANGE_PHRASES)) {
      const businessCase = get(proposal, 'businessCase');
      context.report({
        messageId: 'noChange',
        severity: 'warn',
        ...(businessCase ? { node: businessCase, atKey: true } : { missing: 'businessCase' }),
      });
    }
  },
});
