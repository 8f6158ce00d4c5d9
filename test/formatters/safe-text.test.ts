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
  it('writes proposal text as character references: no image, link, autolink, HTML or cell can form', () => {
    expect(markdownText('a | b <script>\nnext & \\')).toBe('a &#124; b &#60;script&#62;<br>next &#38; &#92;');
    expect(markdownText('![t](https://x.example/p.png) www.x.example me@x.example $x$')).toBe(
      '&#33;&#91;t&#93;&#40;https&#58;//x.example/p.png&#41; www&#46;x.example me&#64;x.example &#36;x&#36;',
    );
    expect(markdownText('\u001b[2J\r\u202e')).toBe('&#92;u001b&#91;2J&#92;u000d&#92;u202e');
  });
});
