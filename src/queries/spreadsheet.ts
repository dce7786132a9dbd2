/**
 * A query's rows shaped for a spreadsheet (issue 20, finding 10): what `--csv` and `--excel`
 * write. A spreadsheet guesses a type for every cell, and guesses wrong for this data:
 * CAMEO code "044" becomes the number 44, a day "2007-05-28" a date cell while a month
 * "2007-05" stays text (the column no longer sorts), a JSON list is one unreadable cell. So:
 *
 *   - every date column (`date`, `from`, `to`, `published`, `asOf`) becomes `<x>Start` and
 *     `<x>End` (the first and last day it may be: date cells that sort) and `<x>Precision`
 *     (DAY, MONTH, YEAR or RANGE); the fuzzy ISO form itself is left out;
 *   - a code or any other text a spreadsheet would read as a number or a date is marked text;
 *   - a list is flattened into one cell, its items separated by " | ";
 *   - internal columns (a page's `cursor`) are left out.
 */
import type { Row } from "../db/executor.ts";

export type Cell =
  | { type: "text"; value: string }
  | { type: "number"; value: number }
  | { type: "boolean"; value: boolean }
  | { type: "date"; value: string }
  | { type: "empty" };

export interface Sheet {
  columns: string[];
  rows: Cell[][];
}

/** Columns a paged query returns for the CLI's next-page hint, not for a reader. */
const INTERNAL_COLUMNS = new Set(["cursor"]);
/** Columns holding fuzzy dates ("2007", "2007-05", "2007-05-28", "2007-09-25/2007-11-20"). */
const DATE_COLUMNS = new Set(["date", "from", "to", "published", "asOf"]);
const FUZZY_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const RANGE = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/;
/** What a spreadsheet would take for a number or a date: digits, signs, dots, dashes, slashes. */
const LOOKS_NUMERIC = /^[\s+-]*[\d.,]+([eE][+-]?\d+)?%?$|^\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?$/;

export const LIST_SEPARATOR = " | ";

export function spreadsheetSheet(rows: Row[]): Sheet {
  const source = rows[0] ? Object.keys(rows[0]) : [];
  const plan: Array<{ from: string; as: string; part?: "start" | "end" | "precision" }> = [];
  for (const column of source) {
    if (INTERNAL_COLUMNS.has(column)) continue;
    if (column.endsWith("Precision") && DATE_COLUMNS.has(column.slice(0, -"Precision".length)))
      continue; // folded into its date's columns
    if (DATE_COLUMNS.has(column)) {
      plan.push({ from: column, as: `${column}Start`, part: "start" });
      plan.push({ from: column, as: `${column}End`, part: "end" });
      plan.push({ from: column, as: `${column}Precision`, part: "precision" });
    } else plan.push({ from: column, as: column });
  }
  return {
    columns: plan.map((p) => p.as),
    rows: rows.map((row) =>
      plan.map((p) => {
        if (!p.part) return cellOf(row[p.from]);
        const date = fuzzyDate(row[p.from], row[`${p.from}Precision`]);
        if (!date) return { type: "empty" };
        if (p.part === "precision") return { type: "text", value: date.precision };
        return { type: "date", value: p.part === "start" ? date.start : date.end };
      }),
    ),
  };
}

function cellOf(value: unknown): Cell {
  if (value === null || value === undefined) return { type: "empty" };
  if (typeof value === "number") return { type: "number", value };
  if (typeof value === "boolean") return { type: "boolean", value };
  if (typeof value === "string") return { type: "text", value };
  if (Array.isArray(value))
    return value.length === 0
      ? { type: "empty" }
      : { type: "text", value: value.map(flat).join(LIST_SEPARATOR) };
  return { type: "text", value: flat(value) };
}

function flat(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/** True when a spreadsheet opening this text would turn it into a number or a date. */
export function wouldBeConverted(text: string): boolean {
  return LOOKS_NUMERIC.test(text.trim()) || /^[=+@-]/.test(text);
}

interface Dated {
  start: string;
  end: string;
  precision: string;
}

function fuzzyDate(value: unknown, precision: unknown): Dated | null {
  if (typeof value !== "string") return null;
  const range = RANGE.exec(value);
  if (range) return { start: range[1] as string, end: range[2] as string, precision: "RANGE" };
  const match = FUZZY_DATE.exec(value);
  if (!match) return null;
  const [, year, month, day] = match;
  const kind = typeof precision === "string" ? precision : day ? "DAY" : month ? "MONTH" : "YEAR";
  if (!month) return { start: `${year}-01-01`, end: `${year}-12-31`, precision: kind };
  if (!day) {
    const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return {
      start: `${year}-${month}-01`,
      end: `${year}-${month}-${String(last).padStart(2, "0")}`,
      precision: kind,
    };
  }
  return { start: value, end: value, precision: kind };
}
