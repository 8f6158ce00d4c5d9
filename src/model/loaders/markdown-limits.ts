/**
 * Limits on the Markdown the parser is given, checked by one cheap pass over the lines before
 * parsing. micromark and mdast cost far more than the text's size where a file has very many
 * lines, blocks, headings or table cells (time and memory per node), and parts of them are
 * quadratic: the inline resolvers in the emphasis markers (`*`, `_`), brackets (`[`, `]`) and
 * unclosed inline HTML (`<?`, `<!X`) of one paragraph, and the lines of one paragraph inside a
 * list item or quote. A file past a limit is one located `parse` finding at the line where the
 * limit is passed, as `markdownTooDeep` is; it is not parsed.
 *
 * The limits are far above any proposal — a long one has a few thousand lines, a few hundred
 * blocks, fifty headings, tables of tens of rows, a handful of emphasised words or links in a
 * paragraph — and each keeps the parser's work to about a second on a slow machine. They are
 * documented in docs/limits.md.
 */
import type { Range } from '../model.js';

export const MARKDOWN_LIMITS = {
  /** Lines in the file. */
  lines: 50_000,
  /** Blocks: paragraphs, headings, list items, quotes, table rows, fences … (lines that start one). */
  blocks: 10_000,
  /** Headings, ATX (`## …`) and setext (a line underlined with `===` or `---`). */
  headings: 1_000,
  /** Lines with a `|`: table rows (header and delimiter rows included). */
  tableRows: 2_000,
  /** `|` characters in the file: table cells. */
  tableCells: 20_000,
  /** Lines of one paragraph that starts in a list item or quote. */
  linesPerNestedParagraph: 200,
  /**
   * `*` and `_` characters (each may open or close emphasis) in one paragraph. Characters, not
   * runs: two long runs pair up one or two characters at a time, quadratic in their length
   * (18,000 + 18,000 took 17 s). A line that is only a thematic break (`*****`) is no emphasis.
   */
  emphasisPerParagraph: 1_000,
  /** `*` and `_` characters in the file. */
  emphasis: 20_000,
  /** `[` and `]` in one paragraph. */
  bracketsPerParagraph: 1_000,
  /** `[` and `]` in the file. */
  brackets: 20_000,
  /** `<` in one paragraph (inline HTML, autolinks). */
  anglesPerParagraph: 500,
  /** `<` in the file. */
  angles: 10_000,
} as const;

export type MarkdownLimit = keyof typeof MARKDOWN_LIMITS;

/** The core message (src/core-messages.ts) for each limit. */
export const LIMIT_MESSAGES: Record<MarkdownLimit, string> = {
  lines: 'markdownTooManyLines',
  blocks: 'markdownTooManyBlocks',
  headings: 'markdownTooManyHeadings',
  tableRows: 'markdownTooManyRows',
  tableCells: 'markdownTooManyCells',
  linesPerNestedParagraph: 'markdownParagraphTooLong',
  emphasisPerParagraph: 'markdownTooManyEmphasisInParagraph',
  emphasis: 'markdownTooManyEmphasis',
  bracketsPerParagraph: 'markdownTooManyBracketsInParagraph',
  brackets: 'markdownTooManyBrackets',
  anglesPerParagraph: 'markdownTooManyAnglesInParagraph',
  angles: 'markdownTooManyAngles',
};

export interface LimitExceeded {
  limit: MarkdownLimit;
  range: Range;
}

