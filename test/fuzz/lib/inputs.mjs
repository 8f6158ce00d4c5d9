// @ts-check
/**
 * What the fuzzer feeds itstrat: valid proposals (every `init` scaffold — five strategies × four
 * languages × Markdown and YAML — and every proposal in fixtures/), each mutated by a list of
 * mutations that fast-check generates and shrinks (fewer mutations, smaller sizes, earlier
 * positions). Plain JavaScript so that both `npm run fuzz` (plain Node) and the vitest tests use it.
 */
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

const PROPOSAL = /\.(md|markdown|ya?ml)$/i;

/** @typedef {{ name: string; format: 'md' | 'yaml' | 'docx'; text: string; bytes?: Uint8Array }} Seed */

/** The scaffolds (from the build, dist/) and the fixtures: the valid proposals mutations start from. */
export async function loadSeeds() {
  /** @type {Seed[]} */
  const seeds = [];
  const { scaffold } = await import(join(ROOT, 'dist/src/cli/init.js'));
  const { strategyIds } = await import(join(ROOT, 'dist/src/lexicon/strategies.js'));
  for (const strategy of strategyIds()) {
    for (const lang of ['en', 'da', 'sv', 'nb']) {
      for (const format of /** @type {const} */ (['md', 'yaml'])) {
        seeds.push({ name: `init-${strategy}-${lang}.${format}`, format, text: scaffold({ strategy, lang, format }) });
      }
    }
  }
  const walk = (/** @type {string} */ dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (PROPOSAL.test(name)) {
        seeds.push({ name: relative(ROOT, path), format: /\.ya?ml$/i.test(name) ? 'yaml' : 'md', text: readFileSync(path, 'utf8') });
      }
    }
  };
  walk(join(ROOT, 'fixtures'));
  // Word seeds: the `init --format docx` templates of the build (zip- and XML-level mutations, DOCX_OPS).
  const templates = join(ROOT, 'dist/templates');
  for (const name of existsSync(templates) ? readdirSync(templates).sort() : []) {
    seeds.push({ name: `init-${name}`, format: 'docx', text: '', bytes: new Uint8Array(readFileSync(join(templates, name))) });
  }
  return seeds;
}

/**
 * The seeds to lint once before timing anything: rules, patterns and messages load lazily, and
 * that is not a file's time. One scaffold per strategy and format, and one per language.
 */
export function warmUpSeeds(/** @type {Seed[]} */ seeds) {
  return seeds
    .filter((seed) => /^init-[a-z-]+-en\./.test(seed.name) || /^init-esbjerg-(da|sv|nb)\.md$/.test(seed.name))
    .map((seed, index) => ({ name: `warm${index}.${seed.format}`, bytes: new TextEncoder().encode(seed.text) }));
}

/** Numbers at the edges of IEEE 754 and of years, as YAML and Markdown would spell them. */
export const EDGE_NUMBERS = [
  'NaN',
  '.nan',
  '.NaN',
  '.inf',
  '-.inf',
  '+.inf',
  'Infinity',
  '-Infinity',
  '1e308',
  '-1e308',
  '1.7976931348623157e308',
  '5e-324',
  '1e-320',
  '1e8',
  '100000000',
  '-100000000',
  '2026.5',
  '0.5',
  '-0.5',
  '-2026',
  '-1',
  '0',
  '-0',
  '1',
  '9007199254740993',
  '99999',
  '20260',
  '0x7E8',
  '2026e0',
  '1e21',
  '-1e21',
  '2147483648',
  '4294967296',
  '10000',
  '3000',
  '1900',
];
/** Fields that hold numbers. */
export const NUMERIC_FIELDS = ['year', 'amount', 'horizonYears', 'discountRate', 'baseline', 'target', 'trainingBudget', 'costs', 'benefits'];
/** Fields whose values are names looked up somewhere. */
export const ENUM_FIELDS = ['language', 'strategy', 'kind', 'status', 'perspective', 'method', 'currency', 'category', 'personalData', 'cloud'];
export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype', 'valueOf', '__defineGetter__', 'isPrototypeOf'];

