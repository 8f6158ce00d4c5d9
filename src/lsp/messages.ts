/** The language server's own words (code-action titles, hover headings), in the four languages. */
import { LANGS, type Lang } from '../model/model.js';
import { render } from '../engine/render.js';

const MESSAGES = {
  fix: { en: 'Fix: {message}', da: 'Ret: {message}', sv: 'Åtgärda: {message}', nb: 'Rett: {message}' },
  howToFix: { en: 'How to fix', da: 'Sådan retter du det', sv: 'Så åtgärdar du det', nb: 'Slik retter du det' },
  config: {
    en: 'The itstrat configuration cannot be used, so this file is not linted: {detail}',
    da: 'itstrat-konfigurationen kan ikke bruges, så filen kontrolleres ikke: {detail}',
    sv: 'itstrat-konfigurationen kan inte användas, så filen granskas inte: {detail}',
    nb: 'itstrat-konfigurasjonen kan ikke brukes, så filen kontrolleres ikke: {detail}',
  },
} satisfies Record<string, Record<Lang, string>>;

export type ServerMessage = keyof typeof MESSAGES;

export function serverMessage(id: ServerMessage, language: Lang, data: Record<string, string> = {}): string {
  return render(MESSAGES[id][language], data, language);
}

/** The itstrat language of an editor's locale ("da", "sv-SE", "nb-NO", "no", "nn", "en-GB"); undefined for any other. */
export function languageOfLocale(locale: string | undefined): Lang | undefined {
  const primary = locale?.toLowerCase().split(/[-_]/)[0];
  const lang = LANGS.find((code) => code === primary);
  if (lang) return lang;
  if (primary === 'no' || primary === 'nn') return 'nb';
  return undefined;
}
