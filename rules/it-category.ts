/**
 * it-category — the proposal places itself in one of Stockholm's three IT categories and
 * meets what that category demands (STH-4b):
 * - `innovative`: small scale and short-lived — from `schedule.start` to `schedule.end` no
 *   more than `maxMonths` (6; an error beyond), and preferably no more than `preferredMonths`
 *   (3; the text's "bör inte överstiga 3-6 månader", a warning between the two); and an
 *   `exitPlan` from the start.
 * - `differentiating`: run under the city's project model, with the systems integrated —
 *   looked for in every text of the proposal.
 * - `basic`: financed within the line budget — looked for in `businessCase.financing`.
 */
import {
  addMonths,
  allPhrases,
  allTexts,
  compareDays,
  componentsUsed,
  dayOf,
  defineRule,
  findPhrase,
  firstHit,
  fulfilment,
  formatDay,
  get,
  INTEGRATION,
  isGiven,
  isStated,
  LINE_BUDGET,
  PROJECT_MODEL,
  textOf,
} from '../src/engine/rulekit.js';

const PROJECT_MODEL_PHRASES = allPhrases(PROJECT_MODEL);
const INTEGRATION_PHRASES = allPhrases(INTEGRATION);
const LINE_PHRASES = allPhrases(LINE_BUDGET);

