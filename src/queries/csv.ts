/**
 * Rows as CSV for spreadsheets and pandas: RFC 4180 (comma, CRLF line ends, quotes doubled,
 * fields with commas, quotes or line breaks quoted) in UTF-8 with a header row, written by
 * csv-stringify. A list or map cell (participants, steps) is one JSON text, so nothing is
 * lost and `json.loads` reads it back; null is an empty field.
 */
import { stringify } from "csv-stringify/sync";
import type { Row } from "../db/executor.ts";

export function renderCsv(rows: Row[]): string {
  const columns = rows[0] ? Object.keys(rows[0]) : [];
  return stringify(
    rows.map((row) => columns.map((column) => csvCell(row[column]))),
    {
      header: true,
      columns,
      record_delimiter: "windows",
      // csv-stringify writes true as "1" and false as "" by default.
      cast: { boolean: (value) => String(value) },
    },
  );
}

function csvCell(value: unknown): string | number | boolean {
  if (value === null || value === undefined) return "";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  return JSON.stringify(value);
}
