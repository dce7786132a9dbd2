/**
 * `npm run measure:explorer`: how fast the explorer's views come up in Chromium, and how fast
 * the API answers every operation those views send, for chosen subjects (issue 21).
 *
 *   --url http://127.0.0.1:4000  an API already running (its Neo4j, for choosing hub and
 *                                median, from NEO4J_URI / NEO4J_PASSWORD as `npm run query`)
 *   --meetings 1000000           a generated dataset (src/generate/scale-dataset.ts), opened here and
 *                                served by an API started in-process; --seed 1, --heap 2g,
 *                                --page-cache (default: the generator's size for it),
 *                                --data-root DIR (or SCALE_DATA_ROOT)
 *   (neither)                    an API started in-process on the configured Neo4j, as
 *                                `npm start` does (the five articles)
 *   --subjects example,hub,median  whom the views are about (default: all three; "example"
 *                                only where the articles' graph is loaded)
 *   --runs 10                    cold browser loads per view, timed API calls per operation
 *   --results-dir bench/results  where explorer-<timestamp>.json goes
 *   --screenshots docs/img       also the docs' screenshots of the explorer, at 1280×900 and
 *                                390×844 (the five articles: they show Crocker, IRN–USA and
 *                                Annan → Crocker); --screenshots-only: nothing else
 *
 * Subjects: `hub` is the person with the most meetings (TOOK_PART_IN) and `median` the
 * middle one, as the scale and ingest benches pick them (bench/scale/subjects.ts). For each,
 * the views are the person page, the pair view with the person they met most, the path to
 * the other subject (hub → median, median → hub), and, for the API, the pages a reader opens
 * from the person page: the country they represented, their first meeting and its first
 * article, the evidence of that meeting and of the network's strongest line, and a search for
 * their name. `example` is the home page's own: Ryan Crocker, Iran–United States, Kofi Annan
 * → Ryan Crocker.
 *
 * Browser: each load opens a fresh headless Chromium context (an empty cache, as a first
 * visit) with every non-local request aborted, and times navigation start → the view ready
 * (its `data-ready`, and for a person the network drawn). API: the requests the explorer sent
 * for each view (captured from the browser, sent again as they were), once to warm up and
 * then --runs times each, timed over HTTP as a client sees them; an answer with errors (the
 * cost limit's refusal among them) is a failure, reported, and makes the exit code 1.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { Browser, Page } from "playwright-core";
import { hubAndMedian, peopleByMeetings, type RankedPerson } from "../bench/scale/subjects.ts";
import { percentile, postGraphQL } from "../bench/support.ts";
import { type RunningApplication, startApplication } from "../src/application.ts";
import { loadConfig } from "../src/config/index.ts";
import { paths } from "../src/config/paths.ts";
import { createDriver } from "../src/db/driver.ts";
import { type Neo4jTarget, resolveNeo4j } from "../src/db/resolve.ts";
import { openScaleDataset, pageCacheFor } from "../src/generate/scale-dataset.ts";
import { loadExampleOperations } from "../src/graphql/operations.ts";
import { createLogger } from "../src/log/logger.ts";
import { isLocal, launchChromium, sentOperation } from "../test/support/browser.ts";
import { takeScreenshots } from "./explorer-screenshots.ts";

const { values } = parseArgs({
  options: {
    url: { type: "string" },
    meetings: { type: "string" },
    seed: { type: "string", default: "1" },
    heap: { type: "string", default: "2g" },
    "page-cache": { type: "string" },
    "data-root": { type: "string" },
    subjects: { type: "string", default: "example,hub,median" },
    runs: { type: "string", default: "10" },
    screenshots: { type: "string" },
    "screenshots-only": { type: "boolean" },
    "results-dir": { type: "string", default: join(paths.root, "bench", "results") },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be ≥ 1, got ${values.runs}`);
const wanted = (values.subjects ?? "")
  .split(",")
  .map((s) => s.trim())
  .filter(Boolean);
for (const key of wanted)
  if (!["example", "hub", "median"].includes(key))
    throw new Error(`--subjects: "${key}" is none of example, hub, median`);
const log = (line: string) => process.stderr.write(`${line}\n`);

// ---------------------------------------------------------------------------------------
// The API and its Neo4j.

/** No second Neo4j on a store another process has open: two on one store corrupt it. */
function refuseIfInUse(dataDir: string) {
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    if (Number(pid) === process.pid) continue;
    let cmdline = "";
    try {
      cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
    } catch {
      continue;
    }
    if (cmdline.includes(dataDir))
      throw new Error(`process ${pid} has ${dataDir} open (${cmdline.slice(0, 200)}); wait for it`);
  }
}

