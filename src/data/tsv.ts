/**
 * Reader for the TSV files in data/: "#" starts a comment line, blank lines are skipped,
 * columns are tab-separated. Every row keeps its line number so errors can point at it.
 */
import { OnomaError } from '../errors.js';

export interface TsvRow {
  line: number;
  cells: string[];
}

export function parseTsv(text: string, file: string, minColumns: number, columnNames: string[]): TsvRow[] {
  const rows: TsvRow[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const cells = raw.split('\t');
    if (cells.length < minColumns) {
      throw new OnomaError(
        'E_DATA_PARSE',
        `expected ${minColumns} tab-separated columns (${columnNames.join(', ')}), found ${cells.length}`,
        { file, line: index + 1, field: columnNames[cells.length] },
      );
    }
    rows.push({ line: index + 1, cells });
  });
  return rows;
}