const escapeRegExp = (/** @type {string} */ text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Replace the `nth` (mod the count) match of `pattern` in `text` with `replace(match)`; or `fallback()` when there is none. */
function replaceNth(
  /** @type {string} */ text,
  /** @type {RegExp} */ pattern,
  /** @type {number} */ nth,
  /** @type {(m: RegExpExecArray) => string} */ replace,
  /** @type {() => string} */ fallback,
) {
  const matches = [...text.matchAll(pattern)];
  if (!matches.length) return fallback();
  const match = /** @type {RegExpExecArray} */ (matches[nth % matches.length]);
  return text.slice(0, match.index) + replace(match) + text.slice(match.index + match[0].length);
}

function insertAtLine(/** @type {string} */ text, /** @type {number} */ at, /** @type {string} */ insertion) {
  const lines = text.split('\n');
  const index = at % (lines.length + 1);
  lines.splice(index, 0, insertion);
  return lines.join('\n');
}

const utf8 = new TextEncoder();

/**
 * Text mutations (applied first, in order), then byte mutations. Each is a plain object, so a
 * failure prints as the list of what was done.
 * @typedef {{ op: string; [key: string]: unknown }} Mutation
 */

/** @type {Record<string, (text: string, m: any) => string>} */
const TEXT_OPS = {
  /** An edge number in a numeric field (YAML key or inline map; Markdown "Key: value" or a table cell). */
  number(text, m) {
    const field = escapeRegExp(m.field);
    const pattern = new RegExp(`(\\b${field}\\b["']?\\s*:\\s*)([^\\n,}\\]#]*)`, 'gi');
    return replaceNth(
      text,
      pattern,
      m.nth,
      (match) => `${match[1]}${m.value}`,
      () =>
        // Not written: a year or amount in a table cell or anywhere a number is.
        replaceNth(
          text,
          /\b(19|20)\d\d\b|\b\d{4,9}\b/g,
          m.nth,
          () => m.value,
          () => insertAtLine(text, m.nth, `${m.field}: ${m.value}`),
        ),
    );
  },
  /** A field that appears once more, inside the business case, with an edge number. */
  businessNumber(text, m) {
    return text.replace(/^(businessCase:|## .*(?:Økonomi|Business case|Ekonomi|Økonomi).*)$/im, (line) =>
      line.startsWith('#') ? `${line}\n\n${m.field[0].toUpperCase()}${m.field.slice(1)}: ${m.value}\n` : `${line}\n  ${m.field}: ${m.value}`,
    );
  },
  /** A prototype key as the value of an enum-like field. */
  protoValue(text, m) {
    const field = escapeRegExp(m.field);
    const pattern = new RegExp(`(\\b${field}\\b["']?\\s*:\\s*)([^\\n,}\\]#]*)`, 'gi');
    return replaceNth(
      text,
      pattern,
      m.nth,
      (match) => `${match[1]}${m.name}`,
      () => insertAtLine(text, m.nth, `${m.field}: ${m.name}`),
    );
  },
  /** A prototype key as a key: top level, nested, a Markdown heading, a table header. */
  protoKey(text, m) {
    const lines = [
      `${m.name}: ${m.value}`,
      `  ${m.name}: ${m.value}`,
      `## ${m.name}`,
      `${m.name}:\n  ${m.name}: 1`,
      `| ${m.name} | ${m.name} |\n|---|---|\n| 1 | 2 |`,
    ];
    return insertAtLine(text, m.nth, /** @type {string} */ (lines[m.shape % lines.length]));
  },
  /** Deep nesting of the kind each parser recurses on. */
  nest(text, m) {
    const depth = m.depth;
    const shapes = [
      () => `x: ${'['.repeat(depth)}${']'.repeat(depth)}`,
      () => `x: ${'{a: '.repeat(depth)}1${'}'.repeat(depth)}`,
      () => Array.from({ length: Math.min(depth, 2000) }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n'),
      () => `${'> '.repeat(depth)}quote`,
      () => Array.from({ length: Math.min(depth, 2000) }, (_, i) => `${'  '.repeat(i)}- item`).join('\n'),
      () => `${'- '.repeat(depth)}x`,
      () => `${'*'.repeat(depth)}x${'*'.repeat(depth)}`,
    ];
    return insertAtLine(text, m.nth, /** @type {() => string} */ (shapes[m.shape % shapes.length])());
  },
  /** A table with many rows, ragged when asked (rows with more or fewer cells than the header). */
  table(text, m) {
    const header = ['Item', 'Kind', '2026', '2027', 'Year', 'Amount'].slice(0, m.cols);
    const rows = [`| ${header.join(' | ')} |`, `|${'---|'.repeat(header.length)}`];
    for (let i = 0; i < m.rows; i++) {
      const cells = m.ragged ? 1 + ((i * 7) % (header.length + 3)) : header.length;
      rows.push(`| ${Array.from({ length: cells }, (_, c) => (c === 0 ? `row ${i}` : String(1000 + ((i * 31 + c) % 90000)))).join(' | ')} |`);
    }
    return insertAtLine(text, m.nth, rows.join('\n'));
  },
  /** Runs of emphasis markers. */
  emphasis(text, m) {
    const unit = ['*', '_', '**', '*a', '_a_', '***'][m.shape % 6];
    return insertAtLine(text, m.nth, /** @type {string} */ (unit).repeat(m.count));
  },
  /** Bracket soup: links, images, references. */
  brackets(text, m) {
    const unit = ['[', ']', '[](', '![', '[a]', '[[]]', '(', '<', '[x]: ', ']('][m.shape % 10];
    return insertAtLine(text, m.nth, /** @type {string} */ (unit).repeat(m.count));
  },
  /** Many one-line headings. */
  headings(text, m) {
    return insertAtLine(text, m.nth, Array.from({ length: m.count }, (_, i) => `${'#'.repeat(1 + (i % 3))} h${i}`).join('\n'));
  },
  /** Unicode that trips code-unit arithmetic: RTL overrides, zero-width, combining marks, astral symbols. */
  unicode(text, m) {
    const pieces = ['\u202e', '\u200b', '\u200d', '\ufeff', '\u0301'.repeat(50), '😀', '\u{1d400}', '\u0000', '\u2028', '\u2029', '\u0085', '\u00a0'];
    const piece = /** @type {string} */ (pieces[m.kind % pieces.length]).repeat(m.count);
    const at = text.length ? m.pos % (text.length + 1) : 0;
    return text.slice(0, at) + piece + text.slice(at);
  },
  /** A directive: blanket, naming rules, malformed. */
  directive(text, m) {
    const forms = [
      '<!-- itstrat-disable -- reason -->',
      '# itstrat-disable -- reason',
      '<!-- itstrat-disable -->',
      '<!-- itstrat-disable __proto__ -- x -->',
      '<!-- itstrat-disable-next-line schema -- because -->',
      '# itstrat-disable-line constructor -- x',
      '<!-- itstrat-enable -->',
      '<!-- itstrat-disable schema,,, -- -->',
    ];
    return insertAtLine(text, m.nth, /** @type {string} */ (forms[m.shape % forms.length]));
  },
  /** Line endings: all CRLF, all CR, or mixed. */
  eol(text, m) {
    if (m.mode === 0) return text.replace(/\r?\n/g, '\r\n');
    if (m.mode === 1) return text.replace(/\r?\n/g, '\r');
    let i = 0;
    return text.replace(/\r?\n/g, () => ['\n', '\r\n', '\r'][i++ % 3]);
  },
};

/** @type {Record<string, (bytes: Uint8Array, m: any) => Uint8Array>} */
const BYTE_OPS = {
  flip(bytes, m) {
    if (!bytes.length) return bytes;
    const copy = Uint8Array.from(bytes);
    copy[m.pos % copy.length] = m.value;
    return copy;
  },
  truncate(bytes, m) {
    return bytes.subarray(0, Math.floor((bytes.length * m.permille) / 1000));
  },
  insert(bytes, m) {
    const at = bytes.length ? m.pos % (bytes.length + 1) : 0;
    const out = new Uint8Array(bytes.length + m.bytes.length);
    out.set(bytes.subarray(0, at));
    out.set(m.bytes, at);
    out.set(bytes.subarray(at), at + m.bytes.length);
    return out;
  },
  /** A lone surrogate encoded as UTF-8 (ED A0 80 …), which no valid UTF-8 holds, or an overlong NUL. */
  surrogate(bytes, m) {
    const forms = [[0xed, 0xa0, 0x80], [0xed, 0xbf, 0xbf], [0xc0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xff], [0xe2, 0x80]];
    return BYTE_OPS.insert(bytes, { pos: m.pos, bytes: Uint8Array.from(/** @type {number[]} */ (forms[m.kind % forms.length])) });
  },
  bom(bytes, m) {
    const boms = [
      [0xef, 0xbb, 0xbf],
      [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf],
      [0xff, 0xfe],
      [0xfe, 0xff],
    ];
    return BYTE_OPS.insert(bytes, { pos: 0, bytes: Uint8Array.from(/** @type {number[]} */ (boms[m.kind % boms.length])) });
  },
  empty() {
    return new Uint8Array(0);
  },
};

/**
 * Word mutations: XML-level ones edit word/document.xml (the text mutations above apply there
 * too, as text inserted into XML), zip-level ones the package's bytes (besides flip, truncate
 * and insert): the entry count, an entry's declared size or method.
 * @type {Record<string, (xml: string, m: any) => string>}
 */
const DOCX_XML_OPS = {
  /** Content controls nested `depth` deep around a paragraph. */
  xmlNest(xml, m) {
    return xml.replace(
      '<w:body>',
      `<w:body>${'<w:sdt><w:sdtContent>'.repeat(m.depth)}<w:p><w:r><w:t>x</w:t></w:r></w:p>${'</w:sdtContent></w:sdt>'.repeat(m.depth)}`,
    );
  },
  /** Many paragraphs, or runs in one paragraph. */
  xmlMany(xml, m) {
    const unit = m.runs ? '<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Ejer: </w:t></w:r>' : '<w:p><w:r><w:t>Navn: x</w:t></w:r></w:p>';
    return xml.replace('<w:body>', m.runs ? `<w:body><w:p>${unit.repeat(m.count)}</w:p>` : `<w:body>${unit.repeat(m.count)}`);
  },
  /** A DTD with an entity, used in the text. */
  xmlDoctype(xml, m) {
    const entity = m.external ? '<!ENTITY e SYSTEM "file:///etc/passwd">' : `<!ENTITY e "${'x'.repeat(m.size)}">`;
    return xml.replace(/^(<\?xml[^>]*\?>)?/, `$1<!DOCTYPE w:document [${entity}]>`).replace('<w:body>', '<w:body><w:p><w:r><w:t>&e;</w:t></w:r></w:p>');
  },
  /** A table whose cells span and merge in impossible ways. */
  xmlTable(xml, m) {
    const cell = `<w:tc><w:tcPr><w:gridSpan w:val="${m.span}"/>${m.merge ? '<w:vMerge/>' : ''}</w:tcPr><w:p><w:r><w:t>1.000 kr.</w:t></w:r></w:p></w:tc>`;
    const rows = `<w:tr>${cell.repeat(m.cols)}</w:tr>`.repeat(m.rows);
    return xml.replace('<w:body>', `<w:body><w:tbl>${rows}</w:tbl>`);
  },
  /** A numbering or outline level out of range on the nth paragraph. */
  xmlLevel(xml, m) {
    const props = m.outline ? `<w:outlineLvl w:val="${m.value}"/>` : `<w:numPr><w:ilvl w:val="${m.value}"/><w:numId w:val="1"/></w:numPr>`;
    return replaceNth(
      xml,
      /<w:p>/g,
      m.nth,
      () => `<w:p><w:pPr>${props}</w:pPr>`,
      () => xml,
    );
  },
  /** Cut the XML at a position (unclosed elements). */
  xmlCut(xml, m) {
    return xml.slice(0, m.pos % (xml.length + 1));
  },
};

/** @type {Record<string, (bytes: Uint8Array, m: any) => Uint8Array>} */
const DOCX_ZIP_OPS = {
  /** The end record's entry count, or an entry's declared size, or its method, set to `value`. */
  zipField(bytes, m) {
    const out = Uint8Array.from(bytes);
    const view = new DataView(out.buffer);
    let end = out.length - 22;
    while (end > 0 && view.getUint32(end, true) !== 0x06054b50) end--;
    if (end <= 0) return out;
    if (m.field === 'count') {
      view.setUint16(end + 10, m.value & 0xffff, true);
      return out;
    }
    // The nth entry of the central directory.
    let at = view.getUint32(end + 16, true);
    const count = view.getUint16(end + 10, true);
    for (let index = 0; index < m.nth % Math.max(1, count) && at + 46 < out.length; index++)
      at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (at + 46 >= out.length) return out;
    if (m.field === 'size') view.setUint32(at + 24, m.value >>> 0, true);
    else view.setUint16(at + 10, m.value & 0xffff, true);
    return out;
  },
};

const nat = (max) => fc.nat({ max });
const edgeNumber = fc.constantFrom(...EDGE_NUMBERS);

/**
 * The mutations. Sizes are mostly small, now and then large (the pathological inputs need size
 * to show); `scale` (0–1) shrinks the large end, for the short run inside `npm test`.
 * @returns {fc.Arbitrary<Mutation>}
 */
export function mutationArb(scale = 1) {
  const size = (/** @type {number} */ small, /** @type {number} */ large) => {
    const top = Math.max(small + 1, Math.round(large * scale));
    return fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 1, max: small }) }, { weight: 1, arbitrary: fc.integer({ min: small, max: top }) });
  };
  return fc.oneof(
    { weight: 4, arbitrary: fc.record({ op: fc.constant('number'), field: fc.constantFrom(...NUMERIC_FIELDS), value: edgeNumber, nth: nat(50) }) },
    {
      weight: 2,
      arbitrary: fc.record({ op: fc.constant('businessNumber'), field: fc.constantFrom('horizonYears', 'discountRate', 'year', 'amount'), value: edgeNumber }),
    },
    {
      weight: 3,
      arbitrary: fc.record({ op: fc.constant('protoValue'), field: fc.constantFrom(...ENUM_FIELDS), name: fc.constantFrom(...PROTOTYPE_KEYS), nth: nat(50) }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        op: fc.constant('protoKey'),
        name: fc.constantFrom(...PROTOTYPE_KEYS),
        value: fc.constantFrom('1', 'x', '[]', '{}', '__proto__'),
        shape: nat(4),
        nth: nat(200),
      }),
    },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('nest'), depth: size(200, 20_000), shape: nat(6), nth: nat(200) }) },
    {
      weight: 1,
      arbitrary: fc.record({ op: fc.constant('table'), rows: size(200, 30_000), cols: fc.integer({ min: 1, max: 6 }), ragged: fc.boolean(), nth: nat(200) }),
    },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('emphasis'), count: size(500, 20_000), shape: nat(5), nth: nat(200) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('brackets'), count: size(500, 200_000), shape: nat(9), nth: nat(200) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('headings'), count: size(200, 40_000), nth: nat(200) }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('unicode'), kind: nat(11), count: fc.integer({ min: 1, max: 20 }), pos: fc.nat() }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('directive'), shape: nat(7), nth: nat(200) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('eol'), mode: nat(2) }) },
    { weight: 3, arbitrary: fc.record({ op: fc.constant('flip'), pos: fc.nat(), value: nat(255) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('truncate'), permille: nat(999) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('insert'), pos: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('surrogate'), pos: fc.nat(), kind: nat(5) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('bom'), kind: nat(3) }) },
    { weight: 1, arbitrary: fc.constant({ op: 'empty' }) },
    // Word only (no-ops on Markdown and YAML seeds).
    { weight: 1, arbitrary: fc.record({ op: fc.constant('xmlNest'), depth: size(50, 5_000) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('xmlMany'), count: size(200, 50_000), runs: fc.boolean() }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('xmlDoctype'), external: fc.boolean(), size: nat(1000) }) },
    {
      weight: 1,
      arbitrary: fc.record({
        op: fc.constant('xmlTable'),
        span: fc.constantFrom(0, 1, 2, 63, 64, 1e6, -1),
        merge: fc.boolean(),
        cols: fc.integer({ min: 1, max: 8 }),
        rows: size(10, 3_000),
      }),
    },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('xmlLevel'), outline: fc.boolean(), value: fc.constantFrom(-1, 0, 8, 9, 10, 1e9), nth: nat(200) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('xmlCut'), pos: fc.nat() }) },
    {
      weight: 2,
      arbitrary: fc.record({
        op: fc.constant('zipField'),
        field: fc.constantFrom('count', 'size', 'method'),
        value: fc.constantFrom(0, 1, 9, 12, 0xffff, 0xffffffff),
        nth: nat(30),
      }),
    },
  );
}