let neo4jTarget: Neo4jTarget | undefined;
let application: RunningApplication | undefined;
let datasetLabel = "the configured Neo4j (the five articles)";
const started = new Date();
const loadBefore = loadavg();
if (values.meetings) {
  const meetings = Number(values.meetings);
  const seed = Number(values.seed);
  const dataRoot = values["data-root"] ?? process.env.SCALE_DATA_ROOT;
  const dirName = `meetings-${meetings}-seed-${seed}`;
  refuseIfInUse(dataRoot ? join(dataRoot, dirName) : dirName);
  const opened = await openScaleDataset({
    meetings,
    seed,
    pageCache: values["page-cache"] ?? pageCacheFor(meetings),
    heap: values.heap ?? "2g",
    dataRoot,
    log,
  });
  neo4jTarget = opened.target;
  datasetLabel = `generated: ${meetings.toLocaleString("en")} meetings, seed ${seed}`;
  const target = opened.target;
  application = await startApplication(
    loadConfig({
      ...process.env,
      HOST: "127.0.0.1",
      PORT: "0",
      NEO4J_PROVIDER: "uri",
      NEO4J_URI: target.uri,
      NEO4J_USERNAME: target.username,
      NEO4J_PASSWORD: target.password,
      SEED_ON_START: "false",
      RATE_LIMIT_PER_MINUTE: "0",
      MAX_CONNECTIONS_PER_CLIENT: "0",
      LOG_LEVEL: "warn",
    }),
    createLogger("warn"),
  ).catch(async (error: unknown) => {
    await target.stop();
    throw error;
  });
} else if (!values.url) {
  application = await startApplication(
    loadConfig({ ...process.env, PORT: "0", LOG_LEVEL: "warn", RATE_LIMIT_PER_MINUTE: "0" }),
    createLogger("warn"),
  );
  neo4jTarget = application.neo4j;
} else if (wanted.some((key) => key !== "example")) {
  if (!process.env.NEO4J_URI)
    throw new Error("--url with hub or median: set NEO4J_URI to the Neo4j that API reads");
  neo4jTarget = await resolveNeo4j(loadConfig(process.env).neo4j, log);
  datasetLabel = `the API at ${values.url}, Neo4j ${process.env.NEO4J_URI}`;
}
const base = values.url ?? application?.url;
if (!base) throw new Error("no API to measure");
const endpoint = `${base}/graphql`;
const maxCost = loadConfig(process.env).http.limits.maxCost;

// ---------------------------------------------------------------------------------------
// Whom the views are about.

interface Subject {
  key: string;
  person: { id: string; name: string; degree?: number };
  /** Routes (the explorer's hash) of the views timed in the browser. */
  timed: { person: string; pair: string; path: string };
  /** Further views opened once, for the operations they send. */
  opened: { view: string; hash: string }[];
  /** Extra requests for what only a click sends (the evidence panels). */
  clicks: { view: string; operation: string; variables: Record<string, unknown> }[];
}

const operations = new Map(
  loadExampleOperations(join(paths.root, "operations")).map((op) => [op.name, op.query]),
);
async function run(name: string, variables: Record<string, unknown>) {
  const query = operations.get(name);
  if (!query) throw new Error(`no operation ${name} in operations/`);
  const { json } = await postGraphQL(
    endpoint,
    JSON.stringify({ query, variables, operationName: name }),
    60_000,
  );
  if (json.errors) throw new Error(`${name}: ${JSON.stringify(json.errors).slice(0, 400)}`);
  return json.data as Record<string, unknown>;
}
const actor = (id: string) => `#/actor/${encodeURIComponent(id)}`;
const shortId = (id: string) => (id.startsWith("country:") ? id.slice("country:".length) : id);