const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
/** A line that may open a block of its own even right after another line: list item, quote, heading, fence, HTML, definition. */
const BLOCK_START = /^[ \t]*(?:[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|>|#|```|~~~|<|\[)/;
/**
 * A line that ends the paragraph before it for certain (heading, bullet, "1." item, fence),
 * which starts the counts per paragraph again. Only these: a line the parser reads as a
 * continuation of the paragraph must not (nor a quote's `>`: quoted lines continue the quoted
 * paragraph).
 */
const INTERRUPTS = /^ {0,3}(?:#{1,6}(?:[ \t]|$)|[-*+][ \t]+\S|1[.)][ \t]+\S|```|~~~)/;
/** A paragraph that starts inside a list item or a quote. */
const NESTED_START = /^[ \t]*(?:>|[-*+][ \t]|\d{1,9}[.)][ \t])/;
/** A bullet's marker is not an emphasis delimiter. */
const BULLET = /^[ \t>]*[-*+][ \t]/;

type Counts = Record<MarkdownLimit, number>;
const PER_PARAGRAPH: MarkdownLimit[] = ['linesPerNestedParagraph', 'emphasisPerParagraph', 'bracketsPerParagraph', 'anglesPerParagraph'];

/**
 * The first limit the text passes, at the line where it passes it; undefined when within all.
 * Linear: each character is looked at a bounded number of times. The counts per paragraph are
 * kept from one blank line (spaces and tabs only, as the parser sees it) or certain
 * interruption to the next, so they never undercount what the parser puts in one paragraph.
 */
export function markdownLimitExceeded(lines: readonly string[], limits: Readonly<Counts> = MARKDOWN_LIMITS): LimitExceeded | undefined {
  const count = Object.fromEntries(Object.keys(limits).map((limit) => [limit, 0])) as Counts;
  let previousBlank = true;
  let nested = false;
  const checked = Object.keys(limits) as MarkdownLimit[];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    count.lines++;
    const blank = /^[ \t]*$/.test(line);
    if (blank || INTERRUPTS.test(line)) {
      for (const limit of PER_PARAGRAPH) count[limit] = 0;
      nested = false;
    }
    if (!blank) {
      // A quote or item that starts without a blank line before it nests what follows too.
      if (NESTED_START.test(line)) nested = true;
      const pipes = countOf(line, '|');
      if (previousBlank || pipes || BLOCK_START.test(line)) count.blocks++;
      if (ATX_HEADING.test(line) || (!previousBlank && SETEXT_UNDERLINE.test(line))) count.headings++;
      if (pipes) {
        count.tableRows++;
        count.tableCells += pipes;
      }
      if (nested) count.linesPerNestedParagraph++;
      const markers = inlineMarkers(line, BULLET.exec(line)?.[0].length ?? 0);
      count.emphasis += markers.emphasis;
      count.emphasisPerParagraph += markers.emphasis;
      count.brackets += markers.brackets;
      count.bracketsPerParagraph += markers.brackets;
      count.angles += markers.angles;
      count.anglesPerParagraph += markers.angles;
    }
    previousBlank = blank;
    for (const limit of checked) {
      if (count[limit] > limits[limit]) return { limit, range: { line: index + 1, column: 1, endLine: index + 1, endColumn: line.length + 1 } };
    }
  }
  return undefined;
}

function countOf(line: string, char: string): number {
  let found = 0;
  for (let at = line.indexOf(char); at >= 0; at = line.indexOf(char, at + 1)) found++;
  return found;
}

/** A line that is only a thematic break (`***`, `_ _ _`): its markers open no emphasis. */
const THEMATIC_BREAK = /^ {0,3}([*_])(?:[ \t]*\1){2,}[ \t]*$/;

/** `*`/`_`, `[`/`]` and `<` characters in a line, from `from` on. */
function inlineMarkers(line: string, from: number): { emphasis: number; brackets: number; angles: number } {
  let emphasis = 0;
  let brackets = 0;
  let angles = 0;
  if (THEMATIC_BREAK.test(line)) return { emphasis, brackets, angles };
  for (let at = from; at < line.length; at++) {
    const code = line.charCodeAt(at);
    if (code === 42 || code === 95) {
      emphasis++;
    } else if (code === 91 || code === 93) {
      brackets++;
    } else if (code === 60) {
      angles++;
    }
  }
  return { emphasis, brackets, angles };
}
