/**
 * One disclosure table as CSV (RFC 4180: quoted where needed, CRLF lines), UTF-8 with a byte-order
 * mark so Excel and WPS open the Chinese correctly. The header rows become one line of column names,
 * each the column's header path joined with "/" and its 栏次 in brackets ("本年支出/基本支出[2]");
 * then one line per printed row. Amounts are plain decimals in 万元 ("4299.91"), blank when printed blank.
 */
import { neutralizeSpreadsheetText, plainAmount } from "./spreadsheet-text";
import { placeCells, type GridCell, type TableGrid } from "./table-grid";

function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** An amount is written as a number (a negative one too); text is neutralised. */
function cellText(cell: GridCell): string {
  if (cell.amount) return cell.amount.hundredths === null ? "" : plainAmount(cell.amount.hundredths);
  return neutralizeSpreadsheetText(cell.text);
}

/** Each column's name from the header cells above it (a merged cell names every column it spans). */
function columnNames(grid: TableGrid): string[] {
  const paths: string[][] = Array.from({ length: grid.columnCount }, () => []);
  for (const placed of placeCells(grid.header)) {
    for (let c = placed.column; c < placed.column + placed.colSpan; c++) {
      const text = placed.cell.text.trim();
      // "栏次" labels the numbers row, not a column.
      if (text !== "" && text !== "栏次" && paths[c].at(-1) !== text) paths[c].push(neutralizeSpreadsheetText(text));
    }
  }
  return paths.map((path) => {
    const last = path.at(-1) ?? "";
    // The 栏次 row is the last header row: numbers. Keep them apart from the names.
    return /^\d+$/.test(last) && path.length > 1 ? `${path.slice(0, -1).join("/")}[${last}]` : path.join("/");
  });
}

function bodyLines(grid: TableGrid): string[][] {
  const rows: string[][] = grid.body.map(() => Array.from({ length: grid.columnCount }, () => ""));
  for (const placed of placeCells(grid.body)) rows[placed.row][placed.column] = cellText(placed.cell);
  return rows;
}

export function tableCsv(grid: TableGrid): string {
  const lines = [columnNames(grid), ...bodyLines(grid)].map((cells) => cells.map(field).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
