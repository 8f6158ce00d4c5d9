/**
 * A RACI matrix (tasks down, parties across, each cell R, A, C or I): the party marked A —
 * accountable — on its first task, which in a project's matrix is the project itself ("Projektets
 * mål og gevinster"), answers for the project. Two A's there are two owners. The letters are the
 * same in every language the tool reads.
 */
import { type Block, cellText, type TableBlock } from '../../model/document.js';
import type { ListNode, ModelNode } from '../../model/model.js';

const RACI_LETTERS = /^(?:[RACIS](?:\s*[,/]\s*[RACIS])*|[-–]?)$/u;
const ACCOUNTABLE = /(?:^|[,/\s])A(?:$|[,/\s])/u;
/** Most cells of a matrix hold its letters: a table with a stray letter is no matrix. */
const MIN_SHARE = 0.8;

export function raciOwner(blocks: readonly Block[]): ListNode | undefined {
  for (const block of blocks) {
    if (block.type !== 'table' || block.rows.length < 2 || block.rows[0]!.cells.length < 3 || !isMatrix(block)) continue;
    const [header, first] = [block.rows[0]!, block.rows[1]!];
    const items: ModelNode[] = [];
    first.cells.forEach((cell, index) => {
      const party = header.cells[index];
      if (index === 0 || !party || !ACCOUNTABLE.test(cellText(cell))) return;
      items.push({ kind: 'scalar', value: cellText(party), range: cell.range, keyRange: party.range, key: cellText(party) });
    });
    if (items.length) return { kind: 'list', items, range: first.range };
  }
  return undefined;
}

function isMatrix(table: TableBlock): boolean {
  const cells = table.rows.slice(1).flatMap((row) => row.cells.slice(1).map(cellText));
  const letters = cells.filter((text) => text !== '' && RACI_LETTERS.test(text));
  return cells.length > 0 && letters.length / cells.length >= MIN_SHARE;
}
