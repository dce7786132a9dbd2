/**
 * `npm run query --csv` and `--excel` read back as a spreadsheet reads them (issue 20, finding
 * 10): LibreOffice Calc, headless, opens the file and saves it as a flat OpenDocument
 * spreadsheet, whose cells say which type Calc gave them. Before issue 20, Calc turned CAMEO
 * "044" into the number 44, made day dates date cells and month dates text (a column that
 * does not sort), read Persian and en dashes as mojibake, and got JSON lists and a page's
 * internal `cursor` as columns. Needs `soffice` (Debian: libreoffice-calc-nogui, which
 * `npm test` installs as root): skipped with the reason when it is missing.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { neo4jConnection } from "../../test/support/neo4j.ts";
import { paths } from "../config/paths.ts";

const hasSoffice = spawnSync("soffice", ["--version"], { stdio: "ignore" }).status === 0;

function query(args: string[]): Buffer {
  const c = neo4jConnection();
  const result = spawnSync(process.execPath, ["src/cli/query.ts", ...args], {
    cwd: paths.root,
    env: {
      ...process.env,
      NEO4J_URI: c.uri,
      NEO4J_USERNAME: c.username,
      NEO4J_PASSWORD: c.password,
      ...(c.database ? { NEO4J_DATABASE: c.database } : {}),
    },
    timeout: 60_000,
  });
  if (result.status !== 0) throw new Error(String(result.stderr));
  return result.stdout;
}

interface SheetCell {
  type: string;
  value: string;
}

/**
 * Opens `file` in LibreOffice Calc (a CSV as Excel opens one with a BOM: UTF-8, comma,
 * formulas evaluated) and returns its first sheet's cells as Calc typed them.
 */
function openInCalc(file: string): SheetCell[][] {
  const out = mkdtempSync(join(tmpdir(), "drg-calc-"));
  const args = ["--headless", "--norestore", `-env:UserInstallation=file://${out}/profile`];
  if (file.endsWith(".csv")) args.push("--infilter=CSV:44,34,76,1,,0,false,true");
  const result = spawnSync("soffice", [...args, "--convert-to", "fods", "--outdir", out, file], {
    encoding: "utf8",
    timeout: 120_000,
  });
  if (result.status !== 0) throw new Error(`soffice: ${result.stderr}`);
  const name =
    file
      .split("/")
      .at(-1)
      ?.replace(/\.\w+$/, ".fods") ?? "";
  const xml = readFileSync(join(out, name), "utf8");
  const table = xml.slice(xml.indexOf("<table:table "), xml.indexOf("</table:table>"));
  return [...table.matchAll(/<table:table-row[^>]*>([\s\S]*?)<\/table:table-row>/g)].map(
    ([, row]) =>
      [
        ...(row ?? "").matchAll(
          /<table:table-cell([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g,
        ),
      ].flatMap(([, attributes = "", content = ""]) => {
        const repeat = Number(/table:number-columns-repeated="(\d+)"/.exec(attributes)?.[1] ?? 1);
        const type = /office:value-type="(\w+)"/.exec(attributes)?.[1] ?? "empty";
        const value =
          /office:date-value="([^"]+)"/.exec(attributes)?.[1] ??
          /office:value="([^"]+)"/.exec(attributes)?.[1] ??
          [...content.matchAll(/<text:p[^>]*>([\s\S]*?)<\/text:p>/g)]
            .map(([, p]) => decode((p ?? "").replace(/<[^>]+>/g, "")))
            .join("\n");
        return Array.from({ length: Math.min(repeat, 50) }, () => ({ type, value }));
      }),
  );
}

function decode(text: string): string {
  return text
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&apos;", "'")
    .replaceAll("&amp;", "&");
}

function column(sheet: SheetCell[][], name: string): SheetCell[] {
  const index = (sheet[0] ?? []).findIndex((cell) => cell.value === name);
  expect(index, name).toBeGreaterThanOrEqual(0);
  return sheet
    .slice(1)
    .filter((row) => row.some((cell) => cell.type !== "empty"))
    .map((row) => row[index] ?? { type: "empty", value: "" });
}

describe.skipIf(!hasSoffice)("query answers in a spreadsheet (LibreOffice Calc)", () => {
  const dir = mkdtempSync(join(tmpdir(), "drg-sheets-"));

  it('004: "welcomed a fourth round" (CAMEO 036) — --csv keeps codes as text, every date as sortable date cells, Persian and dashes intact', () => {
    const csv = query(["country-pair-timeline", "a=country:USA", "b=country:IRN", "--csv"]);
    expect(csv.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const file = join(dir, "timeline.csv");
    writeFileSync(file, csv);
    const sheet = openInCalc(file);
    expect(sheet[0]?.map((c) => c.value)).not.toContain("cursor");
    const cameo = column(sheet, "cameo");
    expect(cameo.every((c) => c.type === "string" && /^\d{3,4}$/.test(c.value))).toBe(true);
    expect(cameo.map((c) => c.value)).toContain("044");
    // Day, month and range dates alike are date cells: the column sorts.
    const starts = column(sheet, "dateStart").filter((c) => c.type !== "empty");
    expect(starts.length).toBeGreaterThanOrEqual(9);
    expect(starts.every((c) => c.type === "date")).toBe(true);
    expect(starts.map((c) => c.value.slice(0, 10))).toContain("2007-09-25");
    expect(column(sheet, "description").map((c) => c.value)).toContain(
      "US–Iran talks on Iraq, round 1: Crocker meets Kazemi Qomi",
    );
  });

  it("003: “جان کری پیش از این ملاقات گفته بود” — --csv of statements-for has article and excerpt columns, Persian intact, lists flattened", () => {
    const file = join(dir, "statements.csv");
    writeFileSync(file, query(["statements-for", "actor=country:USA", "--csv"]));
    const sheet = openInCalc(file);
    const header = sheet[0]?.map((c) => c.value) ?? [];
    expect(header).toEqual(expect.arrayContaining(["articles", "excerpts", "directedAt"]));
    const excerpts = column(sheet, "excerpts").map((c) => c.value);
    expect(excerpts.some((e) => e.includes("جان کری پیش از این ملاقات گفته بود"))).toBe(true);
    expect(excerpts.every((e) => !e.startsWith("["))).toBe(true);
  });

  it("001: “said earlier this week” — --excel writes a workbook Calc opens with typed cells", () => {
    const file = join(dir, "statements.xlsx");
    writeFileSync(file, query(["actor-statements", "actor=country:USA", "--excel"]));
    const sheet = openInCalc(file);
    const header = sheet[0]?.map((c) => c.value) ?? [];
    expect(header).not.toContain("cursor");
    expect(header).toEqual(expect.arrayContaining(["dateStart", "dateEnd", "datePrecision"]));
    const cameo = column(sheet, "cameo");
    expect(cameo.every((c) => c.type === "string")).toBe(true);
    expect(cameo.map((c) => c.value)).toContain("010");
    const starts = column(sheet, "dateStart").filter((c) => c.type !== "empty");
    expect(starts.every((c) => c.type === "date")).toBe(true);
    expect(column(sheet, "goldstein").every((c) => c.type === "float")).toBe(true);
  });
});
