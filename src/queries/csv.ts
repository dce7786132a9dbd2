/**
 * Rows as CSV that a spreadsheet opens as they are (issue 20, finding 10): RFC 4180 (comma,
 * CRLF line ends, quotes doubled, fields with commas, quotes or line breaks quoted), UTF-8
 * with a byte-order mark (Excel reads a CSV without one as Windows-1252: Persian and en
 * dashes come out as mojibake), written by csv-stringify, in the spreadsheet shape of
 * spreadsheet.ts: dates as start/end day columns with their precision, lists flattened,
 * no internal columns. A text a spreadsheet would turn into a number or a date (CAMEO code
 * "044", a year "2007"), or run as a formula, is written as the formula ="044", which Excel
 * and LibreOffice show as that text. For pandas, --json keeps the rows as they are.
 */
import { stringify } from "csv-stringify/sync";
import type { Row } from "../db/executor.ts";
import { type Cell, spreadsheetSheet, wouldBeConverted } from "./spreadsheet.ts";

export const BOM = "\uFEFF";

export function renderCsv(rows: Row[]): string {
  const sheet = spreadsheetSheet(rows);
  return (
    BOM +
    stringify(
      sheet.rows.map((row) => row.map(csvCell)),
      { header: true, columns: sheet.columns, record_delimiter: "windows" },
    )
  );
}

function csvCell(cell: Cell): string {
  switch (cell.type) {
    case "empty":
      return "";
    case "number":
      return String(cell.value);
    case "boolean":
      return cell.value ? "TRUE" : "FALSE";
    case "date":
      return cell.value;
    case "text":
      return wouldBeConverted(cell.value) ? `="${cell.value.replaceAll('"', '""')}"` : cell.value;
  }
}
