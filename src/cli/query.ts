/**
 * `npm run query -- <name> key=value ... [--json | --csv | --excel] [--full] [--timing]`: runs a
 * query from the analyst library (cypher/queries/) against the configured Neo4j in a read
 * transaction and prints a table (cells cut to fit a terminal unless --full), JSON, CSV a
 * spreadsheet opens as it is, or an Excel workbook (--excel, to redirect to a .xlsx file).
 * Without a name it lists the library. With --stdin it reads one "<name> key=value ..." per
 * line and runs them all over one connection, so only the first pays for connecting.
 */
import { createInterface } from "node:readline";
import type { Driver } from "neo4j-driver";
import { loadConfig } from "../config/index.ts";
import { CypherExecutor, type Row } from "../db/executor.ts";
import { renderCsv } from "../queries/csv.ts";
import { bindParams, LibraryError, type LibraryQuery, loadLibrary } from "../queries/library.ts";
import { renderTable } from "../queries/table.ts";
import { renderXlsx } from "../queries/xlsx.ts";
import { describeQueryFailure } from "./query-failure.ts";
import { CliError, withNeo4j } from "./with-neo4j.ts";

/** Milliseconds since the process started: Node's own start plus loading these modules. */
const loadedAt = performance.now();

const FLAGS = ["--json", "--csv", "--excel", "--full", "--timing", "--stdin"] as const;
const args = process.argv.slice(2);
const flag = (name: (typeof FLAGS)[number]) => args.includes(name);
const format = flag("--excel")
  ? "excel"
  : flag("--csv")
    ? "csv"
    : flag("--json")
      ? "json"
      : "table";
const words = args.filter((arg) => !(FLAGS as readonly string[]).includes(arg));
const timings: Array<[string, number]> = [["node start and module loading", loadedAt]];
let mark = loadedAt;
const lap = (label: string) => {
  const now = performance.now();
  timings.push([label, now - mark]);
  mark = now;
};

const USAGE =
  "Usage: npm run query -- <name> key=value ... [--json | --csv | --excel] [--full] [--timing]\n" +
  "       npm run query -- --stdin [--json | --csv] < lines   (one '<name> key=value ...' per line)\n" +
  "       --excel writes a workbook: redirect it to a file (> answer.xlsx)";

interface Job {
  query: LibraryQuery;
  params: Record<string, unknown>;
  /** Where the job was read, for messages: "stdin:3". */
  from?: string;
}

function parseJob(library: LibraryQuery[], [name, ...rest]: string[]): Job {
  const query = library.find((candidate) => candidate.name === name);
  if (!query) {
    throw new CliError(
      `No query named "${name}". Available: ${library.map((q) => q.name).join(", ")}`,
    );
  }
  try {
    return { query, params: bindParams(query, rest) };
  } catch (error) {
    if (error instanceof LibraryError) throw new CliError(error.message);
    throw error;
  }
}

function render(job: Job, rows: Row[]): string {
  if (format === "json") return JSON.stringify(rows, null, 2);
  if (format === "csv") return renderCsv(rows).replace(/\r\n$/, "");
  if (format === "excel") throw new Error("a workbook is written, not rendered");
  return `${job.query.question}\n\n${renderTable(rows, flag("--full") ? Infinity : undefined)}`;
}

async function run(
  driver: Driver,
  database: string | undefined,
  timeoutMs: number,
  jobs: AsyncIterable<Job>,
) {
  const executor = new CypherExecutor(driver, { database, timeoutMs, application: "query-cli" });
  for await (const job of jobs) {
    let rows: Row[];
    try {
      rows = await executor.read(job.query.cypher, job.params);
    } catch (error) {
      const name = job.from ? `${job.from}: ${job.query.name}` : job.query.name;
      throw new CliError(describeQueryFailure(name, error, timeoutMs));
    }
    lap(`query ${job.query.name} (${rows.length} rows)`);
    if (format === "excel") process.stdout.write(renderXlsx(rows, job.query.name));
    else console.log(render(job, rows));
    const next = nextPageHint(job, rows);
    if (next) process.stderr.write(`${next}\n`);
  }
}

/** A full page of a paged query may have more after it: say how to ask for the next. */
function nextPageHint(job: Job, rows: Row[]): string | undefined {
  const pages = job.query.pages;
  if (!pages) return undefined;
  const limit = Number(job.params.limit ?? pages.limit);
  const last = rows.at(-1)?.[pages.after];
  if (rows.length < limit || typeof last !== "string") return undefined;
  return `(a full page of ${limit} rows: more may follow; the next page: add after=${last})`;
}

async function* fromStdin(library: LibraryQuery[]): AsyncIterable<Job> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let number = 0;
  for await (const line of lines) {
    number++;
    const lineWords = line.trim().split(/\s+/).filter(Boolean);
    if (lineWords.length === 0 || lineWords[0]?.startsWith("#")) continue;
    let job: Job;
    try {
      job = parseJob(library, lineWords);
    } catch (error) {
      throw new CliError(`stdin:${number}: ${(error as Error).message}`);
    }
    yield { ...job, from: `stdin:${number}` };
  }
}

async function* once(job: Job): AsyncIterable<Job> {
  yield job;
}

let jobs: AsyncIterable<Job> | undefined;
try {
  const library = loadLibrary();
  if (flag("--stdin") && format === "excel") {
    throw new Error("--excel writes one workbook per query: it does not combine with --stdin");
  } else if (flag("--stdin")) {
    jobs = fromStdin(library);
  } else if (words.length === 0) {
    const lines = library.map((query) => `  ${query.name.padEnd(24)} ${query.question}`);
    console.log(`${USAGE}\n\nQueries:\n${lines.join("\n")}`);
  } else {
    jobs = once(parseJob(library, words));
  }
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(2);
}

if (jobs) {
  const work = jobs;
  lap("reading the library");
  await withNeo4j(
    async (driver, target) => {
      lap("resolving and connecting to Neo4j");
      await run(driver, target.database, loadConfig().neo4j.cliQueryTimeoutMs, work);
    },
    () => {},
  );
  lap("closing the connection");
  if (flag("--timing")) {
    const lines = timings.map(([label, ms]) => `  ${ms.toFixed(0).padStart(6)} ms  ${label}`);
    const total = timings.reduce((sum, [, ms]) => sum + ms, 0);
    process.stderr.write(
      `Timing:\n${lines.join("\n")}\n  ${total.toFixed(0).padStart(6)} ms  total\n`,
    );
  }
}
