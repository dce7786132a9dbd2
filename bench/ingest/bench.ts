/**
 * The ingest bench (bench/ingest/README.md): on a generated dataset, a new article applied,
 * one of its quotes corrected and the article retracted, each timed, while clients read
 * actor pages through the API; the graph's checksum compared before and after; then the five
 * project articles applied, and a warm `npm start` timed with one of them changed.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import neo4j, { type Driver } from "neo4j-driver";
import { type RunningApplication, startApplication } from "../../src/application.ts";
import { loadConfig } from "../../src/config/index.ts";
import { paths } from "../../src/config/paths.ts";
import { countGraph } from "../../src/db/graph-counts.ts";
import type { Neo4jTarget } from "../../src/db/resolve.ts";
import {
  datasetDataDir,
  openScaleDataset,
  pageCacheFor,
} from "../../src/generate/scale-dataset.ts";
import { applySeedFile, type FileApplication } from "../../src/ingest/apply.ts";
import { loadDerivationRules } from "../../src/ingest/derive.ts";
import { graphChecksum } from "../../src/ingest/dump.ts";
import { rebuildDerived } from "../../src/ingest/rebuild.ts";
import { emptySeedFile, readSeedText, type SeedFile } from "../../src/ingest/seed-file.ts";
import { projectSeeds, syncGraph } from "../../src/ingest/sync.ts";
import { createLogger } from "../../src/log/logger.ts";
import { hubAndMedian, peopleByMeetings } from "../scale/subjects.ts";
import { summarize } from "../support.ts";

const HERE = new URL("./", import.meta.url).pathname;
export const ARTICLE_FILE = "06-article-900-bench-geneva-talks.cypher";
const ARTICLES_DIR = join(HERE, "articles");
const ACTOR_PAGE = readFileSync(join(paths.root, "operations/actor-page.graphql"), "utf8");

/** The article as written, and with one quote corrected (a comma the reporter misheard). */
export function benchArticle(): { original: SeedFile; corrected: SeedFile } {
  const text = readFileSync(join(HERE, ARTICLE_FILE), "utf8");
  const quote =
    'SET s.text = "We had a frank exchange, and we agreed to meet again within a month"';
  if (!text.includes(quote)) throw new Error(`${ARTICLE_FILE}: the quote to correct is missing`);
  return {
    original: readSeedText(ARTICLE_FILE, text),
    corrected: readSeedText(
      ARTICLE_FILE,
      text.replace(
        quote,
        'SET s.text = "We had a frank exchange and we agreed to meet again within a month"',
      ),
    ),
  };
}

export interface Step {
  step: "apply" | "correct" | "retract";
  cycle: number;
  ms: number;
  counts: FileApplication["counts"];
  derivedUpdates: number;
  /** Actor pages that started while the step ran. */
  pages: number;
  pageP95Ms: number | null;
}

export interface IngestScaleResult {
  meetings: number;
  counts: Record<string, number>;
  subjects: { hub: { id: string; degree: number }; median: { id: string; degree: number } };
  /** The data graph's checksum before anything, and after everything was undone. */
  checksum: { before: string; after: string; ms: number } | null;
  atRest: { pages: number; p50Ms: number; p95Ms: number };
  steps: Step[];
  /** Cycle 0, the first after Neo4j started: its queries planned as they ran. */
  firstAfterStart: { applyMs: number; correctMs: number; retractMs: number };
  /** The slowest of the other cycles. */
  worst: {
    applyMs: number;
    correctMs: number;
    retractMs: number;
    pageP95DuringMs: number;
    pagesDuring: number;
  };
  /** A full rebuild of derived data, a batch of nodes per transaction. */
  rebuild: { ms: number; batches: number } | null;
  projectArticles: { file: string; ms: number; action: string }[] | null;
  warmStart: {
    readyMs: number;
    phases: StartPhases;
    changedFile: string;
    firstRequestMs: number;
    laterRequestMs: number;
  } | null;
  errors: string[];
}

export interface IngestOptions {
  meetings: number;
  seed: number;
  cycles: number;
  restSeconds: number;
  clients: number;
  checksum: boolean;
  rebuild: boolean;
  start: boolean;
  heap: string;
  dataRoot?: string;
  log: (line: string) => void;
}

interface Page {
  started: number;
  ms: number;
  ok: boolean;
}

