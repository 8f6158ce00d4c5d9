/**
 * shared-component-duplication — the proposal does not build a function that a shared public
 * component of its country provides (its own login, digital mailbox, forms portal, register
 * copy, archive, signing …) without naming that component or explaining the deviation
 * (Esbjerg ESB-3.1a/b, Stockholm STH-7, Nordfyns NFY-4, IKT Follo FLO-21).
 *
 * Where it looks: every text of the proposal, for the words of src/lexicon/duplication.ts in
 * the proposal's language, its country's and English. A function's terms count on their own,
 * its weak terms only in a sentence with a build verb. The function is silenced when any text names a
 * component of the country that provides it (data/components.json; a name inside the
 * duplication phrase itself, "kopi af CPR", does not count), or when `sharedSolution` records
 * a deviation or "none available" with an explanation that covers it. One finding per
 * function, at the first place the proposal describes it.
 */
import {
  aliasHits,
  allTexts,
  clauseCatalogue,
  componentCatalogue,
  type Country,
  deepText,
  defineRule,
  type DuplicationHit,
  duplicationHits,
  type DuplicationOptions,
  get,
  inEveryLanguage,
  isGiven,
  proposalCountries,
  rangeInText,
  type SharedComponent,
  strategyOfClause,
  type TextHit,
  textOf,
  texts,
} from '../src/engine/rulekit.js';
import type { Lang, Proposal, Range } from '../src/model/model.js';

const LANGUAGE: Record<Country, Lang> = { DK: 'da', SE: 'sv', NO: 'nb' };
const CLAUSES = ['ESB-3.1a', 'ESB-3.1b', 'STH-7', 'NFY-4', 'FLO-21'];
/** Component names in a message, per country. */
const NAMES_PER_COUNTRY = 3;

