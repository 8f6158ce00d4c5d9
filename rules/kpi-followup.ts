/**
 * kpi-followup — the project is followed up with simple, understandable key figures
 * (nyckeltal) and a clear project governance (Oskarshamn OSK-3, "rekommenderas": warnings).
 * The benefit valuation the clause also recommends is `business-case`'s to check.
 *
 * Where it looks: `followUp.metrics` (in Markdown the table under "Uppföljning" / "Nyckeltal")
 * — at least one metric, each with a short name; project governance in every text of the
 * proposal ("styrgrupp", "projektmodell", "projektledare" …), reported at the front matter (or
 * line 1) when no text has it.
 */
import { allPhrases, allTexts, asList, defineRule, firstHit, get, PROJECT_GOVERNANCE, textOf, wordCount } from '../src/engine/rulekit.js';

const GOVERNANCE_PHRASES = allPhrases(PROJECT_GOVERNANCE);

export default defineRule({
  meta: {
    id: 'kpi-followup',
    description: 'The project is followed up with simple, understandable key figures and a clear project governance.',
    clauses: ['OSK-3'],
    severity: 'warn',
    options: {
      type: 'object',
      properties: { maxNameWords: { type: 'integer', minimum: 1, description: "Most words in a key figure's name before it stops being simple." } },
      additionalProperties: false,
    },
    defaultOptions: { maxNameWords: 12 },
    messages: {
      en: {
        noKpis:
          'Follow the project up with simple key figures: add "followUp.metrics" (in Markdown a "Follow-up" table) with at least one metric — its name, target, baseline and deadline.',
        noName: 'Give metric #{index} a short name that says what is counted, e.g. "Share of applications made online".',
        notSimple:
          'The name of metric #{index} has {words} words: key figures should be simple and understandable — name what is counted in at most {max} words and put the rest under "method" or "source".',
        noGovernance: 'Say how the project is governed: the steering group, the project manager and the project model it follows.',
      },
      da: {
        noKpis:
          'Følg projektet op med enkle nøgletal: tilføj "{field:followUp.metrics}" (i Markdown en tabel under "Opfølgning") med mindst ét måltal — navn, mål, udgangspunkt og frist.',
        noName: 'Giv måltal nr. {index} et kort navn, der siger, hvad der tælles, f.eks. "Andel ansøgninger indsendt digitalt".',
        notSimple:
          'Navnet på måltal nr. {index} har {words} ord: nøgletal skal være enkle og forståelige — nævn det, der tælles, med højst {max} ord, og skriv resten under "method" eller "source".',
        noGovernance: 'Skriv, hvordan projektet styres: styregruppen, projektlederen og den projektmodel, det følger.',
      },
      sv: {
        noKpis:
          'Följ upp projektet med enkla nyckeltal: lägg till "{field:followUp.metrics}" (i Markdown en tabell under "Uppföljning" eller "Nyckeltal") med minst ett nyckeltal — namn, mål, nuläge och tidpunkt.',
        noName: 'Ge nyckeltal nr {index} ett kort namn som säger vad som räknas, t.ex. "Andel ansökningar som görs digitalt".',
        notSimple:
          'Namnet på nyckeltal nr {index} har {words} ord: nyckeltal ska vara enkla och förståeliga — säg vad som räknas med högst {max} ord och skriv resten under "Metod" eller "Källa".',
        noGovernance: 'Skriv hur projektet styrs: styrgruppen, projektledaren och den projektmodell det följer.',
      },
      nb: {
        noKpis:
          'Følg opp prosjektet med enkle nøkkeltall: legg til "{field:followUp.metrics}" (i Markdown en tabell under "Oppfølging") med minst ett måltall — navn, mål, utgangspunkt og frist.',
        noName: 'Gi måltall nr. {index} et kort navn som sier hva som telles, f.eks. "Andel søknader sendt digitalt".',
        notSimple:
          'Navnet på måltall nr. {index} har {words} ord: nøkkeltall skal være enkle og forståelige — si hva som telles med høyst {max} ord, og skriv resten under "method" eller "source".',
        noGovernance: 'Skriv hvordan prosjektet styres: styringsgruppen, prosjektlederen og prosjektmodellen det følger.',
      },
    },
  },
  check(proposal, context) {
    const max = Number(context.options.maxNameWords ?? 12);
    const metricsNode = get(proposal, 'followUp.metrics');
    const metrics = asList(metricsNode).filter((metric) => metric.kind === 'map');
    if (!metrics.length) {
      const at = metricsNode ?? get(proposal, 'followUp');
      context.report({ messageId: 'noKpis', ...(at ? { node: at, atKey: true } : { missing: 'followUp' }) });
    }
    metrics.forEach((metric, index) => {
      const name = get(metric, 'name');
      const text = textOf(name);
      if (!text) context.report({ messageId: 'noName', node: name ?? metric, data: { index: index + 1 } });
      else if (wordCount(text) > max) context.report({ messageId: 'notSimple', node: name!, data: { index: index + 1, words: wordCount(text), max } });
    });
    if (!firstHit(allTexts(proposal), GOVERNANCE_PHRASES)) context.report({ messageId: 'noGovernance', range: proposal.anchor });
  },
});