/**
 * @typedef {{ seed: string; format: 'md' | 'yaml'; mutations: Mutation[] }} Case
 * @typedef {Case & { bytes: Uint8Array; ext: 'md' | 'yaml' }} Input
 */

/** A mutated proposal: which seed, which mutations (1 to 4; fast-check shrinks the list and each value). */
export function caseArb(/** @type {Seed[]} */ seeds, scale = 1) {
  return fc
    .record({
      seedIndex: fc.nat({ max: seeds.length - 1 }),
      mutations: fc.array(mutationArb(scale), { minLength: 1, maxLength: 4 }),
    })
    .map(({ seedIndex, mutations }) => {
      const seed = /** @type {Seed} */ (seeds[seedIndex]);
      return { seed: seed.name, format: seed.format, mutations, text: seed.text, ...(seed.bytes ? { bytes: seed.bytes } : {}) };
    });
}

/** The bytes a case stands for. */
export function build(/** @type {{ seed: string; format: 'md' | 'yaml' | 'docx'; mutations: Mutation[]; text: string; bytes?: Uint8Array }} */ kase) {
  if (kase.format === 'docx') return buildDocx(kase);
  let text = kase.text;
  const bytesOps = [];
  for (const mutation of kase.mutations) {
    const op = TEXT_OPS[mutation.op];
    if (op) text = op(text, mutation);
    else if (BYTE_OPS[mutation.op]) bytesOps.push(mutation);
  }
  let bytes = utf8.encode(text);
  for (const mutation of bytesOps) bytes = /** @type {(b: Uint8Array, m: any) => Uint8Array} */ (BYTE_OPS[mutation.op])(bytes, mutation);
  return { bytes, ext: kase.format };
}

/** A Word seed mutated: XML-level mutations in word/document.xml, then zip-level ones on the package. */
function buildDocx(/** @type {{ mutations: Mutation[]; bytes?: Uint8Array }} */ kase) {
  const files = unzipSync(/** @type {Uint8Array} */ (kase.bytes));
  let xml = strFromU8(/** @type {Uint8Array} */ (files['word/document.xml']));
  for (const mutation of kase.mutations) {
    const op = TEXT_OPS[mutation.op] ?? DOCX_XML_OPS[mutation.op];
    if (op) xml = op(xml, mutation);
  }
  files['word/document.xml'] = strToU8(xml);
  let bytes = zipSync(files);
  for (const mutation of kase.mutations) {
    const op = BYTE_OPS[mutation.op] ?? DOCX_ZIP_OPS[mutation.op];
    if (op && !TEXT_OPS[mutation.op]) bytes = op(bytes, mutation);
  }
  return { bytes, ext: 'docx' };
}

/** A case without the seed's text, for printing. */
export function describeCase(/** @type {{ seed: string; mutations: Mutation[] }} */ kase) {
  return { seed: kase.seed, mutations: kase.mutations };
}
