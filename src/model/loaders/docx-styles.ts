/**
 * Paragraph and character styles (word/styles.xml) and list definitions (word/numbering.xml):
 * what makes a paragraph a heading of some depth, a run bold, a numbered paragraph a list item.
 *
 * A heading is found by structure, never by the words of a style's name: an outline level on
 * the paragraph or its style chain (Word writes one on every heading style, whatever the display
 * language), or a built-in heading style — Word stores built-in names in the file as the spec's
 * identifiers ("heading 1", "Title") with a localized style id ("Overskrift1", "Rubrik1"). Names
 * a template invented ("Overskrift 1", "Rubrik 1" with no outline level) are words: the caller
 * may pass `headingLevelOfName` from the lexicon to read them.
 */
import { child, elements, isOn, path, type XmlElement } from './docx-xml.js';

interface Style {
  name: string;
  basedOn?: string;
  outlineLevel?: number;
  bold?: boolean;
  numbered?: { numId: string; level: number };
}

export interface DocxReadOptions {
  /** The heading depth a style's display name says (1 for "Overskrift 1"), from the lexicon. */
  headingLevelOfName?: (name: string) => number | undefined;
}

export class Styles {
  private readonly styles = new Map<string, Style>();
  private defaultParagraph?: string;

  constructor(
    root: XmlElement | undefined,
    private readonly options: DocxReadOptions = {},
  ) {
    const top = child(root, 'w:styles');
    for (const style of top ? elements(top) : []) {
      if (style.name !== 'w:style') continue;
      const id = style.attrs['w:styleId'];
      if (id === undefined) continue;
      const level = path(style, 'w:pPr', 'w:outlineLvl')?.attrs['w:val'];
      const numPr = path(style, 'w:pPr', 'w:numPr');
      this.styles.set(id, {
        name: path(style, 'w:name')?.attrs['w:val'] ?? id,
        basedOn: path(style, 'w:basedOn')?.attrs['w:val'],
        outlineLevel: level === undefined ? undefined : Number(level),
        bold: isOn(path(style, 'w:rPr', 'w:b')),
        numbered: numPr ? numbering(numPr) : undefined,
      });
      const isDefault = style.attrs['w:default'] === '1' || style.attrs['w:default'] === 'true';
      if (style.attrs['w:type'] === 'paragraph' && isDefault) this.defaultParagraph = id;
    }
  }

  /** The style and those it is based on, nearest first (a cycle is cut). */
  private chain(id: string | undefined): Style[] {
    const found: Style[] = [];
    const seen = new Set<string>();
    for (let at = id ?? this.defaultParagraph; at !== undefined && !seen.has(at); ) {
      seen.add(at);
      const style = this.styles.get(at);
      if (!style) break;
      found.push(style);
      at = style.basedOn;
    }
    return found;
  }

  /** 1-based heading depth of a paragraph in style `id` with direct outline level `direct`, if it is a heading. */
  headingDepth(id: string | undefined, direct?: number): number | undefined {
    const fromLevel = (level: number | undefined): number | undefined => (level !== undefined && level >= 0 && level <= 8 ? level + 1 : undefined);
    if (direct !== undefined) return fromLevel(direct);
    for (const style of this.chain(id)) {
      if (style.outlineLevel !== undefined) return fromLevel(style.outlineLevel);
      const name = style.name.toLowerCase();
      // The built-in identifiers of ISO/IEC 29500 (§17.7.4): stored in English in every file.
      if (name === 'title') return 1;
      const builtIn = name.startsWith('heading ') ? Number(name.slice(8)) : Number.NaN;
      if (Number.isInteger(builtIn) && builtIn >= 1 && builtIn <= 9) return builtIn;
      const named = this.options.headingLevelOfName?.(style.name);
      if (named !== undefined) return named;
    }
    return undefined;
  }

  /** Whether runs in character style `id` (or paragraphs in paragraph style `id`) are bold. */
  bold(id: string | undefined): boolean {
    for (const style of id === undefined ? [] : this.chain(id)) if (style.bold !== undefined) return style.bold;
    return false;
  }

  /** The list a paragraph in style `id` belongs to through its style. */
  numbered(id: string | undefined): Style['numbered'] {
    for (const style of this.chain(id)) if (style.numbered) return style.numbered;
    return undefined;
  }
}

/** `w:numPr` → list and level; numId 0 means "no list" (it switches a style's list off). */
export function numbering(numPr: XmlElement): { numId: string; level: number } | undefined {
  const numId = path(numPr, 'w:numId')?.attrs['w:val'];
  if (numId === undefined) return undefined;
  return { numId, level: Number(path(numPr, 'w:ilvl')?.attrs['w:val'] ?? 0) || 0 };
}

interface Level {
  format: string;
  /** Word's number text, e.g. `%1.%2.` (`%n` is level n's counter). */
  text: string;
  start: number;
}

/** Which lists (numId, level) are bullets and which are numbered, and the numbers Word draws, from word/numbering.xml. */
export class Numbering {
  private readonly lists = new Map<string, { abstract: string; levels: Level[] }>();
  /** Counters per abstract list (lists sharing one count on together, as in Word). */
  private readonly counters = new Map<string, number[]>();

  constructor(root: XmlElement | undefined) {
    const top = child(root, 'w:numbering');
    if (!top) return;
    const abstract = new Map<string, Level[]>();
    for (const item of elements(top)) {
      if (item.name !== 'w:abstractNum') continue;
      const levels: Level[] = [];
      for (const level of elements(item)) {
        if (level.name !== 'w:lvl') continue;
        const index = Number(level.attrs['w:ilvl'] ?? 0);
        if (!Number.isInteger(index) || index < 0 || index > 8) continue;
        levels[index] = {
          format: path(level, 'w:numFmt')?.attrs['w:val'] ?? 'decimal',
          text: path(level, 'w:lvlText')?.attrs['w:val'] ?? '',
          start: Number(path(level, 'w:start')?.attrs['w:val'] ?? 1) || 0,
        };
      }
      abstract.set(item.attrs['w:abstractNumId'] ?? '', levels);
    }
    for (const item of elements(top)) {
      if (item.name !== 'w:num') continue;
      const id = path(item, 'w:abstractNumId')?.attrs['w:val'] ?? '';
      const levels = abstract.get(id);
      if (levels) this.lists.set(item.attrs['w:numId'] ?? '', { abstract: id, levels });
    }
  }

  /** Whether the list is one Word draws at all (numId 0 and unknown ids are none). */
  exists(numId: string): boolean {
    return numId !== '0' && this.lists.has(numId);
  }

  ordered(numId: string, level: number): boolean {
    const format = this.lists.get(numId)?.levels[level]?.format ?? 'bullet';
    return format !== 'bullet' && format !== 'none';
  }

  /**
   * The number Word draws before the next paragraph of this list and level ("4.", "2.1"),
   * counting on; every format is written in digits (enough to name a heading).
   */
  next(numId: string, level: number): string {
    const list = this.lists.get(numId);
    if (!list || level < 0 || level > 8) return '';
    const counters = this.counters.get(list.abstract) ?? [];
    this.counters.set(list.abstract, counters);
    counters[level] = (counters[level] ?? (list.levels[level]?.start ?? 1) - 1) + 1;
    counters.length = level + 1;
    if (!this.ordered(numId, level)) return '';
    return (list.levels[level]?.text ?? '').replace(/%([1-9])/g, (_, n: string) => String(counters[Number(n) - 1] ?? list.levels[Number(n) - 1]?.start ?? 1));
  }
}
