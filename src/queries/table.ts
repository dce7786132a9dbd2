/** Renders rows as a plain-text table that fits a terminal: long cells are shortened. */
import type { Row } from "../db/executor.ts";

export function renderTable(rows: Row[], maxCell = 60): string {
  if (rows.length === 0) return "(no rows)";
  const columns = Object.keys(rows[0] as Row);
  const cells = rows.map((row) => columns.map((column) => cell(row[column], maxCell)));
  const widths = columns.map((column, i) =>
    Math.max(width(column), ...cells.map((line) => width(line[i] as string))),
  );
  const line = (values: string[]) =>
    values.map((value, i) => pad(value, widths[i] as number)).join(" │ ");
  return [
    line(columns),
    widths.map((w) => "─".repeat(w)).join("─┼─"),
    ...cells.map(line),
    `(${rows.length} row${rows.length === 1 ? "" : "s"})`,
  ].join("\n");
}

function cell(value: unknown, max: number): string {
  const text =
    value === null || value === undefined
      ? ""
      : typeof value === "string"
        ? value
        : JSON.stringify(value);
  const flat = text.replace(/\s+/g, " ");
  return [...flat].length > max ? `${[...flat].slice(0, max - 1).join("")}…` : flat;
}

/** Code points, not UTF-16 units: Persian and curly quotes count as one column each. */
function width(text: string): number {
  return [...text].length;
}

function pad(text: string, target: number): string {
  return text + " ".repeat(Math.max(0, target - width(text)));
}
