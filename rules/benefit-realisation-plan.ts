/**
 * benefit-realisation-plan — a project funded from the portfolios has a clear plan for how
 * the expected benefit is realised, and is delimited to one fiscal year, or split into parts
 * decided year by year (Stockholm STH-5).
 *
 * Where it looks: `businessCase.benefitsRealisation.plan` (in Markdown the text under
 * "Effekthemtagning" / "Nyttorealisering"); `schedule.start` and `schedule.end` (the city's
 * fiscal year is the calendar year), or without them a text that delimits the project to one
 * fiscal year ("avgränsas till budgetåret 2027", "delivered within the 2027 budget year"); for a
 * schedule over several years, any text that says how
 * the project is split ("etapp", "delprojekt", "beslutas år för år").
 *
 * An innovative project (the innovation portfolio, whose demands on the benefit assessment are
 * adapted to projects that assess a way of working) plans with its exit plan instead.
 *
 * Not checked: a project not funded from the portfolios (`appliesTo.when`: the financing says
 * the line budget or "ej portföljmedel", or a basic project says nothing — STH-4b finances it
 * within the line); the schedule of an `innovative` project, which `it-category` holds to a
 * few months.
 */
import {
  allPhrases,
  allTexts,
  dayOf,
  defineRule,
  firstHit,
  get,
  isGiven,
  missingUnlessStated,
  STAGED_DELIVERY,
  textOf,
  WITHIN_BUDGET_YEAR,
} from '../src/engine/rulekit.js';

const SPLIT_PHRASES = allPhrases(STAGED_DELIVERY);
const ONE_YEAR_PHRASES = allPhrases(WITHIN_BUDGET_YEAR);

export default defineRule({
  meta: {
    id: 'benefit-realisation-plan',
    description: 'A portfolio-funded project has a plan for realising its benefit and fits one fiscal year, or is split into yearly parts.',
    clauses: ['STH-5'],
    severity: 'error',
    // STH-5 covers the projects that get their money from the portfolios.
    appliesTo: { when: ['fundedFromPortfolio'] },
    messages: {
      en: {
        noPlan:
          'Add a plan for how the expected benefit will be realised: "businessCase.benefitsRealisation" with a "plan" (in Markdown a "Benefits realisation" section) — who does what, when, and how the benefit is measured.',
        noSchedule: 'A portfolio project is normally carried out within one fiscal year: add "schedule" with "start" and "end" dates.',
        multiYear:
          'The schedule runs from {start} to {end}, over {years} fiscal years: delimit the project to one year, or split it into parts decided year by year and say so (e.g. "Etapp 1 (2026) …, etapp 2 beslutas inför 2027").',
      },
      da: {
        noPlan:
          'Tilføj en plan for, hvordan den forventede gevinst realiseres: "{field:businessCase.benefitsRealisation}" med en "plan" (i Markdown et afsnit "Gevinstrealisering") — hvem gør hvad, hvornår, og hvordan gevinsten måles.',
        noSchedule: 'Et porteføljeprojekt gennemføres normalt inden for ét budgetår: tilføj "schedule" med datoerne "start" og "end".',
        multiYear:
          'Tidsplanen løber fra {start} til {end}, over {years} budgetår: afgræns projektet til ét år, eller del det op i etaper, der besluttes år for år, og skriv det (f.eks. "Etape 1 (2026) …, etape 2 besluttes før 2027").',
      },
      sv: {
        noPlan:
          'Lägg till en plan för hur den förväntade nyttan ska realiseras: "{field:businessCase.benefitsRealisation}" med en "plan" (i Markdown ett avsnitt "Effekthemtagning" eller "Nyttorealisering") — vem gör vad, när, och hur nyttan mäts.',
        noSchedule:
          'Ett projekt med portföljmedel ska normalt genomföras under ett och samma verksamhetsår: lägg till "schedule" (avsnittet "Tidplan") med datumen "start" och "slut".',
        multiYear:
          'Tidplanen går från {start} till {end}, över {years} verksamhetsår: avgränsa projektet till ett år, eller dela upp det i delar som beslutas från år till år och skriv det (t.ex. "Etapp 1 (2026) …, etapp 2 beslutas inför 2027").',
      },
      nb: {
        noPlan:
          'Legg til en plan for hvordan den forventede gevinsten skal realiseres: "{field:businessCase.benefitsRealisation}" med en "plan" (i Markdown et avsnitt "Gevinstrealisering") — hvem gjør hva, når, og hvordan gevinsten måles.',
        noSchedule: 'Et porteføljeprosjekt gjennomføres normalt innenfor ett budsjettår: legg til "schedule" med datoene "start" og "end".',
        multiYear:
          'Tidsplanen går fra {start} til {end}, over {years} budsjettår: avgrens prosjektet til ett år, eller del det opp i etapper som vedtas år for år, og skriv det (f.eks. "Etappe 1 (2026) …, etappe 2 vedtas før 2027").',
      },
    },
  },
  check(proposal, context) {
    const category = textOf(get(proposal, 'category'));

    const realisation = get(proposal, 'businessCase.benefitsRealisation');
    // "För den portfölj som syftar till att finansiera innovation anpassas kraven på
    // nyttobedömning …" (STH-5): a pilot whose purpose is to assess the benefit plans how its
    // experience is taken care of — its exit plan (STH-4b) — rather than how a benefit is taken home.
    const pilotPlan = category === 'innovative' && isGiven(get(proposal, 'exitPlan'));
    if (!pilotPlan && !isGiven(get(proposal, 'businessCase.benefitsRealisation.plan'))) {
      const where = missingUnlessStated(proposal, 'businessCase.benefitsRealisation', realisation);
      if (where) context.report({ messageId: 'noPlan', ...where });
    }

    if (category === 'innovative') return;
    const startNode = get(proposal, 'schedule.start');
    const endNode = get(proposal, 'schedule.end');
    if (!startNode || !endNode) {
      if (firstHit(allTexts(proposal), ONE_YEAR_PHRASES)) return;
      const schedule = get(proposal, 'schedule');
      context.report({ messageId: 'noSchedule', ...(schedule ? { node: schedule, atKey: true } : { missing: 'schedule' }) });
      return;
    }
    const start = dayOf(startNode, 'start');
    const end = dayOf(endNode, 'end');
    if (!start || !end || end.year <= start.year) return;
    if (firstHit(allTexts(proposal), SPLIT_PHRASES)) return;
    context.report({
      messageId: 'multiYear',
      node: endNode,
      data: {
        start: String(startNode.kind === 'scalar' ? startNode.value : ''),
        end: String(endNode.kind === 'scalar' ? endNode.value : ''),
        years: end.year - start.year + 1,
      },
    });
  },
});
