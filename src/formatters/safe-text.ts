/**
 * Text from a proposal (keys, values, headings), a file name or a plugin's metadata, made safe
 * to show: the one neutraliser every formatter passes such text through (SECURITY.md).
 *
 * `visible` writes each character that could act rather than be read as its escape, `\u001b`:
 * C0 controls (ESC starts terminal escape sequences that move the cursor, erase lines, hide
 * text or set window titles; CR returns to the line's start and overwrites it; BEL; NUL), DEL,
 * C1 controls (U+009B is a one-byte CSI on some terminals), the bidirectional embeddings,
 * overrides and isolates U+202A–U+202E and U+2066–U+2069 that reorder what is shown
 * ("Trojan Source", CVE-2021-42574), and the line and paragraph separators U+2028/U+2029. Tab
 * stays; a newline stays only where the format asks for it.
 *
 * `markdownText` then escapes what Markdown or HTML would read as markup — a backslash before
 * Markdown's punctuation, an entity for `&`, `<` and `>` — so text cannot open an image, a link,
 * an autolink (`https://`, `www.`, `user@host`), raw HTML, a heading, emphasis or a table cell.
 */

const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_KEEP_NEWLINE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function escaped(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * The text with every control and bidi character written as `\uXXXX`. `newlines: true` keeps
 * line breaks (a CR LF pair becomes one LF; a CR alone, which overwrites the line, is escaped).
 */
export function visible(text: string, options: { newlines?: boolean } = {}): string {
  return options.newlines ? text.replace(/\r\n/g, '\n').replace(UNSAFE_KEEP_NEWLINE, escaped) : text.replace(UNSAFE, escaped);
}

/**
 * ASCII punctuation that opens something in CommonMark, GFM or GitHub's renderer — escapes,
 * code, emphasis, links and images (`[`, `]`, `!`), table cells, strikethrough, headings, math
 * (`$`), email autolinks (`@`) — and what makes a URL autolink: the `:` of `://` and the dot
 * of `www.`. Each is written with a backslash, which CommonMark defines for every ASCII
 * punctuation character. A parenthesis opens nothing once no `]` can close a link text.
 */
const MARKDOWN_SPECIAL = /[\\`*_[\]|~#$!@]|:(?=\/\/)|(?<=[w]{3})\./gi;
const HTML_SPECIAL: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Text shown literally in Markdown, on one line: newlines become `<br>`. */
export function markdownText(text: string): string {
  return visible(text, { newlines: true })
    .replace(MARKDOWN_SPECIAL, (character) => `\\${character}`)
    .replace(/[&<>]/g, (character) => HTML_SPECIAL[character]!)
    .replace(/\n/g, '<br>');
}
