/**
 * common-platforms — no duplicating functions where the city has common solutions, unless the
 * kommunstyrelse grants an exception (Stockholm STH-7): e-services are built on the city's
 * e-tjänstplattform, login from the internet goes through the id-portal, internal decision
 * support reuses LIS.
 *
 * Where it looks: every text of the proposal. A text that describes an e-service, a login for
 * citizens or other outside users, or decision support, while no text names the matching city
 * platform (data/components.json, scope "stockholm"), is a finding at the word that describes
 * it (or at the text, where its position cannot be worked out) — unless
 * `sharedSolution.exception` records the kommunstyrelse's exception decision, or a text says
 * the kommunstyrelse has decided on an exception.
 */
import {
  ABSENCE,
  allPhrases,
  allTexts,
  CITY_EXECUTIVE_BOARD,
  componentCatalogue,
  componentsWith,
  DECISION_SUPPORT,
  defineRule,
  E_SERVICE,
  EXCEPTION_DECIDED,
  findPhrase,
  get,
  inEveryLanguage,
  isGiven,
  type Localised,
  LOGIN,
  namedComponent,
  NEGATION,
  NONE,
  OUTSIDE_USERS,
  phraseMatches,
  rangeInText,
  type SharedComponent,
  type TextHit,
  type WordLists,
} from '../src/engine/rulekit.js';

interface Platform {
  fn: string;
  /** Words that say the project provides this function. */
  describes: WordLists;
  /** For login: only when the same text speaks of users outside the city's network. */
  context?: WordLists;
}

const PLATFORMS: Platform[] = [
  {
    fn: 'PORTAL',
    describes: E_SERVICE,
  },
  {
    fn: 'ID',
    describes: LOGIN,
    context: OUTSIDE_USERS,
  },
  {
    fn: 'BI',
    describes: DECISION_SUPPORT,
  },
];

/** Each platform's word lists as phrase lists, made once: the matcher keeps its work per list. */
const PHRASES = new Map(
  PLATFORMS.map((platform) => [platform, { words: allPhrases(platform.describes), context: platform.context ? allPhrases(platform.context) : undefined }]),
);

const EXCEPTION_PHRASES = allPhrases(EXCEPTION_DECIDED);
const EXECUTIVE_PHRASES = allPhrases(CITY_EXECUTIVE_BOARD);

/** The first text that describes the platform's function, and where in it. */
function describing(hits: readonly TextHit[], platform: Platform): { hit: TextHit; word: string; index: number; length: number } | undefined {
  const { words, context } = PHRASES.get(platform)!;
  for (const hit of hits) {
    const match = phraseMatches(hit.text, words).find((candidate) => !negated(hit.text, candidate.index));
    if (match && (!context || findPhrase(hit.text, context))) return { hit, word: match.matched, index: match.index, length: match.matched.length };
  }
  return undefined;
}

/** "Ingen ny inloggning eller e-tjänst byggs", "No new login is built": the sentence denies it. */
const DENIAL = [...allPhrases(NEGATION), ...allPhrases(NONE), ...allPhrases(ABSENCE)];

/** How far back a denial is looked for in one sentence: a sentence is never longer, and each match costs at most this much. */
const SENTENCE_LOOKBACK = 1000;

function negated(text: string, index: number): boolean {
  // Back to the start of the clause — `.`, `!`, `?`, `;`, `,` or a blank line — scanning only that far.
  let start = index;
  const limit = Math.max(0, index - SENTENCE_LOOKBACK);
  while (start > limit) {
    const char = text[start - 1]!;
    if (char === '.' || char === '!' || char === '?' || char === ';' || char === ',' || (char === '\n' && text[start - 2] === '\n')) break;
    start--;
  }
  return phraseMatches(text.slice(start, index), DENIAL).length > 0;
}

function functionName(fn: string): Localised {
  return inEveryLanguage((lang) => componentCatalogue().functions[fn]?.[lang] ?? fn);
}

export default defineRule({
  meta: {
    id: 'common-platforms',
    description:
      "E-services, internet login and decision support use the city's common platforms (e-tjänstplattform, id-portal, LIS) unless the kommunstyrelse grants an exception.",
    clauses: ['STH-7'],
    severity: 'error',
    messages: {
      en: {
        duplicate:
          'The proposal describes {function} ("{word}") but does not name {platform}: base it on the city\'s common platform and say so, or record the kommunstyrelse\'s exception decision in "sharedSolution.exception".',
      },
      da: {
        duplicate:
          'Forslaget beskriver {function} ("{word}"), men nævner ikke {platform}: byg på byens fælles platform og skriv det, eller notér kommunstyrelsens beslutning om undtagelse i "{field:sharedSolution.exception}".',
      },
      sv: {
        duplicate:
          'Förslaget beskriver {function} ("{word}") men nämner inte {platform}: bygg på stadens gemensamma plattform och skriv det, eller för in kommunstyrelsens beslut om undantag i "{field:sharedSolution.exception}" (raden "Undantag:").',
      },
      nb: {
        duplicate:
          'Forslaget beskriver {function} ("{word}"), men nevner ikke {platform}: bygg på byens felles plattform og skriv det, eller før inn kommunstyrelsens vedtak om unntak i "{field:sharedSolution.exception}".',
      },
    },
  },
  check(proposal, context) {
    if (isGiven(get(proposal, 'sharedSolution.exception'))) return;
    const hits = allTexts(proposal);
    if (hits.some((hit) => findPhrase(hit.text, EXCEPTION_PHRASES) && findPhrase(hit.text, EXECUTIVE_PHRASES))) return;
    for (const platform of PLATFORMS) {
      const own: SharedComponent[] = componentsWith(platform.fn, 'stockholm');
      if (!own.length) continue;
      const found = describing(hits, platform);
      if (!found) continue;
      if (hits.some((hit) => namedComponent(hit.text, own))) continue;
      context.report({
        messageId: 'duplicate',
        range: rangeInText(proposal, found.hit, found.index, found.length),
        data: { function: functionName(platform.fn), word: found.word, platform: own.map((component) => component.name).join(' / ') },
      });
    }
  },
});
