/** The one neutraliser of shown text (src/formatters/safe-text.ts) that every formatter uses. */
import { describe, expect, it } from 'vitest';
import { markdownText, visible } from '../../src/formatters/safe-text.js';

describe('visible', () => {
  it('escapes C0 (tab kept), DEL, C1, bidi embeddings, overrides and isolates, and line separators', () => {
    expect(visible('a\u0000\u0007\u001b[2J\tb\r\nc\u007f\u0085\u009b')).toBe('a\\u0000\\u0007\\u001b[2J\tb\\u000d\\u000ac\\u007f\\u0085\\u009b');
    for (const code of [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x2028, 0x2029])
      expect(visible(`x${String.fromCharCode(code)}y`)).toBe(`x\\u${code.toString(16)}y`);
  });

  it('keeps ordinary text, other scripts and emoji as they are', () => {
    const text = 'Økonomi › Driftsudgifter — Ägare: Åsa; עברית; 🙂 «quote»';
    expect(visible(text)).toBe(text);
  });

  it('keeps line breaks where asked: CR LF becomes LF, a lone CR is escaped', () => {
    expect(visible('a\r\nb\rc\nd', { newlines: true })).toBe('a\nb\\u000dc\nd');
  });
});

describe('markdownText', () => {
  it('escapes what would break a table cell or inject HTML', () => {
    expect(markdownText('a | b <script>\nnext & \\')).toBe('a \\| b &lt;script&gt;<br>next &amp; \\\\');
  });

  it('leaves no image, link, autolink, math or emphasis to form', () => {
    expect(markdownText('![t](https://x.example/p.png) [x](javascript:alert(1)) www.x.example me@x.example $x$ *a* _b_ ~c~ `d` #1')).toBe(
      '\\!\\[t\\](https\\://x.example/p.png) \\[x\\](javascript:alert(1)) www\\.x.example me\\@x.example \\$x\\$ \\*a\\* \\_b\\_ \\~c\\~ \\`d\\` \\#1',
    );
  });

  it('shows control and bidi characters as their escapes', () => {
    expect(markdownText('\u001b[2J\r\u202e')).toBe('\\\\u001b\\[2J\\\\u000d\\\\u202e');
  });
});
