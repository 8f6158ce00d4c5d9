/**
 * noark — solutions that handle records build on a Noark 5 core and follow the approved
 * preservation and disposal plans (IKT Follo FLO-18). The rule applies when the proposal has
 * an `archive` field or its text speaks of case handling, registering or archiving records.
 */
import {
  allPhrases,
  allTexts,
  defineRule,
  firstHit,
  get,
  NOARK,
  phraseMatches,
  PRESERVATION,
  RECORDS_MANAGEMENT,
  statedIn,
  textsOf,
} from '../src/engine/rulekit.js';

const RECORDS_WORDS = allPhrases(RECORDS_MANAGEMENT);
const NOARK_WORDS = allPhrases(NOARK);
const PRESERVATION_WORDS = allPhrases(PRESERVATION);

export default defineRule({
  meta: {
    id: 'noark',
    description: 'A solution that handles records builds on a Noark 5 core and follows the preservation and disposal plans.',
    clauses: ['FLO-18'],
    severity: 'warn',
    messages: {
      en: {
        missingArchive:
          'The solution handles records ("{word}") but says nothing about archiving: add "archive" saying how records reach a Noark 5 core (e.g. the municipality\'s case and archive system) and that the preservation and disposal plans are followed.',
        noNoark: '"{key}" does not mention Noark 5: say how the records are kept in or exported to a Noark 5 core (e.g. through the case and archive system).',
        noPreservation:
          'Say how the approved preservation and disposal plans are followed: what is kept, what is disposed of and when, and how it is deposited.',
      },
      da: {
        missingArchive:
          'Løsningen håndterer sager eller dokumenter ("{word}"), men siger intet om arkivering: tilføj "arkiv", der siger, hvordan dokumenterne når en Noark 5-kerne, og at bevarings- og kassationsplanerne følges.',
        noNoark: '"{key}" nævner ikke Noark 5: skriv, hvordan dokumenterne gemmes i eller overføres til en Noark 5-kerne.',
        noPreservation:
          'Skriv, hvordan de godkendte bevarings- og kassationsplaner følges: hvad der bevares, hvad der kasseres hvornår, og hvordan det afleveres.',
      },
      sv: {
        missingArchive:
          'Lösningen hanterar ärenden eller handlingar ("{word}") men säger inget om arkivering: lägg till "arkiv" som säger hur handlingarna når en Noark 5-kärna och att bevarande- och gallringsplanerna följs.',
        noNoark: '"{key}" nämner inte Noark 5: skriv hur handlingarna lagras i eller förs över till en Noark 5-kärna.',
        noPreservation:
          'Skriv hur de godkända bevarande- och gallringsplanerna följs: vad som bevaras, vad som gallras och när, och hur det levereras till arkivet.',
      },
      nb: {
        missingArchive:
          'Løsningen behandler saker eller dokumenter ("{word}"), men sier ingenting om arkiv: legg til "arkiv" som sier hvordan arkivverdige dokumenter kommer inn i en Noark 5-kjerne (f.eks. sak-/arkivsystemet), og at bevarings- og kassasjonsplanene følges.',
        noNoark: '"{key}" nevner ikke Noark 5: skriv hvordan dokumentene lagres i eller overføres til en Noark 5-kjerne (f.eks. via sak-/arkivsystemet).',
        noPreservation:
          'Skriv hvordan de godkjente bevarings- og kassasjonsplanene følges: hva som bevares, hva som kasseres når, og hvordan det avleveres til depot.',
      },
    },
  },
  check(proposal, context) {
    const archive = get(proposal, 'archive');
    const everywhere = allTexts(proposal);
    const records = firstHit(everywhere, RECORDS_WORDS);
    if (!archive && !records) return;
    // With an archive field, that is where archiving is described; without, anywhere will do.
    const region = archive ? textsOf(proposal, 'archive') : everywhere;
    // "Det er ikke planlagt arkivering i sak-arkivsystemet": named, not stated — the finding is there.
    const noark = statedIn(proposal, region, NOARK_WORDS);
    const preservation = statedIn(proposal, region, PRESERVATION_WORDS);
    if (!archive) {
      const word = phraseMatches(records!.text, RECORDS_WORDS)[0]!.matched;
      if (!noark.stated) context.report({ messageId: 'missingArchive', ...(noark.range ? { range: noark.range } : { missing: 'archive' }), data: { word } });
      else if (!preservation.stated)
        context.report({ messageId: 'noPreservation', ...(preservation.range ? { range: preservation.range } : { missing: 'archive' }) });
      return;
    }
    const at = { node: archive, atKey: true, data: { key: archive.key ?? 'archive' } };
    if (!noark.stated) context.report({ messageId: 'noNoark', ...at });
    if (!preservation.stated) context.report({ messageId: 'noPreservation', ...at });
  },
});
