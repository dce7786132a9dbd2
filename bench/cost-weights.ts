/**
 * `npm run bench:cost-weights [-- --meetings N] [--runs 9]`: the Neo4j work of the fields whose
 * work is not their result size (fuzzy search, shortest paths, counts), beside their cost in
 * the SDL, to set and check the `@cost` weights of schema/.
 *
 * Each case is a GraphQL operation run through the API's own resolvers on the seeded graph
 * (an embedded Neo4j on a throwaway directory, or NEO4J_URI) or, with --meetings, on a generated
 * dataset (src/generate/). Every Cypher query the operation sends is captured and run again
 * with PROFILE (db hits) and plainly `runs` times: its work is Neo4j's own time (result
 * available plus consumed, whole milliseconds), median; a case's work is the sum over its
 * queries. "points" prices a case's work at the reference list page's work per cost point (a
 * page of 100 meetings with their participants): what its cost would be if it were a list page,
 * the currency the cost limit counts in. Run it on the largest graph the API is meant for:
 * counts and paths grow with the graph.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ApolloServer } from "@apollo/server";
import { buildSchema, parse } from "graphql";
import neo4j, { type Driver } from "neo4j-driver";
import { loadConfig } from "../src/config/index.ts";
import { createDriver } from "../src/db/driver.ts";
import { CypherExecutor, type Params } from "../src/db/executor.ts";
import { type Neo4jTarget, resolveNeo4j } from "../src/db/resolve.ts";
import { openScaleDataset } from "../src/generate/scale-dataset.ts";
import { createContext, type GraphQLContext } from "../src/graphql/context.ts";
import { measureCost } from "../src/graphql/cost/measure.ts";
import { loadTypeDefs } from "../src/graphql/load-schema.ts";
import { resolvers } from "../src/graphql/resolvers/index.ts";
import { syncGraph } from "../src/ingest/sync.ts";
import { createLogger } from "../src/log/logger.ts";
import { summarize } from "./support.ts";

const { values } = parseArgs({
  options: {
    meetings: { type: "string" },
    runs: { type: "string", default: "9" },
  },
});
const RUNS = Number(values.runs);

const TWELVE_WORDS =
  "ambassador crocker minister kazemi qomi baghdad talks security iraq iran united states";

/** The list page whose work per cost point prices the other cases' work in cost points. */
const REFERENCE = "reference: 100 meetings with participants";

interface Case {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

/** Ids picked from the graph: a busy person, a quiet one, two busy countries. */
interface Picks {
  person: string;
  quiet: string;
  country: string;
  other: string;
}

function cases(p: Picks): Case[] {
  return [
    { name: "person by id", query: `{ person(id: "${p.person}") { id name } }` },
    {
      name: "search, 1 word, first 10",
      query: `{ search(text: "crocker", first: 10) { __typename } }`,
    },
    {
      name: "search, 12 words, first 1",
      query: `{ search(text: "${TWELVE_WORDS}", first: 1) { __typename } }`,
    },
    {
      name: "people(search), 12 words, first 1",
      query: `{ people(search: "${TWELVE_WORDS}", first: 1) { edges { node { id } } } }`,
    },
    {
      name: "organizations(search), 12 words",
      query: `{ organizations(search: "${TWELVE_WORDS}", first: 1) { edges { node { id } } } }`,
    },
    {
      name: "shortestConnection, busy–quiet, 4 hops",
      query: `{ shortestConnection(from: "${p.person}", to: "${p.quiet}") { hops } }`,
    },
    {
      name: "shortestConnection, busy–quiet, 6 hops",
      query: `{ shortestConnection(from: "${p.person}", to: "${p.quiet}", maxHops: 6) { hops } }`,
    },
    {
      name: "meetings totalCount",
      query: "{ meetings(first: 1) { totalCount } }",
    },
    {
      name: "statements totalCount",
      query: "{ statements(first: 1) { totalCount } }",
    },
    {
      name: "meetings of a pair, totalCount",
      query: `{ meetings(first: 1, filter: { participants: ["${p.country}", "${p.other}"] }) { totalCount } }`,
    },
    {
      name: "person's meetings totalCount",
      query: `{ person(id: "${p.person}") { meetings(first: 1) { totalCount } } }`,
    },
    {
      name: "meetings, first 20, no count",
      query: "{ meetings(first: 20) { edges { node { id title } } } }",
    },
    {
      name: REFERENCE,
      query:
        "{ meetings(first: 100) { edges { node { id title participants { role person { id name } } } } } }",
    },
  ];
}

async function pick(driver: Driver): Promise<Picks> {
  const { records } = await driver.executeQuery(
    `MATCH (p:Person) WITH p, COUNT { (p)-[:TOOK_PART_IN]->() } AS n ORDER BY n DESC, p.id
     WITH collect(p.id) AS people
     MATCH (c:Country) WITH people, c, COUNT { (c)-[:TOOK_PART_IN]->() } AS m ORDER BY m DESC, c.id
     WITH people, collect(c.id) AS countries
     RETURN people[0] AS person, people[size(people) - 1] AS quiet,
            countries[0] AS country, countries[1] AS other`,
    {},
    { routing: "READ" },
  );
  const row = records[0];
  if (!row) throw new Error("no people in the graph");
  return {
    person: row.get("person"),
    quiet: row.get("quiet"),
    country: row.get("country"),
    other: row.get("other"),
  };
}

interface Captured {
  cypher: string;
  params: Params;
}

function totalDbHits(plan: { dbHits?: number; children?: unknown[] } | false | null): number {
  if (!plan) return 0;
  return (
    (plan.dbHits ?? 0) +
    (plan.children ?? []).reduce<number>(
      (sum, child) => sum + totalDbHits(child as { dbHits?: number; children?: unknown[] }),
      0,
    )
  );
}

/** Neo4j's own time for one run (result available + consumed), without the round trip. */
async function neo4jTime(driver: Driver, query: Captured): Promise<number> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const { summary } = await session.run(query.cypher, query.params);
    return summary.resultAvailableAfter.toNumber() + summary.resultConsumedAfter.toNumber();
  } finally {
    await session.close();
  }
}

