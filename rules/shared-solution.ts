/**
 * shared-solution — follow or explain: the proposal says whether it uses a shared public
 * solution (Esbjerg ESB-3.1a/b, ESB-8f; Stockholm STH-7; Nordfyns NFY-4; IKT Follo FLO-21).
 *
 * - `used`: names the solution(s) used (`solutions`, or a known component named in the
 *   section's text); a warning when what it names is no known shared component.
 * - `deviation`: names the shared `alternative` not used, at least one of Esbjerg's five
 *   `grounds`, and an `explanation`; under the Stockholm preset also the kommunstyrelse's
 *   `exception` decision.
 * - `none-available`: an `explanation` of what was checked.
 *
 * With no `status`, the section's text says it: deviation wording ("afviger", "använder inte",
 * "bruker ikke"), none-available wording ("findes ingen", "finns ingen gemensam"), or — with
 * neither — a known shared component named is `used`.
 * A status that is not one of the three is the `schema` rule's to report. Grounds count when
 * given as values or when their wording ("væsentligt dyrere", "försämrar säkerheten") stands
 * in the grounds or the explanation.
 */
import {
  aliasHits,
  allPhrases,
  allTexts,
  approvalBy,
  CITY_EXECUTIVE_BOARD,
  clauseAt,
  componentCatalogue,
  defineRule,
  DEVIATES_FROM_SHARED,
  EXCEPTION_DECIDED,
  fieldVocab,
  findPhrase,
  fulfilment,
  fulfils,
  get,
  isGiven,
  mentionsInText,
  namedComponent,
  NO_SHARED_SOLUTION,
  NOT_EXAMINED,
  opensWith,
  phraseMatches,
  polarityOf,
  rangeInText,
  SHARED_SOLUTION,
  textOf,
  textsOf,
  type TextHit,
  wordCount,
  strategyOfClause,
} from '../src/engine/rulekit.js';
import type { MapNode, ModelNode, Proposal, Range } from '../src/model/model.js';

/** The clauses a deviation's explanation rests on, in each of them (the engine cites those in force). */
const EXPLAIN_CLAUSES = ['ESB-3.1b', 'NFY-4', 'FLO-21'];
const EXCEPTION_DECIDED_WORDS = allPhrases(EXCEPTION_DECIDED);

/** Whether the texts say the exception was decided, and the kommunstyrelse decided it. */
function exceptionDecidedIn(hits: TextHit[]): boolean {
  return (
    fulfilment(hits, EXCEPTION_DECIDED_WORDS, { planned: 'none' }).fulfilled !== undefined &&
    approvalBy(hits, CITY_EXECUTIVE_WORDS, { planned: 'none' }).fulfilled !== undefined
  );
}

/** The strategies those clauses are of: where a deviation is explained. */
const FOLLOW_OR_EXPLAIN = EXPLAIN_CLAUSES.flatMap((clause) => strategyOfClause(clause) ?? []);

const GROUNDS = Object.entries(fieldVocab('sharedSolution.grounds')?.values ?? {});
const GROUND_VALUES = new Set(GROUNDS.map(([value]) => value));
const DEVIATE_WORDS = allPhrases(DEVIATES_FROM_SHARED);
const NONE_WORDS = allPhrases(NO_SHARED_SOLUTION);
const SHARED_WORD = allPhrases(SHARED_SOLUTION);
const CITY_EXECUTIVE_WORDS = allPhrases(CITY_EXECUTIVE_BOARD);
const NOT_EXAMINED_WORDS = allPhrases(NOT_EXAMINED);

function statusInProse(text: string): string {
  if (!text.trim()) return '';
  if (findPhrase(text, NONE_WORDS)) return 'none-available';
  // "Der er ikke behov for at afvige", "No deviation from …" deny a deviation (statement polarity).
  const deviations = mentionsInText(text, DEVIATE_WORDS);
  if (deviations.some((mention) => mention.polarity !== 'negated')) return 'deviation';
  // "Der findes ikke en fællesoffentlig løsning til …": the shared solution itself is denied.
  if (mentionsInText(text, SHARED_WORD).some((mention) => mention.polarity === 'negated')) return 'none-available';
  return namesComponent(text) || deviations.length ? 'used' : '';
}