interface ActorPageData {
  person: {
    positions: { of: { id: string } | null }[];
    meetings: {
      edges: {
        node: {
          id: string;
          participants: { person: { id: string }; representing: { id: string } | null }[];
          sources: { article: { id: string } }[];
        };
      }[];
    };
  } | null;
}
interface NetworkData {
  person: { counterparts: { person: { id: string; name: string } }[] } | null;
}

/** What a person's pages lead to: whom they met most, their country, a meeting, an article. */
async function surroundings(person: RankedPerson | { id: string; name: string }) {
  const page = (await run("ActorPage", { id: person.id })) as unknown as ActorPageData;
  const network = (await run("ActorNetwork", { id: person.id })) as unknown as NetworkData;
  const meeting = page.person?.meetings.edges[0]?.node;
  const party =
    meeting?.participants.find((p) => p.person.id === person.id)?.representing?.id ??
    page.person?.positions.find((p) => p.of)?.of?.id;
  const article = meeting?.sources[0]?.article.id;
  const counterpart = network.person?.counterparts[0]?.person;
  return { meeting: meeting?.id, party, article, counterpart };
}

async function subjects(): Promise<Subject[]> {
  const chosen: Subject[] = [];
  let ranked: { hub: RankedPerson; median: RankedPerson } | undefined;
  if (wanted.some((key) => key !== "example")) {
    if (!neo4jTarget) throw new Error("no Neo4j to choose hub and median from");
    const driver = createDriver(neo4jTarget, loadConfig().neo4j);
    try {
      ranked = hubAndMedian(await peopleByMeetings(driver, neo4jTarget.database));
    } finally {
      await driver.close();
    }
  }
  for (const key of wanted) {
    if (key === "example") {
      const crocker = { id: "person:ryan-crocker", name: "Ryan Crocker" };
      const found = (await run("ActorPage", { id: crocker.id })) as unknown as ActorPageData;
      if (!found.person) {
        log("subject example: skipped, Ryan Crocker is not in this graph (generated data)");
        continue;
      }
      const around = await surroundings(crocker);
      chosen.push({
        key,
        person: crocker,
        timed: {
          person: actor(crocker.id),
          pair: "#/pair/IRN/USA",
          path: `#/path/${encodeURIComponent("person:kofi-annan")}/${encodeURIComponent(crocker.id)}/6`,
        },
        opened: openedViews(crocker.name, around),
        clicks: clicks(crocker.id, around),
      });
      continue;
    }
    const person = ranked?.[key as "hub" | "median"];
    const other = ranked?.[key === "hub" ? "median" : "hub"];
    if (!person || !other) continue;
    const around = await surroundings(person);
    const counterpart = around.counterpart?.id ?? other.id;
    chosen.push({
      key,
      person,
      timed: {
        person: actor(person.id),
        pair: `#/pair/${encodeURIComponent(shortId(person.id))}/${encodeURIComponent(shortId(counterpart))}`,
        path: `#/path/${encodeURIComponent(person.id)}/${encodeURIComponent(other.id)}/6`,
      },
      opened: openedViews(person.name, around),
      clicks: clicks(person.id, around),
    });
  }
  return chosen;
}

function openedViews(
  name: string,
  around: Awaited<ReturnType<typeof surroundings>>,
): Subject["opened"] {
  return [
    ...(around.party ? [{ view: "party page", hash: actor(around.party) }] : []),
    ...(around.meeting
      ? [{ view: "meeting page", hash: `#/meeting/${encodeURIComponent(around.meeting)}` }]
      : []),
    ...(around.article
      ? [{ view: "article page", hash: `#/article/${encodeURIComponent(around.article)}` }]
      : []),
    { view: "search", hash: `#/search/${encodeURIComponent(name)}` },
  ];
}