async function medianTime(driver: Driver, query: Captured): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) times.push(await neo4jTime(driver, query));
  return summarize(times).median;
}

async function profile(driver: Driver, query: Captured): Promise<number> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(`PROFILE ${query.cypher}`, query.params);
    return totalDbHits(result.summary.profile as { dbHits?: number; children?: unknown[] } | false);
  } finally {
    await session.close();
  }
}

async function main(): Promise<void> {
  let target: Neo4jTarget;
  let dataDir: string | undefined;
  if (values.meetings) {
    target = (await openScaleDataset({ meetings: Number(values.meetings) })).target;
  } else {
    dataDir = mkdtempSync(join(tmpdir(), "drg-cost-weights-"));
    const config = loadConfig({
      ...process.env,
      NEO4J_BOLT_PORT: "0",
      NEO4J_HTTP_PORT: "0",
      NEO4J_DATA_DIR: dataDir,
    });
    target = await resolveNeo4j(config.neo4j, (line) => process.stderr.write(`${line}\n`));
  }
  const driver = createDriver(target, loadConfig().neo4j);
  try {
    if (!values.meetings && target.source !== "uri")
      await syncGraph(driver, target.database, { author: "bench:cost-weights", policy: "all" });
    const apollo = new ApolloServer<GraphQLContext>({ typeDefs: loadTypeDefs(), resolvers });
    const schema = buildSchema(loadTypeDefs());
    await apollo.start();
    const captured: Captured[] = [];
    const executor = new CypherExecutor(driver, {
      database: target.database,
      timeoutMs: 60_000,
      observers: [({ cypher, params }) => captured.push({ cypher, params })],
    });
    const picks = await pick(driver);
    const rows: Array<{
      name: string;
      cost: number;
      work: number;
      dbHits: number;
      queries: number;
    }> = [];
    for (const c of cases(picks)) {
      captured.length = 0;
      const response = await apollo.executeOperation(
        { query: c.query, variables: c.variables ?? {} },
        { contextValue: createContext(executor, createLogger("silent")) },
      );
      if (response.body.kind === "single" && response.body.singleResult.errors)
        throw new Error(`${c.name}: ${JSON.stringify(response.body.singleResult.errors)}`);
      const queries = [...captured];
      const cost =
        measureCost({ schema, document: parse(c.query), variables: c.variables ?? {} }) ??
        Number.NaN;
      let dbHits = 0;
      let work = 0;
      for (const query of queries) {
        dbHits += await profile(driver, query);
        work += await medianTime(driver, query);
      }
      rows.push({ name: c.name, cost, work, dbHits, queries: queries.length });
    }
    await apollo.stop();
    const reference = rows.find((row) => row.name === REFERENCE) as (typeof rows)[number];
    const perPoint = reference.work / reference.cost;
    console.log(
      `cost weights: ${values.meetings ? `generated ${values.meetings} meetings` : "seeded graph"}; Neo4j's time, median of ${RUNS}; points = work / the reference's work per cost point (${(perPoint * 1000).toFixed(2)} µs)`,
    );
    const cells = (values: string[]) =>
      `${(values[0] as string).padEnd(40)} ${values
        .slice(1)
        .map((value) => value.padStart(9))
        .join(" ")}`;
    console.log(cells(["case", "cost", "queries", "db hits", "Neo4j ms", "points"]));
    for (const row of rows) {
      console.log(
        cells([
          row.name,
          String(row.cost),
          String(row.queries),
          String(row.dbHits),
          row.work.toFixed(0),
          (row.work / perPoint).toFixed(0),
        ]),
      );
    }
  } finally {
    await driver.close();
    await target.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

await main().catch((error: unknown) => {
  console.error(`cost-weights: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