export default defineRule({
  meta: {
    id: 'it-category',
    description: "The proposal names its IT category (innovative, differentiating, basic) and meets that category's demands.",
    clauses: ['STH-4b'],
    severity: 'error',
    options: {
      type: 'object',
      properties: {
        maxMonths: { type: 'integer', minimum: 1, description: 'Longest an innovative project may run (error beyond).' },
        preferredMonths: { type: 'integer', minimum: 1, description: 'Longest an innovative project should run (warning beyond).' },
      },
      additionalProperties: false,
    },
    defaultOptions: { maxMonths: 6, preferredMonths: 3 },
    messages: {
      en: {
        missing:
          'Say which IT category the project is: add "category" — innovative (a small trial of 3–6 months), differentiating (3–5 years, the city\'s project model) or basic (10+ years, standard platform, line budget).',
        tooLong:
          'An innovative project lives at most {max} months, but the schedule runs from {start} to {end}: shorten it to end by {limit}, or choose the category differentiating.',
        long: 'An innovative project should not live more than {preferred}–{max} months; the schedule runs from {start} to {end}. Consider ending by {limit}.',
        noSchedule: 'An innovative project lives 3–{max} months: add "schedule" with "start" and "end" dates so its lifetime can be checked.',
        noExitPlan:
          'An innovative project must have a plan from the start for how the experience is taken care of and how the solution is decommissioned or integrated when it ends: add "exitPlan".',
        noProjectModel: 'A differentiating project is run under the city\'s project model: say so, e.g. "Projektet styrs enligt stadens projektmodell".',
        noIntegration:
          "A differentiating project follows the city's guidelines and its systems are integrated: describe how the solution integrates with the city's systems.",
        noFinancing:
          'Basic IT support is financed within the line budget: add "businessCase.financing" naming the committee\'s or board\'s budget (e.g. "driftbudget").',
        notLine:
          '"{key}" does not say the basic IT support is financed within the line budget: name the committee\'s or board\'s operating budget (driftbudget, linjebudget, ordinarie budget) or specially allotted funds.',
      },
      da: {
        missing:
          'Angiv projektets it-kategori: tilføj "category" — innovativ (et lille forsøg på 3–6 måneder), differentierende (3–5 år, byens projektmodel) eller grundlæggende (10+ år, standardplatform, linjebudget).',
        tooLong:
          'Et innovativt projekt lever højst {max} måneder, men tidsplanen løber fra {start} til {end}: afkort den, så den slutter senest {limit}, eller vælg kategorien differentierende.',
        long: 'Et innovativt projekt bør ikke leve mere end {preferred}–{max} måneder; tidsplanen løber fra {start} til {end}. Overvej at slutte senest {limit}.',
        noSchedule: 'Et innovativt projekt lever 3–{max} måneder: tilføj "schedule" med datoerne "start" og "end", så levetiden kan kontrolleres.',
        noExitPlan:
          'Et innovativt projekt skal fra starten have en plan for, hvordan erfaringerne tages vare på, og hvordan løsningen afvikles eller integreres, når projektet slutter: tilføj "{field:exitPlan}".',
        noProjectModel: 'Et differentierende projekt styres efter byens projektmodel: skriv det, f.eks. "Projektet styres efter byens projektmodel".',
        noIntegration:
          'Et differentierende projekt følger byens retningslinjer, og systemerne integreres: beskriv, hvordan løsningen integreres med byens systemer.',
        noFinancing:
          'Grundlæggende it-støtte finansieres inden for linjens budget: tilføj "{field:businessCase.financing}", der nævner udvalgets eller bestyrelsens budget (f.eks. "driftsbudget").',
        notLine:
          '"{key}" siger ikke, at den grundlæggende it-støtte finansieres inden for linjens budget: nævn udvalgets eller bestyrelsens driftsbudget (linjebudget, ordinært budget) eller særligt tildelte midler.',
      },
      sv: {
        missing:
          'Ange projektets it-kategori: lägg till "category" — innovativt (ett litet försök på 3–6 månader), differentierande (3–5 år, stadens projektmodell) eller grundläggande (10+ år, standardplattform, linjebudget).',
        tooLong:
          'Ett innovativt it-stöd lever högst {max} månader, men tidplanen går från {start} till {end}: korta den så att den slutar senast {limit}, eller välj kategorin differentierande.',
        long: 'Livslängden på innovativt it-stöd bör inte överstiga {preferred}–{max} månader; tidplanen går från {start} till {end}. Överväg att sluta senast {limit}.',
        noSchedule:
          'Ett innovativt it-stöd lever 3–{max} månader: lägg till "schedule" (avsnittet "Tidplan") med datumen "start" och "slut" så att livslängden kan kontrolleras.',
        noExitPlan:
          'Ett innovativt projekt ska redan när det startar ha en plan för hur erfarenheterna tas om hand och hur lösningen avvecklas eller integreras i stadens miljö när projektet är slut: lägg till "{field:exitPlan}" (avsnittet "Avvecklingsplan").',
        noProjectModel: 'Ett differentierande projekt styrs enligt stadens projektmodell: skriv det, t.ex. "Projektet styrs enligt stadens projektmodell".',
        noIntegration: 'I ett differentierande projekt följs stadens riktlinjer och systemen integreras: beskriv hur lösningen integreras med stadens system.',
        noFinancing:
          'Grundläggande it-stöd finansieras inom linjen: lägg till "{field:businessCase.financing}" (raden "Finansiering:") som nämner nämndens eller bolagsstyrelsens budget, t.ex. "driftbudget".',
        notLine:
          '"{key}" säger inte att det grundläggande it-stödet finansieras inom linjen: nämn nämndens eller bolagsstyrelsens driftbudget (linjebudget, ordinarie budget) eller särskilt tilldelade medel.',
      },
      nb: {
        missing:
          'Angi prosjektets IT-kategori: legg til "category" — innovativ (et lite forsøk på 3–6 måneder), differensierende (3–5 år, byens prosjektmodell) eller grunnleggende (10+ år, standardplattform, linjebudsjett).',
        tooLong:
          'Et innovativt prosjekt lever høyst {max} måneder, men tidsplanen går fra {start} til {end}: forkort den så den slutter senest {limit}, eller velg kategorien differensierende.',
        long: 'Et innovativt prosjekt bør ikke leve mer enn {preferred}–{max} måneder; tidsplanen går fra {start} til {end}. Vurder å avslutte senest {limit}.',
        noSchedule: 'Et innovativt prosjekt lever 3–{max} måneder: legg til "schedule" med datoene "start" og "end" slik at levetiden kan kontrolleres.',
        noExitPlan:
          'Et innovativt prosjekt skal fra starten ha en plan for hvordan erfaringene tas vare på og hvordan løsningen avvikles eller integreres når prosjektet er slutt: legg til "{field:exitPlan}".',
        noProjectModel: 'Et differensierende prosjekt styres etter byens prosjektmodell: skriv det, f.eks. "Prosjektet styres etter byens prosjektmodell".',
        noIntegration:
          'I et differensierende prosjekt følges byens retningslinjer og systemene integreres: beskriv hvordan løsningen integreres med byens systemer.',
        noFinancing:
          'Grunnleggende IT-støtte finansieres innenfor linjens budsjett: legg til "{field:businessCase.financing}" som nevner utvalgets eller styrets budsjett (f.eks. "driftsbudsjett").',
        notLine:
          '"{key}" sier ikke at den grunnleggende IT-støtten finansieres innenfor linjens budsjett: nevn utvalgets eller styrets driftsbudsjett (linjebudsjett, ordinært budsjett) eller særskilt tildelte midler.',
      },
    },
  },
  check(proposal, context) {
    const category = get(proposal, 'category');
    if (!category || !isGiven(category)) {
      context.report({ messageId: 'missing', ...(category ? { node: category } : { missing: 'category' }) });
      return;
    }
    const max = Number(context.options.maxMonths ?? 6);
    const preferred = Math.min(max, Number(context.options.preferredMonths ?? 3));
    switch (textOf(category)) {
      case 'innovative': {
        const startNode = get(proposal, 'schedule.start');
        const endNode = get(proposal, 'schedule.end');
        const start = dayOf(startNode, 'start');
        const end = dayOf(endNode, 'end');
        if (!startNode || !endNode) {
          context.report({ messageId: 'noSchedule', severity: 'warn', node: category, data: { max } });
        } else if (start && end) {
          const data = { start: formatDay(start), end: formatDay(end), max, preferred };
          if (compareDays(end, addMonths(start, max)) > 0) {
            context.report({ messageId: 'tooLong', node: endNode, data: { ...data, limit: formatDay(addMonths(start, max)) } });
          } else if (compareDays(end, addMonths(start, preferred)) > 0) {
            context.report({ messageId: 'long', severity: 'warn', node: endNode, data: { ...data, limit: formatDay(addMonths(start, preferred)) } });
          }
        }
        // An exit plan that is to be drawn up "under projektets gång" is none from the start (statement polarity).
        const exitPlan = get(proposal, 'exitPlan');
        if (!isStated(exitPlan)) context.report({ messageId: 'noExitPlan', node: exitPlan ?? category });
        return;
      }
      case 'differentiating': {
        const all = allTexts(proposal);
        if (!firstHit(all, PROJECT_MODEL_PHRASES)) context.report({ messageId: 'noProjectModel', node: category });
        // Built on the city's common solutions (the e-service platform, the id-portal, LIS), it is integrated with the city's systems.
        if (!firstHit(all, INTEGRATION_PHRASES) && !componentsUsed(all, 'stockholm').length) context.report({ messageId: 'noIntegration', node: category });
        return;
      }
      case 'basic': {
        const financing = get(proposal, 'businessCase.financing');
        if (!financing || !isGiven(financing)) {
          // "… och finansieras ur förvaltningens linjebudget" written where the author put it: the heading is a hint, not a gate.
          if (fulfilment(allTexts(proposal), LINE_PHRASES, { planned: 'any' }).fulfilled) return;
          context.report({ messageId: 'noFinancing', ...(financing ? { node: financing } : { missing: 'businessCase.financing' }) });
        } else if (!findPhrase(textOf(financing), LINE_PHRASES))
          context.report({ messageId: 'notLine', node: financing, data: { key: financing.key ?? 'financing' } });
        return;
      }
      default:
        // Not one of the three: the schema rule says which values are allowed.
        return;
    }
  },
});