/** What the proposal says of its shared solution, where it says it. */
interface Reading {
  status: string;
  /** Where findings about it point: the section's key or heading, or the sentence that says it. */
  at: { node: ModelNode; atKey: true } | { range: Range };
  field: (key: string) => ModelNode | undefined;
  prose: string;
  explained: boolean;
  /** The kommunstyrelse's exception is given as a decision taken. */
  excepted: boolean;
}

function sectionReading(proposal: Proposal, node: ModelNode): Reading {
  const map: MapNode | undefined = node.kind === 'map' ? node : undefined;
  const field = (key: string): ModelNode | undefined => (map ? get(map, key) : undefined);
  const explanation = field('explanation') ?? (node.kind === 'scalar' ? node : undefined);
  // The section's own paragraphs say it as well as an "Explanation:" label does.
  const prose = [textOf(explanation), ...(map ? textsOf(proposal, 'sharedSolution').map((hit) => hit.text) : [])].join('\n');
  const exception = field('exception');
  return {
    status: textOf(field('status')) || (isGiven(field('status')) ? '' : statusInProse(prose)),
    at: { node, atKey: true },
    field,
    prose,
    // "Forklaring: Ikke undersøgt" explains nothing.
    explained: isGiven(explanation) && !opensWith(textOf(explanation), NOT_EXAMINED_WORDS),
    // "Kommunstyrelsen har beslutat om undantag … (KS 2026-10-21 § 31)" in the section's own
    // paragraphs is the decision as an "Undantag:" label is — an exception decided, by the
    // kommunstyrelse (not "godkänts av projektets styrgrupp, och kommunstyrelsen informeras").
    excepted:
      (isGiven(exception) && fulfils(polarityOf(textOf(exception)), { planned: 'none' })) ||
      (map !== undefined && exceptionDecidedIn(textsOf(proposal, 'sharedSolution'))),
  };
}

/**
 * With no shared-solution section or key, a sentence anywhere says it, under whatever heading:
 * one that names a shared component as not used, or a deviation from one ("Vi använder inte
 * stadens e-tjänstplattform"), is a deviation, to be justified in its paragraph; else one that
 * names a component as used (affirmed, or planned: the proposal describes a system to come) —
 * "Søker logger inn med ID-porten" — states the status used. A sentence that names a component
 * in a denial uses nothing.
 */
function anywhereReading(proposal: Proposal): Reading | undefined {
  const { components } = componentCatalogue();
  const hits = allTexts(proposal);
  const none = (): undefined => undefined;
  for (const hit of hits) {
    const denied = aliasHits(hit.text, components).find(({ index }) => clauseAt(hit.text, index)?.polarity === 'negated');
    const deviates = mentionsInText(hit.text, DEVIATE_WORDS).find(
      (mention) => mention.polarity !== 'negated' && (namesComponent(mention.clause.text) || phraseMatches(mention.clause.text, SHARED_WORD).length > 0),
    );
    const index = denied?.index ?? deviates?.index;
    const clause = index === undefined ? undefined : clauseAt(hit.text, index);
    if (index === undefined || !clause) continue;
    return {
      status: 'deviation',
      at: { range: rangeInText(proposal, hit, clause.sentence.index, clause.sentence.length) },
      field: none,
      prose: hit.text,
      explained: wordCount(hit.text.replace(hit.text.slice(clause.sentence.index, clause.sentence.index + clause.sentence.length), '')) >= 8,
      excepted: approvalBy([hit], CITY_EXECUTIVE_WORDS, { planned: 'none' }).fulfilled !== undefined,
    };
  }
  const used = hits.find((hit) =>
    aliasHits(hit.text, components).some(({ index }) => {
      const clause = clauseAt(hit.text, index);
      return clause !== undefined && fulfils(clause.polarity, { planned: 'any' });
    }),
  );
  return used ? { status: 'used', at: { range: used.range }, field: none, prose: used.text, explained: true, excepted: true } : undefined;
}

/** A name this short that matches no component is probably not a shared one; longer text may describe one. */
const SHORT_NAME = 80;

function givenTexts(node: ModelNode | undefined): { node: ModelNode; text: string }[] {
  const items = node?.kind === 'list' ? node.items : node ? [node] : [];
  return items.filter(isGiven).map((item) => ({ node: item, text: textOf(item) }));
}

