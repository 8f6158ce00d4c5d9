/**
 * metric-baseline — every follow-up metric has a defined measurement method and a baseline
 * (nulägesmätning), so that the target can be followed up against where things stand today
 * (Oskarshamn OSK-11).
 *
 * Where it looks: each of `followUp.metrics` — its `method` (objective or subjective; in
 * Markdown the "Metod" column) and its `baseline` (a value measured today, or when and how the
 * baseline measurement is made: "mäts i januari 2026 ur e-tjänstplattformens statistik"), or
 * the follow-up's own `method` / `baseline` written once for all its metrics (`mätmetoder:`,
 * `nulägesmätning:` under `uppföljning`).
 * A proposal without metrics is `kpi-followup`'s finding, not this rule's.
 */
import { asList, defineRule, get, isGiven, textOf } from '../src/engine/rulekit.js';

export default defineRule({
  meta: {
    id: 'metric-baseline',
    description: 'Every follow-up metric has a defined measurement method and a baseline measurement.',
    clauses: ['OSK-11'],
    severity: 'warn',
    messages: {
      en: {
        noMethod:
          'Define how "{metric}" is measured: add "method" — objective (e.g. counted in the system, technical measurement) or subjective (survey, interviews) — and say where the data comes from ("source").',
        noBaseline: 'Give the baseline of "{metric}": add "baseline" with today\'s value, or when and how the baseline measurement will be made.',
      },
      da: {
        noMethod:
          'Definér, hvordan "{metric}" måles: tilføj "method" — objektiv (f.eks. optalt i systemet, teknisk måling) eller subjektiv (spørgeskema, interview) — og skriv, hvor data kommer fra ("source").',
        noBaseline: 'Angiv udgangspunktet for "{metric}": tilføj "baseline" med dagens værdi (nulpunktsmåling), eller hvornår og hvordan den måles.',
      },
      sv: {
        noMethod:
          'Definiera hur "{metric}" mäts: lägg till "method" (kolumnen "Metod") — objektiv (t.ex. räknas i systemet, teknisk mätning) eller subjektiv (enkät, intervjuer) — och skriv varifrån uppgifterna kommer ("Källa").',
        noBaseline: 'Ange nuläget för "{metric}": lägg till "baseline" (kolumnen "Nuläge") med dagens värde, eller när och hur nulägesmätningen görs.',
      },
      nb: {
        noMethod:
          'Definer hvordan "{metric}" måles: legg til "method" — objektiv (f.eks. telt i systemet, teknisk måling) eller subjektiv (spørreundersøkelse, intervjuer) — og skriv hvor dataene kommer fra ("source").',
        noBaseline: 'Angi utgangspunktet for "{metric}": legg til "baseline" med dagens verdi (nullpunktsmåling), eller når og hvordan den måles.',
      },
    },
  },
  check(proposal, context) {
    // The methods or the baseline measurement written once for every metric ("Mätmetoder: …", "Nulägesmätning: …").
    const allMethods = isGiven(get(proposal, 'followUp.method'));
    const allBaselines = isGiven(get(proposal, 'followUp.baseline'));
    asList(get(proposal, 'followUp.metrics')).forEach((metric, index) => {
      if (metric.kind !== 'map') return;
      const name = textOf(get(metric, 'name')) || `#${index + 1}`;
      const method = get(metric, 'method');
      if (!isGiven(method) && !allMethods) context.report({ messageId: 'noMethod', node: method ?? metric, data: { metric: name } });
      const baseline = get(metric, 'baseline');
      if (!isGiven(baseline) && !allBaselines) context.report({ messageId: 'noBaseline', node: baseline ?? metric, data: { metric: name } });
    });
  },
});
