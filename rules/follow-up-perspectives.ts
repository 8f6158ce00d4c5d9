/**
 * follow-up-perspectives — follow-up from Stockholm's five perspectives (STH-6): external
 * benefit, internal benefit, IT maturity, IT cost and IT quality, each with defined metrics
 * measured by an objective or a subjective method. The `recommended` preset enables it for
 * every strategy (SPEC §2).
 *
 * Where it looks: `followUp.metrics` — in Markdown the table under "Opfølgning" /
 * "Uppföljning" / "Oppfølging" (columns Perspektiv, Måltal/Mätetal/Måltall, Metode/Metod, Mål).
 * A method that is neither objective nor subjective is the `schema` rule's to report.
 */
import { defineRule, fieldVocab, get, inEveryLanguage, isGiven, joinList, type Localised, textOf, valueLabel } from '../src/engine/rulekit.js';
import type { ModelNode } from '../src/model/model.js';

const PERSPECTIVE = 'followUp.metrics.perspective';
const PERSPECTIVES = Object.keys(fieldVocab(PERSPECTIVE)?.values ?? {});

export default defineRule({
  meta: {
    id: 'follow-up-perspectives',
    description: 'Follow-up covers all five perspectives, each with a named metric, an objective or subjective method and a target.',
    clauses: ['STH-6'],
    severity: 'error',
    // The five perspectives are Stockholm's (STH-6): under another strategy, which demands its
    // own follow-up, they are advice — warnings — rather than errors.
    appliesTo: { advisoryUnless: ['stockholm'] },
    messages: {
      en: {
        missing:
          'Add follow-up ("followUp", in Markdown a "Follow-up" section with a table Perspective | Metric | Method | Target) with metrics from all five perspectives: {perspectives}.',
        missingPerspectives: 'The follow-up does not cover every perspective: add metrics for {perspectives}.',
        noPerspective: 'Say which perspective the metric "{name}" follows up: external benefit, internal benefit, IT maturity, IT cost or IT quality.',
        noName: 'Name the metric: say what is measured.',
        noMethod: 'Say how the metric "{name}" is measured: objective (e.g. technical availability, system data) or subjective (interviews, surveys).',
        noTarget: 'Give the target of the metric "{name}": the value to reach.',
      },
      da: {
        missing:
          'Tilføj opfølgning ("{field:followUp}", i Markdown et afsnit "Opfølgning" med en tabel Perspektiv | Måltal | Metode | Mål) med måltal fra alle fem perspektiver: {perspectives}.',
        missingPerspectives: 'Opfølgningen dækker ikke alle perspektiver: tilføj måltal for {perspectives}.',
        noPerspective:
          'Angiv, hvilket perspektiv måltallet "{name}" følger op på: ekstern nytte, intern nytte, it-modenhed, it-omkostninger eller it-kvalitet.',
        noName: 'Navngiv måltallet: angiv, hvad der måles.',
        noMethod: 'Angiv, hvordan måltallet "{name}" måles: objektiv (f.eks. teknisk tilgængelighed, systemdata) eller subjektiv (interview, spørgeskema).',
        noTarget: 'Angiv målet for måltallet "{name}": den værdi, der skal nås.',
      },
      sv: {
        missing:
          'Lägg till uppföljning ("{field:followUp}", i Markdown ett avsnitt "Uppföljning" med en tabell Perspektiv | Mätetal | Metod | Mål) med mätetal ur alla fem perspektiv: {perspectives}.',
        missingPerspectives: 'Uppföljningen täcker inte alla perspektiv: lägg till mätetal för {perspectives}.',
        noPerspective: 'Ange vilket perspektiv mätetalet "{name}" följer upp: extern nytta, intern nytta, it-mognad, it-kostnad eller it-kvalitet.',
        noName: 'Namnge mätetalet: ange vad som mäts.',
        noMethod: 'Ange hur mätetalet "{name}" mäts: objektiv (t.ex. teknisk tillgänglighet, systemdata) eller subjektiv (intervjuer, enkäter).',
        noTarget: 'Ange målet för mätetalet "{name}": det värde som ska nås.',
      },
      nb: {
        missing:
          'Legg til oppfølging ("{field:followUp}", i Markdown et avsnitt "Oppfølging" med en tabell Perspektiv | Måltall | Metode | Mål) med måltall fra alle fem perspektiver: {perspectives}.',
        missingPerspectives: 'Oppfølgingen dekker ikke alle perspektiver: legg til måltall for {perspectives}.',
        noPerspective: 'Angi hvilket perspektiv måltallet "{name}" følger opp: ekstern nytte, intern nytte, IKT-modenhet, IKT-kostnader eller IKT-kvalitet.',
        noName: 'Gi måltallet et navn: angi hva som måles.',
        noMethod:
          'Angi hvordan måltallet "{name}" måles: objektiv (f.eks. teknisk tilgjengelighet, systemdata) eller subjektiv (intervjuer, spørreundersøkelser).',
        noTarget: 'Angi målet for måltallet "{name}": verdien som skal nås.',
      },
    },
  },
  check(proposal, context) {
    const { report } = context;
    const label = (values: readonly string[]): Localised => inEveryLanguage((lang) => joinList(values.map((value) => valueLabel(PERSPECTIVE, value, lang))));
    const followUp = get(proposal, 'followUp');
    if (!followUp) {
      report({ messageId: 'missing', missing: 'followUp', data: { perspectives: label(PERSPECTIVES) } });
      return;
    }
    // `followUp: [ … ]` written without `metrics:` is read as the metrics themselves.
    const list = followUp.kind === 'list' ? followUp : followUp.kind === 'map' ? get(followUp, 'metrics') : undefined;
    const metrics: ModelNode[] = list?.kind === 'list' ? list.items.filter(isGiven) : [];
    const covered = new Set<string>();
    metrics.forEach((metric, index) => {
      const field = (key: string): ModelNode | undefined => (metric.kind === 'map' ? get(metric, key) : key === 'name' ? metric : undefined);
      const name = textOf(field('name')) || `#${index + 1}`;
      const perspective = textOf(field('perspective'));
      if (perspective) covered.add(perspective);
      if (!isGiven(field('perspective'))) report({ messageId: 'noPerspective', node: metric, data: { name } });
      if (!isGiven(field('name'))) report({ messageId: 'noName', node: metric });
      if (!isGiven(field('method'))) report({ messageId: 'noMethod', node: metric, data: { name } });
      if (!isGiven(field('target'))) report({ messageId: 'noTarget', node: metric, data: { name } });
    });
    const missing = PERSPECTIVES.filter((perspective) => !covered.has(perspective));
    if (missing.length) report({ messageId: 'missingPerspectives', node: followUp, atKey: true, data: { perspectives: label(missing) } });
  },
});