function clicks(id: string, around: Awaited<ReturnType<typeof surroundings>>): Subject["clicks"] {
  return [
    ...(around.meeting
      ? [{ view: "evidence panel", operation: "Evidence", variables: { id: around.meeting } }]
      : []),
    ...(around.counterpart
      ? [
          {
            view: "evidence panel",
            operation: "EvidenceBetween",
            variables: { actors: [id, around.counterpart.id] },
          },
        ]
      : []),
  ];
}

// ---------------------------------------------------------------------------------------
// The browser.

interface Sent {
  view: string;
  subject: string;
  operation: string;
  body: string;
}

/** A cold context: no cache, nothing off this machine. Records the GraphQL requests sent. */
async function coldPage(browser: Browser, sent?: (operation: string, body: string) => void) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route("**/*", (route) =>
    isLocal(route.request().url()) ? route.continue() : route.abort("blockedbyclient"),
  );
  const page = await context.newPage();
  if (sent)
    page.on("request", (request) => {
      // A GET by trusted-document id (the explorer's way) or a POST: kept as a POST body.
      const operation = sentOperation(request);
      if (operation) sent(operation.operationName, operation.body);
    });
  return { context, page };
}

const VIEW_READY: Record<string, string> = {
  "first screen": 'main[data-view="home"][data-ready="true"]',
  person: 'main[data-view="person"][data-ready="true"]',
  pair: 'main[data-view="pair"][data-ready="true"]',
  path: 'main[data-view="path"][data-ready="true"]',
  "party page": 'main[data-view="party"][data-ready="true"]',
  "meeting page": 'main[data-view="meeting"][data-ready="true"]',
  "article page": 'main[data-view="article"][data-ready="true"]',
  search: 'main[data-view="search"][data-ready="true"]',
};

async function ready(page: Page, view: string) {
  await page.locator(VIEW_READY[view] ?? "main[data-ready]").waitFor({ timeout: 60_000 });
  // A person's page is ready for a reader when the network is drawn (or said to be empty).
  if (view === "person")
    await page
      .locator(
        '.network-canvas[data-nodes], section[aria-labelledby="network-heading"] > p:not(.loading)',
      )
      .first()
      .waitFor({ timeout: 60_000 });
}

/**
 * Milliseconds from navigation start to the view ready, in a cold context. When recording,
 * also the next page of meetings, as "More meetings" asks for it.
 */
