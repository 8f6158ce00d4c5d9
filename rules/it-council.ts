/**
 * it-council — an acquisition of IT solutions is notified to the IT council / IT chief
 * (anmälningsplikt), which prepares the joint decision larger IT investments need (Oskarshamn
 * OSK-19).
 *
 * Where it looks: `itCouncilNotified` (in Markdown a line "Anmäld till IT-rådet: 2026-02-03")
 * — `true`, a date, or a yes ("Ja, IT-rådet 2026-02-03"). `false` or a no is a finding; so is
 * a text that says neither ("planeras").
 *
 * Without the field, a sentence of the text that names the council and the notifying does:
 * stated as done ("Projektet anmäldes till IT-rådet 2026-02-03") or planned with a date it
 * passes; put off, denied or planned without a date ("IT-rådet kommer att informeras senare")
 * it is a finding at that sentence (statement polarity). A joint decision the text says is
 * skipped, put off or taken by one administration alone is a finding too (`noJointDecision`).
 */
import {
  allPhrases,
  allTexts,
  answer,
  ANSWER_YES,
  deadlineIn,
  defineRule,
  fold,
  fulfils,
  get,
  IT_COUNCIL,
  isGiven,
  JOINT_DECISION,
  mentionsIn,
  NOTIFY,
  opensWith,
  parseDay,
  phraseMatches,
  polarityOf,
  sentenceRange,
  SOLE_DECISION,
  textOf,
} from '../src/engine/rulekit.js';
import type { Proposal } from '../src/model/model.js';

const YES = allPhrases(ANSWER_YES);
const COUNCIL_WORDS = allPhrases(IT_COUNCIL);
const NOTIFY_WORDS = allPhrases(NOTIFY);
const JOINT_WORDS = allPhrases(JOINT_DECISION);
const SOLE_WORDS = allPhrases(SOLE_DECISION);

/** The sentences that speak of notifying the council: whether one states it done, else the first that does not. */
function notificationInText(proposal: Proposal) {
  const mentions = mentionsIn(allTexts(proposal), COUNCIL_WORDS).filter((mention) => phraseMatches(mention.clause.text, NOTIFY_WORDS).length > 0);
  return { done: mentions.some((mention) => fulfils(mention.polarity)), first: mentions[0] };
}

export default defineRule({
  meta: {
    id: 'it-council',
    description: 'The acquisition has been notified to the IT council / IT chief, and a larger IT investment is not made without a joint decision.',
    clauses: ['OSK-19'],
    severity: 'error',
    messages: {
      en: {
        missing:
          'Acquisitions of IT solutions must be notified to the IT council / IT chief: notify them and add "itCouncilNotified" with the date (e.g. 2026-02-03).',
        notNotified:
          'The IT council has not been notified: notify the IT council / IT chief before the acquisition (anmälningsplikt), and give the date in "itCouncilNotified".',
        noJointDecision:
          'A larger investment affecting IT may not be made without a joint decision ("{value}"): take it to the joint decision (the heads of administration) before the investment.',
        unclear: '"{value}" does not say that the IT council has been notified: give the date it was notified (e.g. 2026-02-03), or yes.',
      },
      da: {
        missing:
          'Anskaffelse af it-løsninger skal anmeldes til it-rådet / it-chefen: anmeld den, og tilføj "{field:itCouncilNotified}" med datoen (f.eks. 2026-02-03).',
        notNotified:
          'It-rådet er ikke orienteret: anmeld anskaffelsen til it-rådet / it-chefen, før den sker (anmeldelsespligt), og angiv datoen i "{field:itCouncilNotified}".',
        noJointDecision:
          'En større investering med betydning for it må ikke ske uden en fælles beslutning ("{value}"): før sagen til fælles beslutning før investeringen.',
        unclear: '"{value}" siger ikke, at it-rådet er orienteret: angiv datoen for anmeldelsen (f.eks. 2026-02-03) eller ja.',
      },
      sv: {
        missing:
          'Anmälningsplikt till IT-råd/IT-chef gäller vid anskaffning av IT-lösningar: anmäl anskaffningen och lägg till "{field:itCouncilNotified}" (raden "Anmäld till IT-rådet:") med datumet, t.ex. 2026-02-03.',
        notNotified:
          'IT-rådet har inte fått någon anmälan: anmäl anskaffningen till IT-rådet/IT-chefen innan den görs (anmälningsplikt), och ange datumet i "{field:itCouncilNotified}".',
        noJointDecision:
          'Inga större investeringar med påverkan inom IT-området får ske utan att ett gemensamt beslut fattas ("{value}"): lyft investeringen till gemensamt beslut i förvaltningschefsgruppen innan den görs.',
        unclear: '"{value}" säger inte att IT-rådet har fått anmälan: ange datumet för anmälan (t.ex. 2026-02-03) eller ja.',
      },
      nb: {
        missing:
          'Anskaffelser av IT-løsninger skal meldes til IT-rådet / IT-sjefen: meld fra, og legg til "{field:itCouncilNotified}" med datoen (f.eks. 2026-02-03).',
        notNotified:
          'IT-rådet er ikke varslet: meld anskaffelsen til IT-rådet / IT-sjefen før den gjøres (meldeplikt), og angi datoen i "{field:itCouncilNotified}".',
        noJointDecision:
          'En større investering som berører IKT kan ikke gjøres uten en felles beslutning ("{value}"): legg saken fram for felles beslutning før investeringen.',
        unclear: '"{value}" sier ikke at IT-rådet er varslet: angi datoen for varselet (f.eks. 2026-02-03) eller ja.',
      },
    },
  },
  check(proposal, context) {
    // "Inga större investeringar … utan att ett gemensamt beslut fattas": a proposal that says the
    // joint decision is skipped, put off or taken by one administration alone. Whether an
    // investment is large enough to need one the text seldom says, so silence is no finding.
    const hits = allTexts(proposal);
    const skipped =
      mentionsIn(hits, JOINT_WORDS).find((mention) => mention.polarity === 'negated' || mention.polarity === 'deferred') ??
      mentionsIn(hits, SOLE_WORDS).find((mention) => mention.polarity === 'affirmed');
    if (skipped) context.report({ messageId: 'noJointDecision', range: sentenceRange(proposal, skipped), data: { value: skipped.clause.text.trim() } });
    const node = get(proposal, 'itCouncilNotified');
    if (!node) {
      const text = notificationInText(proposal);
      if (text.done) return;
      const said = text.first;
      if (said) context.report({ messageId: 'notNotified', range: sentenceRange(proposal, said) });
      else context.report({ messageId: 'missing', missing: 'itCouncilNotified' });
      return;
    }
    if (!isGiven(node)) {
      if (node.kind === 'scalar' && node.value === false) context.report({ messageId: 'notNotified', node });
      else context.report({ messageId: 'missing', node });
      return;
    }
    if (node.kind !== 'scalar') return; // the schema rule reports the shape
    if (typeof node.value === 'boolean') return;
    const text = textOf(node);
    const polarity = polarityOf(text);
    if (answer(node) === 'no' || polarity === 'negated' || polarity === 'deferred') {
      context.report({ messageId: 'notNotified', node });
      return;
    }
    if (opensWith(fold(text), YES) || parseDay(text) || deadlineIn(text)) return;
    context.report({ messageId: 'unclear', node, data: { value: text } });
  },
});