/** "BankID (Sverige)" → "BankID", "SvarUt / SvarInn (KS Fiks)" → "SvarUt", "CPR — Det Centrale Personregister" → "CPR". */
function shortName(component: SharedComponent): string {
  return component.name.split(/\s+[(/–—]/)[0]!.trim();
}

/**
 * The components to name in the message: the city's own platform first (Stockholm), then the
 * national ones; no historic ones, no variants of a name already given ("MitID Erhverv").
 */
function suggestion(fn: string, components: readonly SharedComponent[], countries: readonly Country[]): string {
  const groups = countries.flatMap((country) => {
    const names: string[] = [];
    const candidates = components
      .filter((component) => component.country === country && component.functions.includes(fn) && !component.historic)
      .sort((a, b) => Number(b.scope !== 'national') - Number(a.scope !== 'national'));
    for (const component of candidates) {
      const name = shortName(component);
      if (names.length < NAMES_PER_COUNTRY && !names.some((given) => name === given || name.startsWith(`${given} `))) names.push(name);
    }
    return names.length ? [{ country, names }] : [];
  });
  if (groups.length === 1) return groups[0]!.names.join('/');
  return groups.map(({ country, names }) => `${names.join('/')} (${country})`).join(', ');
}

/** The clauses a finding rests on: those of the strategies in force, else of the country's strategies. */
function clausesFor(strategies: ReadonlySet<string>, countries: readonly Country[]): string[] {
  const catalogue = clauseCatalogue().strategies;
  const ofStrategy = CLAUSES.filter((clause) => strategies.has(strategyOfClause(clause) ?? ''));
  if (ofStrategy.length) return ofStrategy;
  const ofCountry = CLAUSES.filter((clause) => {
    const strategy = strategyOfClause(clause);
    return strategy !== undefined && countries.includes(catalogue[strategy].country);
  });
  return ofCountry.length ? ofCountry : CLAUSES;
}

/** Whether the span [index, index + length) lies inside [outer, outer + outerLength). */
function within(index: number, length: number, outer: number, outerLength: number): boolean {
  return index >= outer && index + length <= outer + outerLength;
}

interface Reading {
  /** Duplication words, except inside a component's name ("portal" in "stadens id-portal"). */
  duplications: DuplicationHit[];
  /** Components the text names, except inside a duplication phrase ("CPR" in "kopi af CPR"). */
  named: SharedComponent[];
}

/** What one text says: the duplication words it uses and the components it names. */
function read(text: string, langs: readonly Lang[], options: DuplicationOptions): Reading {
  const names = aliasHits(text, componentCatalogue().components);
  const duplications = duplicationHits(text, langs, options).filter((d) => !names.some((name) => within(d.index, d.matched.length, name.index, name.length)));
  const named = names.filter((name) => !duplications.some((d) => within(name.index, name.length, d.index, d.matched.length))).map((name) => name.component);
  return { duplications, named };
}

/**
 * The functions a recorded deviation (or "none available") with an explanation covers: those
 * its text names a component or duplication words of; one that names neither covers all.
 */
function coveredByDeviation(proposal: Proposal, langs: readonly Lang[]): Set<string> | 'all' | undefined {
  const node = get(proposal, 'sharedSolution');
  const status = textOf(get(proposal, 'sharedSolution.status'));
  if (!node || (status !== 'deviation' && status !== 'none-available')) return undefined;
  if (!isGiven(get(proposal, 'sharedSolution.explanation')) && !isGiven(get(proposal, 'sharedSolution.exception'))) return undefined;
  const { duplications, named } = read(deepText(node), langs, { weakAlone: true });
  const covered = new Set([...duplications.map((d) => d.fn), ...named.flatMap((component) => component.functions)]);
  return covered.size ? covered : 'all';
}

interface Candidate {
  hit: TextHit;
  duplication: DuplicationHit;
  range: Range;
}

export default defineRule({
  meta: {
    id: 'shared-component-duplication',
    description:
      'The proposal does not build its own login, digital post, forms portal, register copy, archive or signing where a shared public component provides it, unless it names the component or explains the deviation.',
    clauses: CLAUSES,
    severity: 'warn',
    // Under Stockholm's programme a duplicate needs the kommunstyrelse's exception (STH-7).
    appliesTo: { variants: { duplicate: { strategies: ['stockholm'], messageId: 'duplicateStockholm' } } },
    messages: {
      en: {
        duplicate:
          'The proposal describes its own solution for {function} («{phrase}»). Use {components}, or explain the deviation under "Shared solution" (sharedSolution).',
        duplicateStockholm:
          'The proposal describes its own solution for {function} («{phrase}»). Duplicating functions where the city has common solutions needs the kommunstyrelse\'s exception: use {components}, or give the exception decision under "Shared solution" (sharedSolution.exception).',
      },
      da: {
        duplicate:
          'Forslaget beskriver en egen løsning til {function} («{phrase}»). Brug {components}, eller forklar afvigelsen under Fællesoffentlig løsning.',
        duplicateStockholm:
          'Forslaget beskriver en egen løsning til {function} («{phrase}»). Funktioner, byen har fælles løsninger til, må kun dubleres med kommunstyrelsens undtagelse: brug {components}, eller angiv beslutningen om undtagelse under Fællesoffentlig løsning.',
      },
      sv: {
        duplicate: 'Förslaget beskriver en egen lösning för {function} («{phrase}»). Använd {components}, eller förklara avvikelsen under Gemensam lösning.',
        duplicateStockholm:
          'Förslaget beskriver en egen lösning för {function} («{phrase}»). Dubblerande funktioner där staden har gemensamma lösningar kräver kommunstyrelsens beslut om undantag: använd {components}, eller ange undantagsbeslutet under Gemensam lösning.',
      },
      nb: {
        duplicate: 'Forslaget beskriver en egen løsning for {function} («{phrase}»). Bruk {components}, eller forklar avviket under Fellesløsning.',
        duplicateStockholm:
          'Forslaget beskriver en egen løsning for {function} («{phrase}»). Funksjoner byen har felles løsninger for, kan bare dupliseres med kommunstyrelsens unntak: bruk {components}, eller oppgi unntaksvedtaket under Fellesløsning.',
      },
    },
  },
  check(proposal, context) {
    const countries = proposalCountries(proposal, context.strategies);
    // A city's own platform (a component whose scope is a strategy, data/components.json)
    // counts only under that strategy.
    const cityOwn = (component: SharedComponent): boolean => component.scope !== 'national' && context.strategies.has(component.scope);
    const { components: catalogue, functions: names } = componentCatalogue();
    // Components that count when named: the country's, the city platforms included (a
    // proposal naming "stadens e-tjänstplattform" uses a common platform). Components to
    // suggest, and so the functions to look for: the city's own only under its strategy.
    const ofCountry = catalogue.filter((component) => countries.includes(component.country as Country));
    const suggested = ofCountry.filter((component) => component.scope === 'national' || cityOwn(component));
    // Under Stockholm's strategy, what the city's own platforms provide (e-services, login,
    // decision support) is `common-platforms`'s to report (STH-7), so it is not reported twice.
    const cityFunctions = new Set(catalogue.filter(cityOwn).flatMap((component) => component.functions));
    const functions = Object.keys(names).filter((fn) => !cityFunctions.has(fn) && suggested.some((component) => component.functions.includes(fn)));
    // The proposal's language, the language of its country (a short Danish text can pass for
    // Norwegian), and English.
    const langs = [...new Set<Lang>([proposal.language, ...countries.map((country) => LANGUAGE[country]), 'en'])];

    const covered = coveredByDeviation(proposal, langs);
    if (covered === 'all') return;

    // Prose first; the text of sections that fill a field, and headings, only where no field
    // holds it (allTexts repeats field values).
    const primary = texts(proposal);
    const seen = new Set(primary.map((hit) => hit.range));
    const extra = allTexts(proposal).filter((hit) => !seen.has(hit.range));
    const found = new Map<TextHit, DuplicationHit[]>();
    const named = new Set<string>();
    for (const hit of [...primary, ...extra]) {
      const reading = read(hit.text, langs, { functions });
      found.set(hit, reading.duplications);
      for (const component of reading.named) if (ofCountry.includes(component)) for (const fn of component.functions) named.add(fn);
    }

    const first = (hits: readonly TextHit[], fn: string): Candidate | undefined => {
      // In a text the first duplication is the one written first: only it is located (locating
      // each of thousands would search the text thousands of times).
      const candidates = hits.flatMap((hit) => {
        let earliest: DuplicationHit | undefined;
        for (const d of found.get(hit) ?? []) if (d.fn === fn && (!earliest || d.index < earliest.index)) earliest = d;
        return earliest ? [{ hit, duplication: earliest, range: rangeInText(proposal, hit, earliest.index, earliest.matched.length) }] : [];
      });
      return candidates.sort((a, b) => a.range.line - b.range.line || a.range.column - b.range.column)[0];
    };

    const clauses = clausesFor(context.strategies, countries);
    for (const fn of functions) {
      if (named.has(fn) || covered?.has(fn)) continue;
      const candidate = first(primary, fn) ?? first(extra, fn);
      if (!candidate) continue;
      context.report({
        messageId: 'duplicate',
        range: candidate.range,
        clauses,
        // A reading of prose, not a missing field: a warning even where the clause says "must".
        severity: 'warn',
        data: {
          function: inEveryLanguage((lang) => names[fn]?.[lang] ?? fn),
          phrase: candidate.duplication.matched.replace(/\s+/g, ' '),
          components: suggestion(fn, suggested, countries),
        },
      });
    }
  },
});