async function coldLoad(browser: Browser, hash: string, view: string, record?: (s: Sent) => void) {
  let label = view;
  const { context, page } = await coldPage(
    browser,
    record ? (operation, body) => record({ view: label, subject: "", operation, body }) : undefined,
  );
  try {
    const begun = Date.now();
    await page.goto(`${base}/${hash}`);
    await ready(page, view);
    const ms = Date.now() - begun;
    const more = page.getByRole("button", { name: "More meetings" });
    if (record && (await more.count()) > 0) {
      label = `${view}, more meetings`;
      await Promise.all([
        page.waitForResponse(
          (response) => sentOperation(response.request())?.variables.after !== undefined,
        ),
        more.first().click(),
      ]);
    }
    const firstPaint =
      view === "first screen"
        ? await page.evaluate<number>(`new Promise((resolve) => {
            new PerformanceObserver((list) => {
              const paint = list.getEntriesByName("first-contentful-paint")[0];
              if (paint) resolve(paint.startTime);
            }).observe({ type: "paint", buffered: true });
            setTimeout(() => resolve(Number.NaN), 2000);
          })`)
        : undefined;
    return { ms, firstPaint };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------
// Measuring.

interface Stats {
  n: number;
  p50: number;
  p95: number;
  max: number;
}
const stats = (xs: number[]): Stats => {
  const sorted = [...xs].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted.at(-1) ?? Number.NaN,
  };
};

interface BrowserRow {
  view: string;
  subject: string;
  hash: string;
  ms: Stats;
  firstPaint?: Stats;
  failures: string[];
}
interface ApiRow {
  view: string;
  subject: string;
  operation: string;
  variables: unknown;
  cost: number | null;
  firstMs: number;
  ms: Stats;
  failures: string[];
}

const browserRows: BrowserRow[] = [];
const apiRows: ApiRow[] = [];
const problems: string[] = [];
let chosen: Subject[] = [];
async function measure() {
  chosen = await subjects();
  for (const subject of chosen)
    log(
      `subject ${subject.key}: ${subject.person.name} (${subject.person.id}${subject.person.degree === undefined ? "" : `, ${subject.person.degree} meetings`})`,
    );

  // 1. What each view sends: one load of every view, its requests kept.
  const sent: Sent[] = [];
  for (const subject of chosen) {
    const record = (s: Sent) => sent.push({ ...s, subject: subject.key });
    for (const [view, hash] of Object.entries(subject.timed))
      await coldLoad(browser, hash, view, record).catch((error: unknown) =>
        problems.push(`${subject.key} ${view}: ${(error as Error).message.split("\n")[0]}`),
      );
    for (const { view, hash } of subject.opened)
      await coldLoad(browser, hash, view, record).catch((error: unknown) =>
        problems.push(`${subject.key} ${view}: ${(error as Error).message.split("\n")[0]}`),
      );
    for (const click of subject.clicks) {
      const query = operations.get(click.operation);
      sent.push({
        view: click.view,
        subject: subject.key,
        operation: click.operation,
        body: JSON.stringify({
          operationName: click.operation,
          query,
          variables: click.variables,
        }),
      });
    }
  }

  // 2. The browser: cold loads, round-robin so that no view has the warmest Neo4j.
  const loads: { view: string; subject: string; hash: string }[] = [
    { view: "first screen", subject: "-", hash: "#/" },
    ...chosen.flatMap((subject) =>
      Object.entries(subject.timed).map(([view, hash]) => ({ view, subject: subject.key, hash })),
    ),
  ];
  const timings = new Map<string, { ms: number[]; paint: number[]; failures: string[] }>();
  for (let i = 0; i < runs; i++) {
    for (const load of loads) {
      const key = `${load.view}\t${load.subject}`;
      const entry = timings.get(key) ?? { ms: [], paint: [], failures: [] };
      timings.set(key, entry);
      try {
        const { ms, firstPaint } = await coldLoad(browser, load.hash, load.view);
        entry.ms.push(ms);
        if (firstPaint !== undefined) entry.paint.push(firstPaint);
      } catch (error) {
        entry.failures.push((error as Error).message.split("\n")[0] ?? "failed");
      }
    }
    log(`browser: run ${i + 1} of ${runs}`);
  }
  for (const load of loads) {
    const entry = timings.get(`${load.view}\t${load.subject}`);
    if (!entry) continue;
    browserRows.push({
      view: load.view,
      subject: load.subject,
      hash: load.hash,
      ms: stats(entry.ms),
      ...(entry.paint.length > 0 ? { firstPaint: stats(entry.paint) } : {}),
      failures: entry.failures,
    });
    for (const failure of entry.failures)
      problems.push(`browser ${load.view} (${load.subject}): ${failure}`);
  }

  // 3. The API: every distinct request, warmed once, then --runs times.
  const distinct = new Map<string, Sent>();
  for (const s of sent) {
    const { variables } = JSON.parse(s.body) as { variables?: unknown };
    distinct.set(`${s.subject}\t${s.view}\t${s.operation}\t${JSON.stringify(variables)}`, s);
  }
  for (const s of distinct.values()) {
    const { variables } = JSON.parse(s.body) as { variables?: unknown };
    const failures: string[] = [];
    let cost: number | null = null;
    const once = async () => {
      const response = await postGraphQL(endpoint, s.body, 60_000);
      const reported = (
        response.json.extensions as { cost?: { requestedQueryCost?: number } } | undefined
      )?.cost?.requestedQueryCost;
      if (typeof reported === "number") cost = reported;
      const error = response.json.errors?.[0];
      if (response.status !== 200 || error)
        failures.push(
          `HTTP ${response.status} ${error?.extensions?.code ?? ""} ${error?.message ?? ""}`.trim(),
        );
      return response.ms;
    };
    const firstMs = await once();
    const ms: number[] = [];
    for (let i = 0; i < runs; i++) ms.push(await once());
    const measuredCost = cost as number | null;
    if (measuredCost !== null && measuredCost > maxCost)
      failures.push(`cost ${measuredCost} over ${maxCost}`);
    apiRows.push({
      view: s.view,
      subject: s.subject,
      operation: s.operation,
      variables,
      cost: measuredCost,
      firstMs,
      ms: stats(ms),
      failures: [...new Set(failures)],
    });
    for (const failure of new Set(failures))
      problems.push(`API ${s.operation} for ${s.view} (${s.subject}): ${failure}`);
  }
}

const browser = await launchChromium();
// Interrupted: the browser, the API and a Neo4j started here stop cleanly, as at the end.
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.once(signal, () => {
    log(`measure:explorer: ${signal}, stopping`);
    void (async () => {
      await browser.close().catch(() => {});
      await application?.stop().catch(() => {});
      if (values.meetings) await neo4jTarget?.stop().catch(() => {});
      process.exit(130);
    })();
  });
try {
  if (values["screenshots-only"] && !values.screenshots)
    throw new Error("--screenshots-only wants --screenshots DIR");
  if (!values["screenshots-only"]) await measure();
  if (values.screenshots) {
    const shots = await takeScreenshots(browser, base, values.screenshots, log);
    log(`screenshots: ${shots.length} in ${values.screenshots}`);
  }
} finally {
  await browser.close();
  await application?.stop();
  if (values.meetings) await neo4jTarget?.stop();
}

if (values["screenshots-only"]) process.exit(0);

// ---------------------------------------------------------------------------------------
// Reporting.

const manifest = JSON.parse(
  readFileSync(join(paths.root, "public", "explorer", "manifest.json"), "utf8"),
) as {
  script: string;
  styles: string[];
  files: { file: string; bytes: number; gzipBytes: number }[];
};
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const bundle = (files: typeof manifest.files) => ({
  bytes: files.reduce((total, f) => total + f.bytes, 0),
  gzipBytes: files.reduce((total, f) => total + f.gzipBytes, 0),
});
const firstScreenBundle = bundle(
  manifest.files.filter((f) => f.file === manifest.script || manifest.styles.includes(f.file)),
);
const wholeBundle = bundle(manifest.files);

const subjectKeys = ["-", ...chosen.map((s) => s.key)];
const cell = (s: Stats | undefined) =>
  !s || s.n === 0 ? "–" : `${s.p50.toFixed(0)} / ${s.p95.toFixed(0)} / ${s.max.toFixed(0)}`;
const lines: string[] = [];
const loadAfter = loadavg();
const load = (l: number[]) => l.map((x) => x.toFixed(1)).join(" ");
lines.push(`explorer at ${base}; ${datasetLabel}; ${runs} runs`);
lines.push(
  `machine: load average ${load(loadBefore)} at the start, ${load(loadAfter)} at the end (1, 5, 15 min), on ${availableParallelism()} cores`,
);
lines.push("");
lines.push(
  `subjects: ${chosen.map((s) => `${s.key} = ${s.person.name} (${s.person.id}${s.person.degree === undefined ? "" : `, ${s.person.degree} meetings`})`).join("; ")}`,
);
for (const subject of chosen)
  lines.push(
    `  ${subject.key}: ${[...Object.entries(subject.timed), ...subject.opened.map((o) => [o.view, o.hash] as const)].map(([view, hash]) => `${view} ${decodeURIComponent(hash)}`).join(", ")}`,
  );
lines.push("");
lines.push("Chromium, cold context each load, navigation → view ready, ms p50 / p95 / max:");
lines.push("");
const browserSubjects = subjectKeys.filter((k) => browserRows.some((r) => r.subject === k));
lines.push(`| view | ${browserSubjects.map((k) => (k === "-" ? "(any)" : k)).join(" | ")} |`);
lines.push(`|---|${browserSubjects.map(() => "---").join("|")}|`);
for (const view of [...new Set(browserRows.map((r) => r.view))]) {
  lines.push(
    `| ${view} | ${browserSubjects.map((k) => cell(browserRows.find((r) => r.view === view && r.subject === k)?.ms)).join(" | ")} |`,
  );
}
const paint = browserRows.find((r) => r.firstPaint)?.firstPaint;
if (paint) lines.push(`| first contentful paint | ${cell(paint)} |`);
lines.push("");
lines.push(
  `API, each request the view sent, over HTTP, ms p50 / p95 / max (cost; limit ${maxCost.toLocaleString("en")}):`,
);
lines.push("");
const apiSubjects = chosen.map((s) => s.key);
lines.push(`| view / operation | ${apiSubjects.join(" | ")} |`);
lines.push(`|---|${apiSubjects.map(() => "---").join("|")}|`);
const apiKeys = [...new Set(apiRows.map((r) => `${r.view} / ${r.operation}`))];
for (const key of apiKeys) {
  const cells = apiSubjects.map((subject) => {
    const rows = apiRows.filter(
      (r) => `${r.view} / ${r.operation}` === key && r.subject === subject,
    );
    if (rows.length === 0) return "–";
    return rows
      .map(
        (r) =>
          `${cell(r.ms)} (${r.cost ?? "?"})${r.failures.length > 0 ? " FAILED" : ""}${r.ms.p95 > 300 ? " **p95 > 300**" : ""}`,
      )
      .join("; ");
  });
  lines.push(`| ${key} | ${cells.join(" | ")} |`);
}
const worst = apiRows.reduce((w, r) => Math.max(w, r.ms.max), 0);
const worstP95 = apiRows.reduce((w, r) => Math.max(w, r.ms.p95), 0);
lines.push("");
const over = apiRows.filter((r) => r.ms.p95 > 300);
lines.push(
  `API requests with p95 over 300 ms: ${over.length === 0 ? "none" : over.map((r) => `${r.operation} (${r.view}, ${r.subject}) ${r.ms.p95.toFixed(0)}`).join("; ")}`,
);
lines.push(
  `API worst p95 ${worstP95.toFixed(0)} ms, worst single ${worst.toFixed(0)} ms (target ≤ 300 ms); highest cost ${Math.max(0, ...apiRows.map((r) => r.cost ?? 0)).toLocaleString("en")} of ${maxCost.toLocaleString("en")}`,
);
lines.push(
  `bundle: first screen ${kib(firstScreenBundle.bytes)} (${kib(firstScreenBundle.gzipBytes)} gzipped), everything ${kib(wholeBundle.bytes)} (${kib(wholeBundle.gzipBytes)} gzipped)`,
);
console.log(lines.join("\n"));

mkdirSync(values["results-dir"] ?? ".", { recursive: true });
const file = join(
  values["results-dir"] ?? ".",
  `explorer-${started.toISOString().replaceAll(":", "-").replace(".", "-")}.json`,
);
writeFileSync(
  file,
  `${JSON.stringify(
    {
      startedAt: started.toISOString(),
      base,
      dataset: datasetLabel,
      runs,
      loadAverage: { atStart: loadBefore, atEnd: loadAfter, cores: availableParallelism() },
      maxCost,
      subjects: chosen.map((s) => ({ key: s.key, ...s.person, views: s.timed, opened: s.opened })),
      browser: browserRows,
      api: apiRows,
      bundle: { firstScreen: firstScreenBundle, everything: wholeBundle },
      problems,
    },
    null,
    2,
  )}\n`,
);
console.log(`\nresults: ${file}`);
for (const problem of problems) console.log(`PROBLEM ${problem}`);
if (problems.length > 0) process.exitCode = 1;
