/**
 * architecture-principles — the proposal shows it follows the city's IT-governance and
 * architecture principles (Stockholm STH-4a, STH-7 §7.1):
 * - open systems that integrate easily, and information that can be freed and reused in the
 *   city's other systems ("system ska vara öppna … tillåta integration", "Information ska
 *   kunna frigöras … och återanvändas");
 * - an adequate security level per the city's security programme (`security.securityLevel`,
 *   or the text names the level, the security programme or the information classification);
 * - the application registered in the city's application portfolio;
 * - reuse of existing information and technical solutions — the city "ska sträva efter"
 *   (aims at) it, so this one is a warning.
 *
 * Where it looks: every text of the proposal, including the text under headings that fill a
 * field ("## Informationssäkerhet"). A missing principle is reported at the front matter (or
 * line 1), where the proposal as a whole is.
 */
import {
  allPhrases,
  allTexts,
  APPLICATION_PORTFOLIO,
  defineRule,
  get,
  statedIn,
  isGiven,
  OPENNESS,
  REUSE_SOLUTIONS,
  SECURITY_LEVEL,
  type WordLists,
} from '../src/engine/rulekit.js';

interface Principle {
  messageId: string;
  words: WordLists;
  /** A field that satisfies the principle on its own. */
  field?: string;
  /** The clause's modal is an aim ("sträva efter"), not a must. */
  aim?: boolean;
  clauses: string[];
}

const PRINCIPLES: Principle[] = [
  {
    messageId: 'noOpenness',
    clauses: ['STH-4a', 'STH-7'],
    words: OPENNESS,
  },
  {
    messageId: 'noSecurityLevel',
    clauses: ['STH-7'],
    field: 'security.securityLevel',
    words: SECURITY_LEVEL,
  },
  {
    messageId: 'noPortfolio',
    clauses: ['STH-7'],
    words: APPLICATION_PORTFOLIO,
  },
  {
    messageId: 'noReuse',
    clauses: ['STH-4a'],
    aim: true,
    words: REUSE_SOLUTIONS,
  },
];

const PHRASES = new Map(PRINCIPLES.map((principle) => [principle.messageId, allPhrases(principle.words)]));

export default defineRule({
  meta: {
    id: 'architecture-principles',
    description:
      "The proposal shows it follows the city's architecture principles: open and integrable, an adequate security level, registered in the application portfolio, reusing what exists.",
    clauses: ['STH-4a', 'STH-7'],
    severity: 'error',
    messages: {
      en: {
        noOpenness:
          "Systems must be open and easy to integrate, and information must be possible to free for reuse in the city's other systems: describe the solution's open standards or APIs and its integrations.",
        noSecurityLevel:
          'All information handling must have an adequate security level under the city\'s security programme: give "security.securityLevel" (from the information classification).',
        noPortfolio:
          "The city's applications are listed in the application portfolio kept by the kommunstyrelse: say that the new application will be registered in it.",
        noReuse: 'The city aims to reuse both information and technical solutions: say what existing information, platforms or solutions the project reuses.',
      },
      da: {
        noOpenness:
          "Systemer skal være åbne og let kunne integreres, og informationen skal kunne frigøres til genbrug i byens andre systemer: beskriv de åbne standarder eller API'er og integrationer, løsningen har.",
        noSecurityLevel:
          'Al informationshåndtering skal have et passende sikkerhedsniveau efter byens sikkerhedsprogram: angiv "{field:security.securityLevel}" (ud fra informationsklassifikationen).',
        noPortfolio: 'Byens applikationer står i applikationsporteføljen, som kommunstyrelsen forvalter: skriv, at den nye applikation registreres der.',
        noReuse:
          'Byen stræber efter at genbruge både information og tekniske løsninger: skriv, hvilken eksisterende information, platform eller løsning projektet genbruger.',
      },
      sv: {
        noOpenness:
          'System ska vara öppna och tillåta integration på ett enkelt sätt, och information ska kunna frigöras och återanvändas i stadens övriga system: beskriv lösningens öppna standarder eller API:er och integrationer.',
        noSecurityLevel:
          'All informationshantering ska ha en adekvat säkerhetsnivå enligt stadens säkerhetsprogram: ange "{field:security.securityLevel}" (raden "Säkerhetsnivå:" under "Informationssäkerhet") utifrån informationsklassningen.',
        noPortfolio:
          'Stadens applikationer ska finnas förtecknade i applikationsportföljen som kommunstyrelsen förvaltar: skriv att den nya applikationen registreras där.',
        noReuse:
          'Staden ska sträva efter återanvändning av såväl information som tekniska lösningar: skriv vilken befintlig information, plattform eller lösning projektet återanvänder.',
      },
      nb: {
        noOpenness:
          'Systemer skal være åpne og enkelt kunne integreres, og informasjonen skal kunne frigjøres for gjenbruk i byens andre systemer: beskriv løsningens åpne standarder eller API-er og integrasjoner.',
        noSecurityLevel:
          'All informasjonshåndtering skal ha et passende sikkerhetsnivå etter byens sikkerhetsprogram: angi "{field:security.securityLevel}" (ut fra informasjonsklassifiseringen).',
        noPortfolio: 'Byens applikasjoner står i applikasjonsporteføljen som kommunstyrelsen forvalter: skriv at den nye applikasjonen registreres der.',
        noReuse:
          'Byen skal strebe etter gjenbruk av både informasjon og tekniske løsninger: skriv hvilken eksisterende informasjon, plattform eller løsning prosjektet gjenbruker.',
      },
    },
  },
  check(proposal, context) {
    const hits = allTexts(proposal);
    for (const principle of PRINCIPLES) {
      const field = principle.field ? get(proposal, principle.field) : undefined;
      if (field && isGiven(field)) continue;
      // A field given as a placeholder ("Säkerhetsnivå: TBD") is not rescued by its own label in the
      // text; a text that names the principle only to deny it ("Systemet har inga öppna gränssnitt")
      // is where the finding goes.
      const said = field ? undefined : statedIn(proposal, hits, PHRASES.get(principle.messageId)!);
      if (said?.stated) continue;
      context.report({
        messageId: principle.messageId,
        ...(field ? { node: field } : { range: (said && !said.stated && said.range) || proposal.anchor }),
        clauses: principle.clauses,
        ...(principle.aim ? { severity: 'warn' as const } : {}),
      });
    }
  },
});
