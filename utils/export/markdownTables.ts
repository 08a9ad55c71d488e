/**
 * HTML tables -> GFM tables. turndown-plugin-gfm keeps a table without a <th> heading row as raw `<table>` HTML
 * (which also carried page text into the Markdown as markup), and breaks a table whose cells hold paragraphs.
 * Here every data table becomes a GFM table — the first row is the header when there is no <thead>/<th> row —
 * cells are one line, `colspan` cells are padded, and short rows filled. A layout table (one column, or a table
 * holding another table, as 长城网's picture tables are) is unwrapped into its cells' blocks instead.
 */
import type TurndownService from 'turndown';
import { oneLine } from './markdownEscape';

function rowsOf(table: HTMLTableElement): HTMLTableRowElement[] {
  return Array.from(table.rows).filter((row) => row.closest('table') === table);
}

function cellsOf(row: HTMLTableRowElement): HTMLTableCellElement[] {
  return Array.from(row.cells);
}

function width(row: HTMLTableRowElement): number {
  return cellsOf(row).reduce((sum, cell) => sum + Math.max(1, Math.min(cell.colSpan || 1, 50)), 0);
}

function isLayoutTable(table: HTMLTableElement, rows: HTMLTableRowElement[]): boolean {
  if (table.querySelector('table')) return true;
  const columns = Math.max(0, ...rows.map(width));
  const hasHeader = rows.some((row) => cellsOf(row).some((cell) => cell.nodeName === 'TH'));
  return columns === 0 || (columns === 1 && !hasHeader);
}

/** A cell's Markdown on one line: paragraphs and line breaks inside a cell become spaces. */
function cellMarkdown(cell: HTMLTableCellElement, turndown: TurndownService): string {
  return oneLine(turndown.turndown(cell as unknown as HTMLElement));
}

function line(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

export function addTableRules(turndown: TurndownService): void {
  // Cells and rows of a layout table are blocks; a data table is written whole by the table rule.
  turndown.addRule('tableParts', {
    filter: ['thead', 'tbody', 'tfoot', 'tr', 'th', 'td'],
    replacement: (content) => `\n\n${content}\n\n`,
  });
  turndown.addRule('tableCaption', {
    filter: 'caption',
    replacement: (content) => `\n\n${content}\n\n`,
  });

  turndown.addRule('gfmTable', {
    filter: 'table',
    replacement: (content, node) => {
      const table = node as HTMLTableElement;
      const rows = rowsOf(table);
      if (isLayoutTable(table, rows)) return `\n\n${content}\n\n`;
      const columns = Math.max(...rows.map(width));
      const grid = rows.map((row) => {
        const cells: string[] = [];
        for (const cell of cellsOf(row)) {
          cells.push(cellMarkdown(cell, turndown));
          for (let i = 1; i < Math.max(1, Math.min(cell.colSpan || 1, 50)); i++) cells.push('');
        }
        while (cells.length < columns) cells.push('');
        return cells;
      });
      const headerIndex = Math.max(
        0,
        rows.findIndex((row) => row.parentNode?.nodeName === 'THEAD'),
      );
      const [header] = grid.splice(headerIndex, 1);
      const caption = table.caption ? oneLine(turndown.turndown(table.caption as unknown as HTMLElement)) : '';
      const lines = [line(header), line(header.map(() => '---')), ...grid.map(line)];
      return `\n\n${caption ? `${caption}\n\n` : ''}${lines.join('\n')}\n\n`;
    },
  });
}
