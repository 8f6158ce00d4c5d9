/**
 * measurable-targets — every follow-up metric has a measurable target and a deadline
 * (Oskarshamn OSK-10: "vid utgången av 2012 skall 80 % av möjliga e-tjänster vara införda").
 *
 * Measurable: the target holds a number, a percentage or a level ("80 %", "NKI 75", "alla
 * blanketter"); direction words without a number ("fler", "bättre", "ökad", "bedre",
 * "flere", "higher") are findings, in all four languages (src/lexicon/metric-quality.ts). Deadline:
 * the metric's `deadline` is a date, a year or a span after a milestone, or the target itself
 * says by when ("senast 2026-12-31").
 *
 * Where it looks: `followUp.metrics` (in Markdown the follow-up table). A proposal without
 * metrics is `kpi-followup`'s finding, not this rule's.
 */
import { asList, deadlineIn, defineRule, get, isDeadline, isGiven, targetQuality, textOf } from '../src/engine/rulekit.js';

export default defineRule({
  meta: {
    id: 'measurable-targets',
    description: 'Every follow-up metric has a measurable target (a number or level) and a deadline.',
    clauses: ['OSK-10'],
    severity: 'error',
    messages: {
      en: {
        noTarget: 'Metric "{metric}" has no target: give the value to reach and by when, e.g. "80 % by 2026-12-31".',
        vague: 'The target of "{metric}" is not measurable: "{word}" says a direction, not a level. Give a number, e.g. "80 %" or "at most 5 days".',
        notMeasurable: 'The target of "{metric}" is not measurable: give a number, a percentage or a level to reach, e.g. "80 %".',
        noDeadline: 'Metric "{metric}" has no deadline: add "deadline" (a date or year, e.g. 2026-12-31), or say in the target by when it is reached.',
        badDeadline: 'The deadline of "{metric}" ("{value}") is not a date: give a date or a year, e.g. 2026-12-31.',
      },
      da: {
        noTarget: 'Måltallet "{metric}" har intet mål: angiv værdien, der skal nås, og hvornår, f.eks. "80 % senest 2026-12-31".',
        vague: 'Målet for "{metric}" er ikke målbart: "{word}" angiver en retning, ikke et niveau. Angiv et tal, f.eks. "80 %" eller "højst 5 dage".',
        notMeasurable: 'Målet for "{metric}" er ikke målbart: angiv et tal, en procentdel eller et niveau, der skal nås, f.eks. "80 %".',
        noDeadline:
          'Måltallet "{metric}" har ingen frist: tilføj "deadline" (en dato eller et år, f.eks. 2026-12-31), eller skriv i målet, hvornår det skal være nået.',
        badDeadline: 'Fristen for "{metric}" ("{value}") er ikke en dato: angiv en dato eller et år, f.eks. 2026-12-31.',
      },
      sv: {
        noTarget: 'Mätetalet "{metric}" saknar mål: ange värdet som ska nås och när, t.ex. "80 % senast 2026-12-31".',
        vague: 'Målet för "{metric}" är inte mätbart: "{word}" anger en riktning, inte en nivå. Ange ett tal, t.ex. "80 %" eller "högst 5 dagar".',
        notMeasurable: 'Målet för "{metric}" är inte mätbart: ange ett tal, en andel eller en nivå som ska nås, t.ex. "80 %".',
        noDeadline:
          'Mätetalet "{metric}" saknar tidpunkt: lägg till "deadline" (kolumnen "Tidpunkt", ett datum eller år, t.ex. 2026-12-31), eller skriv i målet när det ska vara nått, t.ex. "vid utgången av 2026".',
        badDeadline: 'Tidpunkten för "{metric}" ("{value}") är inget datum: ange ett datum eller ett år, t.ex. 2026-12-31.',
      },
      nb: {
        noTarget: 'Måltallet "{metric}" har ikke noe mål: angi verdien som skal nås, og når, f.eks. "80 % innen 2026-12-31".',
        vague: 'Målet for "{metric}" er ikke målbart: "{word}" angir en retning, ikke et nivå. Angi et tall, f.eks. "80 %" eller "høyst 5 dager".',
        notMeasurable: 'Målet for "{metric}" er ikke målbart: angi et tall, en andel eller et nivå som skal nås, f.eks. "80 %".',
        noDeadline:
          'Måltallet "{metric}" har ingen frist: legg til "deadline" (en dato eller et år, f.eks. 2026-12-31), eller skriv i målet når det skal være nådd.',
        badDeadline: 'Fristen for "{metric}" ("{value}") er ikke en dato: angi en dato eller et år, f.eks. 2026-12-31.',
      },
    },
  },
  check(proposal, context) {
    asList(get(proposal, 'followUp.metrics')).forEach((metric, index) => {
      if (metric.kind !== 'map') return;
      const name = textOf(get(metric, 'name')) || `#${index + 1}`;
      const target = get(metric, 'target');
      const targetValue = target?.kind === 'scalar' ? target.value : null;
      if (!target || !isGiven(target) || (typeof targetValue !== 'string' && typeof targetValue !== 'number')) {
        context.report({ messageId: 'noTarget', node: target ?? metric, data: { metric: name } });
      } else {
        const quality = targetQuality(targetValue, proposal.language);
        if (!quality.measurable) {
          context.report(
            quality.vague
              ? { messageId: 'vague', node: target, data: { metric: name, word: quality.vague } }
              : { messageId: 'notMeasurable', node: target, data: { metric: name } },
          );
        }
      }
      const deadline = get(metric, 'deadline');
      if (deadline && isGiven(deadline)) {
        const value = deadline.kind === 'scalar' ? deadline.value : null;
        if (typeof value !== 'string' && typeof value !== 'number') return;
        if (!isDeadline(value)) context.report({ messageId: 'badDeadline', node: deadline, data: { metric: name, value: String(value) } });
      } else if (!(typeof targetValue === 'string' && deadlineIn(targetValue))) {
        context.report({ messageId: 'noDeadline', node: deadline ?? metric, data: { metric: name } });
      }
    });
  },
});
