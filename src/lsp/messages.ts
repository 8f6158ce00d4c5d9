/** The language server's own words (code-action titles, hover headings), in the four languages. */
import { LANGS, type Lang } from '../model/model.js';
import { render } from '../engine/render.js';
import { words } from '../lexicon/words.js';

const MESSAGES = {
  fix: words('lsp-messages', 'MESSAGES/fix'),
  howToFix: words('lsp-messages', 'MESSAGES/howToFix'),
  config: words('lsp-messages', 'MESSAGES/config'),
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
