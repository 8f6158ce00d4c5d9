/**
 * The language a proposal is written in: its `language` field, else the one whose
 * distinctive words its keys, headings and text use most.
 */
import type { Lang, MapNode, ModelNode, Section } from '../model/model.js';
import { LANGS } from '../model/model.js';
import { aliasLanguages, canonicalValue } from '../lexicon/vocabulary.js';
import { clauseCatalogue, isStrategy } from '../lexicon/clauses.js';

export function languageName(value: unknown): Lang | undefined {
  return typeof value === 'string' ? (canonicalValue('language', value) as Lang | undefined) : undefined;
}

function words(list: string): RegExp {
  return new RegExp(`(?<!\\p{L})(?:${list.split(' ').join('|')})(?!\\p{L})`, 'gu');
}

/** Words common in one language's administrative prose and rare in the other three. */
const MARKERS: Record<Lang, RegExp> = {
  en: words('the and of will with which is are project owner'),
  da: words('af hvad nogle efter ejer projektet kommunen vil blive gevinster løsning udvikling være ikke hvor'),
  sv: words('och att som för inte är med till ska kommunen projektet nytta lösning utveckling ägare också'),
  nb: words('av hva noen etter eier prosjektet kommunen vil bli gevinster løsning utvikling være ikke hvor skal også tjenester'),
};
/** Spellings only one of Danish and Norwegian uses: they break the tie between the two. */
const DA_ONLY = words('af ejer nogle hvad efter udvikling kommunens projektejer gevinstrealisering opfølgning omkostninger');
const NB_ONLY = words('av eier noen hva etter utvikling prosjekt prosjekteier oppfølging kostnader tjenester innbyggere');

/**
 * Keys and headings vote for the languages whose vocabulary they belong to: a short file says
 * more with "Prosjekteier" than with its prose.
 */
function vocabularyVotes(root: MapNode, sections: readonly Section[], score: Record<Lang, number>): void {
  const vote = (word: string | undefined): void => {
    const langs = word ? aliasLanguages(word) : undefined;
    if (!langs || langs.size > 2) return;
    for (const lang of langs) score[lang] += lang === 'en' ? 1 : 4 / langs.size;
  };
  const visit = (node: ModelNode): void => {
    vote(node.key);
    if (node.kind === 'map') node.entries.forEach(visit);
    else if (node.kind === 'list') node.items.forEach(visit);
  };
  root.entries.forEach(visit);
  for (const section of sections) vote(section.heading);
}

export function guessLanguage(root: MapNode, text: string, sections: readonly Section[] = []): Lang {
  const declared = languageName(scalarValue(root, 'language'));
  if (declared) return declared;
  const sample = (text.length > 20_000 ? text.slice(0, 20_000) : text).toLowerCase();
  const score = Object.fromEntries(LANGS.map((lang) => [lang, (sample.match(MARKERS[lang]) ?? []).length])) as Record<Lang, number>;
  if (/[äö]/.test(sample)) score.sv += 5;
  if (/[æø]/.test(sample)) {
    score.da += 5;
    score.nb += 5;
  }
  score.da += (sample.match(DA_ONLY) ?? []).length * 2;
  score.nb += (sample.match(NB_ONLY) ?? []).length * 2;
  vocabularyVotes(root, sections, score);
  const strategy = String(scalarValue(root, 'strategy') ?? '');
  if (isStrategy(strategy)) score[clauseCatalogue().strategies[strategy].language] += 6;
  let best: Lang = 'en';
  for (const lang of LANGS) if (score[lang] > score[best]) best = lang;
  return best;
}

function scalarValue(root: MapNode, key: string): unknown {
  const node = root.entries.get(key);
  return node?.kind === 'scalar' ? node.value : undefined;
}