/** Clients reading actor pages (hub and median in turn) until stopped. */
function readPages(endpoint: string, ids: string[], clients: number) {
  const pages: Page[] = [];
  const errors: string[] = [];
  let running = true;
  const client = async (offset: number) => {
    for (let i = offset; running; i++) {
      const started = performance.now();
      try {
        const response = await fetch(endpoint, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: ACTOR_PAGE, variables: { id: ids[i % ids.length] } }),
        });
        const json = (await response.json()) as { errors?: { message: string }[] };
        const ok = response.status === 200 && !json.errors;
        if (!ok && errors.length < 10) errors.push(JSON.stringify(json.errors ?? response.status));
        pages.push({ started, ms: performance.now() - started, ok });
      } catch (error) {
        if (errors.length < 10) errors.push(String(error));
      }
    }
  };
  const done = Promise.all(Array.from({ length: clients }, (_, i) => client(i)));
  return {
    pages,
    errors,
    between: (from: number, to: number) =>
      pages.filter((p) => p.started >= from && p.started <= to),
    stop: async () => {
      running = false;
      await done;
    },
  };
}

function p95(pages: Page[]): number | null {
  return pages.length === 0 ? null : summarize(pages.map((p) => p.ms)).p95;
}

async function applyTimed(driver: Driver, file: SeedFile): Promise<FileApplication> {
  const rules = loadDerivationRules();
  const session = driver.session();
  try {
    return await session.executeWrite((tx) =>
      applySeedFile(tx, file, { rules, articlesDir: ARTICLES_DIR, author: "bench:ingest" }),
    );
  } finally {
    await session.close();
  }
}

async function startApi(target: Neo4jTarget): Promise<RunningApplication> {
  const config = loadConfig({
    ...process.env,
    NODE_ENV: "development",
    HOST: "127.0.0.1",
    PORT: "0",
    NEO4J_PROVIDER: "uri",
    NEO4J_URI: target.uri,
    NEO4J_USERNAME: target.username,
    NEO4J_PASSWORD: target.password,
    SEED_ON_START: "false",
    RATE_LIMIT_PER_MINUTE: "0",
    MAX_CONNECTIONS_PER_CLIENT: "0",
    LOG_LEVEL: "error",
  });
  return startApplication(config, createLogger("error"));
}

async function subjects(driver: Driver) {
  return hubAndMedian(await peopleByMeetings(driver, undefined));
}

