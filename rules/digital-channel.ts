/**
 * digital-channel — all communication with citizens and business is digital (Nordfyns NFY-6d):
 * a proposal that serves citizens or businesses names the digital self-service channel they use.
 */
import {
  allPhrases,
  allTexts,
  defineRule,
  DIGITAL_CHANNEL,
  findPhrase,
  firstHit,
  NEGATION,
  phraseMatches,
  PUBLIC_AUDIENCE,
  rangeInText,
} from '../src/engine/rulekit.js';

const AUDIENCE_WORDS = allPhrases(PUBLIC_AUDIENCE);
const CHANNEL_WORDS = allPhrases(DIGITAL_CHANNEL);

/** "Løsningen flytter ikke henvendelser til selvbetjening": a channel denied is not offered. */
const NEGATED = allPhrases(NEGATION);

/** A sentence names a digital channel and does not deny it. */
function offersChannel(text: string): boolean {
  return text.split(/(?<=[.!?])\s+|\n/).some((sentence) => findPhrase(sentence, CHANNEL_WORDS) !== undefined && phraseMatches(sentence, NEGATED).length === 0);
}

export default defineRule({
  meta: {
    id: 'digital-channel',
    description: 'A proposal that serves citizens or businesses names the digital self-service channel they will use.',
    clauses: ['NFY-6d'],
    severity: 'error',
    messages: {
      en: {
        noChannel:
          'The proposal serves citizens or businesses ("{word}") but names no digital channel for them: say how they use digital self-service (e.g. on borger.dk or virk.dk, with MitID, answers by Digital Post). Self-service costs 20 kr an inquiry against 40 kr by phone and 75 kr in person.',
      },
      da: {
        noChannel:
          'Forslaget henvender sig til borgere eller virksomheder ("{word}"), men nævner ingen digital kanal: skriv, hvordan de bruger digital selvbetjening (fx på borger.dk eller virk.dk, med MitID, svar via Digital Post). En selvbetjent henvendelse koster 20 kr mod 40 kr for telefon og 75 kr for personligt fremmøde.',
      },
      sv: {
        noChannel:
          'Förslaget riktar sig till medborgare eller företag ("{word}") men nämner ingen digital kanal: skriv hur de använder digital självservice (t.ex. en e-tjänst med e-legitimation och svar via digital post). Självservice kostar 20 kr per ärende mot 40 kr per telefon och 75 kr vid besök.',
      },
      nb: {
        noChannel:
          'Forslaget retter seg mot innbyggere eller næringsliv ("{word}"), men nevner ingen digital kanal: skriv hvordan de bruker digital selvbetjening (f.eks. et nettskjema med ID-porten og svar via digital postkasse). Selvbetjening koster 20 kr per henvendelse mot 40 kr på telefon og 75 kr ved personlig oppmøte.',
      },
    },
  },
  check(proposal, context) {
    const hits = allTexts(proposal);
    const audience = firstHit(hits, AUDIENCE_WORDS);
    if (!audience || hits.some((hit) => offersChannel(hit.text))) return;
    const match = phraseMatches(audience.text, AUDIENCE_WORDS)[0]!;
    context.report({ messageId: 'noChannel', range: rangeInText(proposal, audience, match.index, match.matched.length), data: { word: match.matched } });
  },
});