/**
 * The shared alternative named in a sentence rather than under "Alternativ:": a shared-solution
 * word followed, in the same sentence, by a name — a capitalised word or a parenthesis ("en
 * fælleskommunal bookingløsning (KOMBIT's Lokale- og ressourcebooking)", "den nasjonale
 * løsningen Fellestjenester BYGG"). "den fællesoffentlige løsning, da …" names none.
 */

function namesAlternative(text: string): boolean {
  for (const match of phraseMatches(text, SHARED_WORD)) {
    const end = match.index + match.matched.length;
    const after = text.slice(end, end + 60);
    if (/^[^.!?\n]{0,60}?(?:\(|[«"“]|\s\p{Lu})/u.test(after)) return true;
  }
  return false;
}

/** The text of a located value as written (one or more lines). */
function textAt(source: string, range: { line: number; column: number; endLine: number; endColumn: number }): string {
  const lines = source.split(/\r?\n/).slice(range.line - 1, range.endLine);
  if (!lines.length) return '';
  lines[lines.length - 1] = lines[lines.length - 1]!.slice(0, range.endColumn - 1);
  lines[0] = lines[0]!.slice(range.column - 1);
  return lines.join('\n');
}

function namesComponent(text: string): boolean {
  return namedComponent(text, componentCatalogue().components) !== undefined;
}

export default defineRule({
  meta: {
    id: 'shared-solution',
    description: 'The proposal says whether it uses a shared public solution, and explains a deviation with the grounds the strategy allows.',
    clauses: ['ESB-3.1a', 'ESB-3.1b', 'ESB-8f', 'STH-7', 'NFY-4', 'FLO-21'],
    severity: 'error',
    // A deviation needs the kommunstyrelse's exception under Stockholm's programme (STH-7).
    // A deviation is explained ("følg eller forklar": ESB-3.1b, ESB-8f; the shared initiatives of
    // NFY-4 and the national components of FLO-21) — except under Stockholm, where it rests on the
    // kommunstyrelse's exception (STH-7), and Oskarshamn, which has no shared-solution clause.
    appliesTo: {
      messages: { noException: ['stockholm'] },
      messagesInForce: {
        // Stockholm forbids duplicating the city's common solutions (common-platforms reports
        // that) but asks no proposal to state which shared solution it uses.
        missing: FOLLOW_OR_EXPLAIN,
        noGrounds: FOLLOW_OR_EXPLAIN,
        noAlternative: FOLLOW_OR_EXPLAIN,
        noExplanation: FOLLOW_OR_EXPLAIN,
        noneNoExplanation: FOLLOW_OR_EXPLAIN,
      },
    },
    messages: {
      en: {
        missing:
          'Say whether the project uses a shared public solution: add "sharedSolution" (in Markdown a "Shared solution" section) with status used, deviation or none-available — follow or explain.',
        noStatus: '"{key}" does not say whether a shared public solution is used: add "Status: used", "Status: deviation" or "Status: none-available".',
        noSolutions: 'Name the shared public solutions the project uses ("Solutions: …"), e.g. MitID, Digital Post, BankID, ID-porten.',
        unknownComponent:
          '"{value}" does not name a known shared public component: name the component itself (e.g. MitID, Mina meddelanden, ID-porten), so the reviewer can check it.',
        noAlternative: 'Name the shared public solution the project deviates from ("Alternative: …") — follow or explain.',
        noGrounds:
          'Give at least one of the grounds for deviating ("Grounds: …"): the shared solution is significantly more expensive, weakens security, causes significant functional deterioration, markedly lengthens implementation, or conflicts with other obligations.',
        noExplanation: 'Explain the circumstances of the deviation ("Explanation: …"): why the shared solution cannot be used here.',
        noException:
          'A function the city already has as a common solution may be duplicated only with the kommunstyrelse\'s exception: give the decision ("Exception: …", with date and reference).',
        noneNoExplanation:
          'Say what was checked to conclude that no shared public solution exists ("Explanation: …"), e.g. which catalogues and components were looked at.',
      },
      da: {
        missing:
          'Angiv, om projektet anvender en fællesoffentlig løsning: tilføj "{field:sharedSolution}" (i Markdown et afsnit "Fællesoffentlig løsning") med status anvendes, afviger eller ingen findes — følg eller forklar.',
        noStatus: '"{key}" siger ikke, om der anvendes en fællesoffentlig løsning: tilføj "Status: anvendes", "Status: afviger" eller "Status: ingen findes".',
        noSolutions: 'Angiv de fællesoffentlige løsninger, projektet anvender ("Løsninger: …"), f.eks. MitID, Digital Post, Serviceplatformen.',
        unknownComponent:
          '"{value}" er ikke en kendt fællesoffentlig løsning: angiv selve komponenten (f.eks. MitID, Digital Post, NemLog-in), så den kan efterprøves.',
        noAlternative: 'Angiv den fællesoffentlige løsning, projektet afviger fra ("Alternativ: …") — følg eller forklar.',
        noGrounds:
          'Angiv mindst én af begrundelserne for at fravige ("Begrundelse: …"): den fællesoffentlige løsning er væsentligt dyrere, svækker sikkerhedsniveauet, medfører væsentlig funktionel forringelse, øger implementeringstiden markant eller medfører konflikter i forhold til andre forpligtelser.',
        noExplanation: 'Forklar omstændighederne ved afvigelsen ("Forklaring: …"): hvorfor den fællesoffentlige løsning ikke kan bruges her.',
        noException:
          'En funktion, byen allerede har som fælles løsning, må kun dubleres med kommunstyrelsens undtagelse: angiv beslutningen ("Undtagelse: …", med dato og journalnummer).',
        noneNoExplanation: 'Beskriv, hvad der er undersøgt for at konkludere, at der ikke findes en fællesoffentlig løsning ("Forklaring: …").',
      },
      sv: {
        missing:
          'Ange om projektet använder en gemensam lösning: lägg till "{field:sharedSolution}" (i Markdown ett avsnitt "Gemensam lösning") med status används, avviker eller finns ingen — följ eller förklara.',
        noStatus: '"{key}" säger inte om en gemensam lösning används: lägg till "Status: används", "Status: avviker" eller "Status: finns ingen".',
        noSolutions:
          'Ange de gemensamma lösningar projektet använder ("Lösningar: …"), t.ex. stadens e-tjänstplattform, id-portalen, BankID, Mina meddelanden.',
        unknownComponent:
          '"{value}" är ingen känd gemensam lösning: ange själva komponenten (t.ex. stadens e-tjänstplattform, id-portalen, Mina meddelanden), så att den kan prövas.',
        noAlternative: 'Ange den gemensamma lösning projektet avviker från ("Alternativ: …") — följ eller förklara.',
        noGrounds:
          'Ange minst ett av skälen för att avvika ("Skäl: …"): den gemensamma lösningen är väsentligt dyrare, försämrar säkerheten, medför väsentlig funktionell försämring, ökar implementeringstiden markant eller medför konflikter med andra åtaganden.',
        noExplanation: 'Förklara omständigheterna kring avvikelsen ("Förklaring: …"): varför den gemensamma lösningen inte kan användas här.',
        noException:
          'Det är inte tillåtet att etablera dubblerande funktioner där staden har gemensamma lösningar om inte kommunstyrelsen beslutar om undantag: ange beslutet ("Undantag: …", med datum och diarienummer).',
        noneNoExplanation: 'Beskriv vad som har undersökts för att konstatera att det inte finns någon gemensam lösning ("Förklaring: …").',
      },
      nb: {
        missing:
          'Oppgi om prosjektet bruker en fellesløsning: legg til "{field:sharedSolution}" (i Markdown et avsnitt "Fellesløsning") med status brukes, avvik eller ingen finnes — følg eller forklar.',
        noStatus: '"{key}" sier ikke om en fellesløsning brukes: legg til "Status: brukes", "Status: avvik" eller "Status: ingen finnes".',
        noSolutions: 'Oppgi fellesløsningene prosjektet bruker ("Løsninger: …"), f.eks. ID-porten, Altinn, SvarUt, Digital postkasse.',
        unknownComponent: '"{value}" er ingen kjent felleskomponent: oppgi selve komponenten (f.eks. ID-porten, Altinn, SvarUt), så den kan etterprøves.',
        noAlternative: 'Oppgi fellesløsningen prosjektet avviker fra ("Alternativ: …") — følg eller forklar.',
        noGrounds:
          'Oppgi minst én av grunnene for å avvike ("Grunner: …"): fellesløsningen er vesentlig dyrere, svekker sikkerhetsnivået, gir vesentlig funksjonell forringelse, øker implementeringstiden markant eller gir konflikt med andre forpliktelser.',
        noExplanation: 'Forklar omstendighetene ved avviket ("Forklaring: …"): hvorfor fellesløsningen ikke kan brukes her.',
        noException:
          'En funksjon byen allerede har som felles løsning, kan bare dupliseres med kommunstyrelsens unntak: oppgi vedtaket ("Unntak: …", med dato og saksnummer).',
        noneNoExplanation: 'Beskriv hva som er undersøkt for å slå fast at det ikke finnes noen fellesløsning ("Forklaring: …").',
      },
    },
  },
  check(proposal, context) {
    const node = get(proposal, 'sharedSolution');
    const reading = node ? sectionReading(proposal, node) : anywhereReading(proposal);
    if (!reading) {
      context.report({ messageId: 'missing', missing: 'sharedSolution' });
      return;
    }
    const { at, field, prose } = reading;

    /** A warning when none of the names is a known component and they are short enough to be names. */
    const checkNamed = (names: { node: ModelNode; text: string }[], named: ModelNode): void => {
      if (names.some(({ text }) => namesComponent(text))) return;
      const text = names.map(({ text }) => text).join(', ');
      if (text.length <= SHORT_NAME) context.report({ messageId: 'unknownComponent', node: named, data: { value: text }, severity: 'warn' });
    };

    switch (reading.status) {
      case '':
        context.report({ messageId: 'noStatus', ...at, data: { key: node?.key ?? 'sharedSolution' } });
        return;
      case 'used': {
        const solutions = givenTexts(field('solutions'));
        if (solutions.length) checkNamed(solutions, field('solutions')!);
        else if (!namesComponent(prose)) context.report({ messageId: 'noSolutions', ...at });
        return;
      }
      case 'deviation': {
        const alternative = givenTexts(field('alternative'));
        if (alternative.length) checkNamed(alternative, field('alternative')!);
        else if (!namesComponent(prose) && !namesAlternative(prose)) context.report({ messageId: 'noAlternative', ...at, clauses: EXPLAIN_CLAUSES });

        const grounds = givenTexts(field('grounds')).map(({ text }) => text);
        // "Begrundelse: <a sentence naming the grounds>": the loader keeps the grounds it names,
        // and the sentence explains the circumstances as well.
        const groundsNode = field('grounds');
        const sentence = groundsNode?.kind === 'list' && proposal.format !== 'yaml' ? textAt(proposal.source, groundsNode.range) : '';
        const written = [...grounds.filter((text) => !GROUND_VALUES.has(text)), ...(wordCount(sentence) >= 8 ? [sentence] : [])].join('\n');
        const worded = GROUNDS.some(([, phrases]) => findPhrase(`${written}\n${prose}`, phrases));
        // Where the author gave the reason ("explanation: Vi anvender ikke Digital Post …, men …") is where it falls short.
        const reason = field('explanation');
        if (!grounds.some((text) => GROUND_VALUES.has(text)) && !worded)
          context.report({ messageId: 'noGrounds', ...(reason ? { node: reason } : at), clauses: EXPLAIN_CLAUSES });
        // "Begrundelse: Løsningen kan ikke …" is an explanation written under the grounds' label.
        if (!reading.explained && !written.trim()) context.report({ messageId: 'noExplanation', ...at, clauses: [...EXPLAIN_CLAUSES, 'ESB-8f'] });
        // An exception that is still to be asked for ("ska begäras") is no decision (statement polarity).
        if (!reading.excepted) context.report({ messageId: 'noException', ...at, clauses: ['STH-7'] });
        return;
      }
      case 'none-available':
        if (!reading.explained) context.report({ messageId: 'noneNoExplanation', ...at, clauses: ['ESB-8f', 'NFY-4', 'FLO-21'] });
        return;
      default:
        return;
    }
  },
});
