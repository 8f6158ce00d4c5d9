/**
 * `findPhrase` indexes the folded text once and tries each phrase only where the text starts as
 * it does; it must find exactly what one regular expression per phrase found before (the
 * matcher it replaced, kept here as the oracle): on random texts and phrases, and on every
 * fixture with every word list of the lexicon, whole and phrase by phrase.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPhrase, fold, phraseMatches } from '../../src/lexicon/phrases.js';

/** The matcher before: one Unicode-lookbehind expression per phrase over the folded text. */
const expressions = new Map<string, RegExp>();
function oracle(text: string, phrases: readonly string[]): string | undefined {
  const haystack = fold(text);
  for (const phrase of phrases) {
    let expression = expressions.get(phrase);
    if (!expression) {
      // " … ": up to four words of the same sentence between the words around it.
      const body = fold(phrase)
        .split(' … ')
        .map((piece) =>
          piece
            .split('*')
            .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s-]+'))
            .join('[\\p{L}\\p{N}]*'),
        )
        .join('(?:[\\s-]+[^\\s.!?;:-]+){0,4}[\\s-]+');
      expression = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'u');
      expressions.set(phrase, expression);
    }
    if (expression.test(haystack)) return phrase;
  }
  return undefined;
}

// Few letters, so that phrases and texts meet; every kind of character the matcher treats apart.
const pieces = [
  'a',
  'b',
  'ab',
  'å',
  'Å',
  'ø',
  'é',
  'e\u0301',
  'İ',
  '1',
  '𝐀',
  '😀',
  ' ',
  '  ',
  '-',
  '\u00a0',
  '\n',
  '\t',
  '.',
  ',',
  ';',
  ':',
  '*',
  '€',
  'kr.',
  '\ud800',
  '\udc00',
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));
const phrasePieces = ['a', 'b', 'ab', 'å', 'Å', 'ø', 'é', '1', '𝐀', ' ', '-', '.', '*', '€', 'kr.', 'A', ' … '];
const phrase = fc.array(fc.constantFrom(...phrasePieces), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));

describe('findPhrase', () => {
  it('finds the same phrase as one expression per phrase, on random texts and phrases', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(text, fc.array(phrase, { minLength: 1, maxLength: 8 }), (haystack, phrases) => {
        expect(findPhrase(haystack, phrases)).toBe(oracle(haystack, phrases));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds the same phrase on every fixture, with every word list of the lexicon, whole and phrase by phrase', { timeout: 120_000 }, async () => {
    const lists: string[][] = [];
    const seen = new Set<unknown>();
    const collect = (value: unknown, depth: number): void => {
      if (depth > 6 || value === null || typeof value !== 'object' || seen.has(value)) return;
      seen.add(value);
      if (Array.isArray(value) && value.length && value.every((item) => typeof item === 'string')) lists.push(value as string[]);
      for (const item of Array.isArray(value) ? value : Object.values(value)) collect(item, depth + 1);
    };
    const lexicon = join(import.meta.dirname, '../../src/lexicon');
    for (const file of readdirSync(lexicon).filter((name) => name.endsWith('.ts'))) collect(await import(join(lexicon, file)), 0);
    expect(lists.length).toBeGreaterThan(50);

    const texts: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.(ya?ml|md)$/.test(entry.name)) texts.push(readFileSync(path, 'utf8'));
      }
    };
    walk(join(import.meta.dirname, '../../fixtures'));
    let found = 0;
    for (const haystack of texts) {
      for (const list of lists) {
        const expected = oracle(haystack, list);
        if (expected !== undefined) found++;
        expect(findPhrase(haystack, list), `${list.slice(0, 3).join(', ')}… in ${haystack.slice(0, 60)}`).toBe(expected);
        // One phrase at a time, as a component's aliases are asked: every phrase that is there is found.
        for (const single of list) if (findPhrase(haystack, [single]) !== oracle(haystack, [single])) expect.fail(`${single} in ${haystack.slice(0, 60)}`);
      }
    }
    expect(found).toBeGreaterThan(1000);
  });
});

describe('a gap in a phrase', () => {
  const phrases = ['när avtalet … är tecknat'];
  it('spans up to four words of the same sentence, in findPhrase and phraseMatches alike', () => {
    for (const text of [
      'IT-rådet informeras när avtalet med leverantören är tecknat.',
      'när avtalet är tecknat',
      'när avtalet med den nya leverantören är tecknat',
    ]) {
      expect(findPhrase(text, phrases)).toBe(phrases[0]);
      expect(phraseMatches(text, phrases).map((match) => match.phrase)).toEqual(phrases);
    }
  });
  it('stops at a sentence end and after four words', () => {
    for (const text of ['när avtalet tecknas. Det är tecknat', 'när avtalet med den nya stora leverantören i staden är tecknat']) {
      expect(findPhrase(text, phrases)).toBeUndefined();
      expect(phraseMatches(text, phrases)).toEqual([]);
    }
  });
});