export async function runIngestScale(options: IngestOptions): Promise<IngestScaleResult> {
  const log = options.log;
  const errors: string[] = [];
  const open = () =>
    openScaleDataset({
      meetings: options.meetings,
      seed: options.seed,
      pageCache: pageCacheFor(options.meetings),
      heap: options.heap,
      dataRoot: options.dataRoot,
      log,
    });
  let { target } = await open();
  let driver = neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password));
  const dataDir = datasetDataDir(options.meetings, options.seed, options.dataRoot);
  try {
    // The ledger's schema, and migrations (a generated dataset is recorded as current).
    await syncGraph(driver, undefined, {
      author: "bench:ingest",
      policy: "all",
      sources: { files: [], articlesDir: ARTICLES_DIR },
    });
    const counts = await countGraph(driver, undefined);
    const people = await subjects(driver);
    log(
      `ingest ${options.meetings}: hub ${people.hub.id} (${people.hub.degree}), median ${people.median.id} (${people.median.degree})`,
    );

    let checksumBefore: { checksum: string } | null = null;
    let checksumMs = 0;
    if (options.checksum) {
      const started = performance.now();
      checksumBefore = await graphChecksum(driver, undefined, {
        onProgress: (done) => log(`checksum: ${done.toLocaleString("en")} rows`),
      });
      checksumMs = performance.now() - started;
      log(
        `checksum ${checksumBefore.checksum.slice(0, 12)} in ${(checksumMs / 1000).toFixed(1)} s`,
      );
    }

    const api = await startApi(target);
    const endpoint = `${api.url}/graphql`;
    const reader = readPages(endpoint, [people.hub.id, people.median.id], options.clients);
    const steps: Step[] = [];
    let during: Page[] = [];
    let atRest: IngestScaleResult["atRest"];
    try {
      // Warm-up, then the pages at rest.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const restFrom = performance.now();
      await new Promise((resolve) => setTimeout(resolve, options.restSeconds * 1000));
      const rest = reader.between(restFrom, performance.now());
      const restSummary = summarize(rest.map((p) => p.ms));
      atRest = { pages: rest.length, p50Ms: restSummary.median, p95Ms: restSummary.p95 };
      log(
        `at rest: ${rest.length} pages, p50 ${atRest.p50Ms.toFixed(1)} ms, p95 ${atRest.p95Ms.toFixed(1)} ms`,
      );

      const { original, corrected } = benchArticle();
      // Cycle 0 is the first after Neo4j started: its queries are planned as they run
      // (Neo4j's plan cache is the server's, so only its first apply pays). Reported apart.
      for (let cycle = 0; cycle <= options.cycles; cycle++) {
        for (const [step, file] of [
          ["apply", original],
          ["correct", corrected],
          ["retract", emptySeedFile(ARTICLE_FILE)],
        ] as const) {
          const from = performance.now();
          const application = await applyTimed(driver, file);
          const to = performance.now();
          const pages = reader.between(from, to);
          if (cycle > 0) during = [...during, ...pages];
          steps.push({
            step,
            cycle,
            ms: to - from,
            counts: application.counts,
            derivedUpdates: application.derivedUpdates,
            pages: pages.length,
            pageP95Ms: p95(pages),
          });
          log(
            `cycle ${cycle} ${step}: ${(to - from).toFixed(0)} ms, ${pages.length} pages during, p95 ${p95(pages)?.toFixed(1) ?? "–"} ms`,
          );
          // Pages between steps are at rest again: a second apart.
          await new Promise((resolve) => setTimeout(resolve, 1000));
        }
      }
    } finally {
      await reader.stop();
      await api.stop();
      errors.push(...reader.errors);
    }

    // A full rebuild of the derived data (what a changed rule costs), in batches within the
    // default transaction memory limit; the checksum after it shows it changed nothing.
    let rebuild: IngestScaleResult["rebuild"] = null;
    if (options.rebuild) {
      const from = performance.now();
      let batches = 0;
      await rebuildDerived(driver, undefined, {
        onProgress: (p) => {
          batches++;
          if (batches % 50 === 0)
            log(`rebuild: ${p.label} (${p.step}/${p.steps}) ${p.done}/${p.total}`);
        },
      });
      rebuild = { ms: Math.round(performance.now() - from), batches };
      log(`rebuild: ${batches} batches in ${(rebuild.ms / 1000).toFixed(1)} s`);
    }

    let projectArticles: IngestScaleResult["projectArticles"] = null;
    let warmStart: IngestScaleResult["warmStart"] = null;
    if (options.start) {
      const report = await syncGraph(driver, undefined, {
        author: "bench:ingest",
        policy: "all",
        sources: projectSeeds(),
      });
      if (report.failed.length > 0)
        errors.push(`project articles: ${JSON.stringify(report.failed)}`);
      projectArticles = report.applied.map((a) => ({
        file: a.file,
        ms: Math.round(a.ms),
        action: a.action,
      }));
      log(`project articles: ${projectArticles.map((a) => `${a.file} ${a.ms} ms`).join(", ")}`);
      await driver.close();
      await target.stop();
      warmStart = await timeWarmStart(options, dataDir, log);
      ({ target } = await open());
      driver = neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password));
      const retracted = await syncGraph(driver, undefined, {
        author: "bench:ingest",
        policy: "all",
        sources: { files: [], articlesDir: ARTICLES_DIR },
      });
      log(
        `retracted ${retracted.applied.length} project files in ${retracted.applied.reduce((t, a) => t + a.ms, 0).toFixed(0)} ms`,
      );
    }
    // One checksum at the end covers the cycles, the rebuild and the project articles: on a
    // million meetings each takes most of an hour (every node and relationship read).
    let after = "";
    if (options.checksum) {
      const started = performance.now();
      after = (await graphChecksum(driver, undefined)).checksum;
      log(
        `checksum after: ${after.slice(0, 12)} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    }

    const warm = steps.filter((s) => s.cycle > 0);
    const worstOf = (step: Step["step"]) =>
      Math.max(...warm.filter((s) => s.step === step).map((s) => s.ms));
    const cold = (step: Step["step"]) =>
      steps.find((s) => s.cycle === 0 && s.step === step)?.ms ?? 0;
    return {
      meetings: options.meetings,
      counts: { ...counts.labels, ...counts.relationships },
      subjects: people,
      checksum: checksumBefore
        ? {
            before: checksumBefore.checksum,
            after,
            ms: Math.round(checksumMs),
          }
        : null,
      atRest,
      steps,
      firstAfterStart: {
        applyMs: cold("apply"),
        correctMs: cold("correct"),
        retractMs: cold("retract"),
      },
      worst: {
        applyMs: worstOf("apply"),
        correctMs: worstOf("correct"),
        retractMs: worstOf("retract"),
        // Every page that started while any step ran, pooled: one step alone sees few.
        pageP95DuringMs: p95(during) ?? 0,
        pagesDuring: during.length,
      },
      rebuild,
      projectArticles,
      warmStart,
      errors,
    };
  } finally {
    await driver.close();
    await target.stop();
  }
}

/**
 * `npm start` on the dataset's directory, with the project's seeds but one article changed:
 * from spawning the process to its "ready" log line (Neo4j's start included), then the first
 * and a later actor page.
 */
async function timeWarmStart(
  options: IngestOptions,
  dataDir: string,
  log: (line: string) => void,
): Promise<IngestScaleResult["warmStart"]> {
  const seeds = mkdtempSync(join(tmpdir(), "drg-ingest-seeds-"));
  cpSync(paths.seeds, seeds, { recursive: true, filter: (source) => !source.endsWith(".test.ts") });
  const changed = "05-article-004-iran-welcomes-fourth-round.cypher";
  const text = readFileSync(join(seeds, changed), "utf8");
  writeFileSync(
    join(seeds, changed),
    text.replace(
      'SET s.text = "Iran will give a positive response to this request"',
      'SET s.text = "Iran will respond positively to this request"',
    ),
  );
  const started = performance.now();
  const child = spawn(process.execPath, ["src/main.ts"], {
    cwd: paths.root,
    env: {
      ...process.env,
      NEO4J_PROVIDER: "embedded",
      NEO4J_DATA_DIR: dataDir,
      NEO4J_BOLT_PORT: "0",
      NEO4J_HTTP_PORT: "0",
      NEO4J_HEAP: options.heap,
      NEO4J_PAGECACHE: pageCacheFor(options.meetings),
      PORT: "0",
      SEEDS_DIR: seeds,
      SEED_ON_START: "true",
      LOG_LEVEL: "info",
      RATE_LIMIT_PER_MINUTE: "0",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  try {
    const phases: StartPhases = {};
    const url = await readyUrl(child, started, phases, log);
    const readyMs = performance.now() - started;
    const page = async () => {
      const from = performance.now();
      await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: ACTOR_PAGE, variables: { id: "person:ryan-crocker" } }),
      });
      return performance.now() - from;
    };
    const firstRequestMs = await page();
    let laterRequestMs = 0;
    for (let i = 0; i < 5; i++) laterRequestMs = await page();
    log(`warm start with ${changed} changed: ready in ${(readyMs / 1000).toFixed(1)} s`);
    log(`warm start phases: ${JSON.stringify(phases)}`);
    return {
      readyMs: Math.round(readyMs),
      phases,
      changedFile: changed,
      firstRequestMs,
      laterRequestMs,
    };
  } finally {
    child.kill("SIGTERM");
    await new Promise((resolve) => child.once("exit", resolve));
  }
}

interface StartPhases {
  /** From spawning to Neo4j's ready line, to the seeds applied, to the plans warmed. */
  neo4jReadyMs?: number;
  seedsAppliedMs?: number;
  plansWarmedMs?: number;
}

function readyUrl(
  child: ChildProcess,
  started: number,
  phases: StartPhases,
  log: (line: string) => void,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error("npm start was not ready within 10 minutes")),
      600_000,
    );
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    const since = () => Math.round(performance.now() - started);
    lines.on("line", (line) => {
      const match = /GraphQL API ready at (\S+)\/graphql/.exec(line);
      if (/embedded .* ready in/.test(line)) phases.neo4jReadyMs = since();
      if (/seed files (applied|unchanged)/.test(line)) phases.seedsAppliedMs = since();
      if (/query plans warmed/.test(line)) phases.plansWarmedMs = since();
      if (/seed file|failed|error/i.test(line)) log(`npm start: ${line.slice(0, 300)}`);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited with ${code} before it was ready`));
    });
  });
}
