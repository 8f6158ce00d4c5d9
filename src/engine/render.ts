import { fieldName } from '../lexicon/field-names.js';
import { LANGS, type Lang } from '../model/model.js';

/** A placeholder's value: text or a number as it is, or a word of the tool's own in every language. */
export type Datum = string | number | Readonly<Record<Lang, string>>;

function datumIn(value: Datum, lang: Lang): string {
  return typeof value === 'object' ? value[lang] : String(value);
}

/**
 * Fill the placeholders of a message template in `lang`: `{name}` with the datum `name` (a
 * localised datum in `lang`); `{field:security.securityLevel}` with that field as the author's
 * template names it in `lang`, and `{path:name}` likewise with the field path the datum `name`
 * holds (`followUp.metrics[3].method`), so no Danish, Swedish or Norwegian message shows an
 * English field path.
 */
export function render(template: string, data: Readonly<Record<string, Datum>> = {}, lang: Lang = 'en'): string {
  return template.replace(/\{(?:(field|path):)?([\w.[\]]+)\}/g, (whole, kind: string | undefined, name: string) => {
    if (kind === 'field') return fieldName(name, lang);
    if (!Object.hasOwn(data, name)) return whole;
    return kind === 'path' ? fieldName(datumIn(data[name]!, 'en'), lang) : datumIn(data[name]!, lang);
  });
}

/** A word or phrase of the tool's own in every language, for message data. */
export function inEveryLanguage(word: (lang: Lang) => string): Readonly<Record<Lang, string>> {
  return Object.fromEntries(LANGS.map((lang) => [lang, word(lang)])) as Record<Lang, string>;
}

/** Whether a value read back from a file (cache, baseline) is message data. */
export function isMessageData(value: unknown): value is Record<string, Datum> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  return Object.values(value).every(
    (datum) =>
      typeof datum === 'string' ||
      (typeof datum === 'number' && Number.isFinite(datum)) ||
      (datum !== null && typeof datum === 'object' && LANGS.every((lang) => typeof (datum as Record<string, unknown>)[lang] === 'string')),
  );
}

/**
 * The data of a finding as one language-neutral string, keys sorted and localised values in
 * English: what identifies a finding across `--lang` for baselines, fingerprints and the cache.
 */
export function neutralData(data: Readonly<Record<string, Datum>> | undefined): string {
  if (!data) return '';
  return Object.keys(data)
    .sort(byText)
    .map((key) => `${key}=${datumIn(data[key]!, 'en')}`)
    .join('\u0001');
}

/**
 * Code-unit order: the same on every machine, and it does not load ICU's collator, which
 * `localeCompare` does at a cost felt in start-up.
 */
export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
