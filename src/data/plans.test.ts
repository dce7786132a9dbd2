/**
 * The API's Cypher stays anchored at any scale: every query the data layer sends for the
 * client operations and for every list walk is EXPLAINed on the real Neo4j, and the plan may
 * not scan all nodes, scan the Meeting or Statement label, or scan a relationship type; a list
 * page may not sort (its index gives the order). The plans are what a million meetings would
 * get too: the list queries carry index hints, so the tiny seeded graph's statistics cannot
 * talk the planner into a scan that is cheap only at nine meetings.
 */
import { ApolloServer } from "@apollo/server";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import PQueue from "p-queue";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../../test/__generated__/gql.ts";
import { database, testDriver } from "../../test/support/neo4j.ts";
import {
  explainPlan,
  findScans,
  GROWING_LABELS,
  GROWING_TYPES,
  type PlanNode,
  planOperators,
} from "../../test/support/plans.ts";
import { CypherExecutor, type Params } from "../db/executor.ts";
import { createContext, type GraphQLContext } from "../graphql/context.ts";
import { loadTypeDefs } from "../graphql/load-schema.ts";
import { loadExampleOperations, operationsDirectory } from "../graphql/operations.ts";
import { resolvers } from "../graphql/resolvers/index.ts";
import { createLogger } from "../log/logger.ts";
import { createActorLoaders } from "./actors.ts";
import { countCypher, LIST_SPECS, pageCypher, sampleShapes } from "./lists/index.ts";
import type { Shape, Walk } from "./lists/spec.ts";

/**
 * What the API's plans may read: nothing that grows with the corpus is scanned; the keyset
 * walks over a whole label seek its sort-key index from the cursor, and a LIMIT cuts them.
 */
const scansIn = (plan: PlanNode) =>
  findScans(plan, GROWING_LABELS, {
    relationshipTypes: GROWING_TYPES,
    allowSeeks: [
      "Article(id)",
      "Meeting(sortKey)",
      "Statement(sortKey)",
      "Person(nameKey)",
      "Organization(nameKey)",
    ],
  }).map((scan) => `${scan.operator} ${scan.details.slice(0, 120)}: ${scan.reason}`);

interface Sent {
  cypher: string;
  params: Params;
}

const sent = new Map<string, Sent>();
let server: ApolloServer<GraphQLContext>;

beforeAll(async () => {
  server = new ApolloServer<GraphQLContext>({ typeDefs: loadTypeDefs(), resolvers });
  await server.start();
});
afterAll(() => server.stop());

/** Runs an operation; `data` has a typed document's result type. */
async function run<
  TData = Record<string, unknown>,
  TVariables extends Record<string, unknown> = Record<string, unknown>,
>(query: string | TypedDocumentNode<TData, TVariables>, variables?: TVariables) {
  const executor = new CypherExecutor(testDriver(), {
    database: database(),
    // Generous: each distinct query text is planned once, on two cores shared with Neo4j.
    timeoutMs: 60_000,
    observers: [(event) => sent.set(event.cypher, { cypher: event.cypher, params: event.params })],
  });
  const response = await server.executeOperation<TData, TVariables>(
    { query, variables },
    { contextValue: createContext(executor, createLogger("silent")) },
  );
  const body = response.body.kind === "single" ? response.body.singleResult : undefined;
  expect(body?.errors).toBeUndefined();
  return body?.data;
}

const MEETING_FIELDS = "totalCount pageInfo { endCursor hasNextPage } edges { cursor node { id } }";

const FirstMeetings = graphql(`
  query FirstMeetings {
    meetings(first: 2) { totalCount pageInfo { endCursor hasNextPage } edges { cursor node { id } } }
  }
`);

/** Client operations plus every list walk with and without filters, counts and cursors. */
async function exerciseTheApi() {
  // Every shipped operation (operations/*.graphql) with its example variables.
  for (const example of loadExampleOperations(operationsDirectory)) {
    await run(example.query, JSON.parse(example.variables ?? "{}") as Record<string, unknown>);
  }
  const first = await run(FirstMeetings);
  if (!first) throw new Error("no first page of meetings");
  const cursor = first.meetings.pageInfo.endCursor;
  await run(
    `query($after: String) {
    all: meetings(first: 2, after: $after) { ${MEETING_FIELDS} }
    held: meetings(filter: {status: [HELD], from: "2007", to: "2007-12"}) { ${MEETING_FIELDS} }
    pair: meetings(filter: {countries: ["IRN", "USA"]}) { ${MEETING_FIELDS} }
    topic: meetings(filter: {topic: "topic:iraq-security"}) { ${MEETING_FIELDS} }
    statements: statements(first: 3, after: null) { totalCount edges { node { id } } }
    said: statements(filter: {speaker: "person:ryan-crocker", language: "en"}) { totalCount edges { node { id } } }
    principal: statements(filter: {onBehalfOf: "country:IRN"}) { totalCount edges { node { id } } }
    about: statements(filter: {topic: "topic:iraq-security", from: "2007"}) { totalCount edges { node { id } } }
    people: people(first: 3, after: $after) { totalCount edges { node { id } } }
    found: people(search: "Crocker") { totalCount edges { node { id } } }
    organizations(search: "Iran") { totalCount edges { node { id } } }
    allOrganizations: organizations { edges { node { id } } }
    country(code: "USA") { meetings(filter: {status: [HELD]}) { ${MEETING_FIELDS} } }
    person(id: "person:ryan-crocker") {
      statements { totalCount edges { node { id } } }
      counterparts { meetingCount }
      articles { id }
      positions(at: "2007") { title }
    }
    organization(id: "org:united-nations") {
      meetings { totalCount edges { node { id } } } positions { title } country { id }
      offices(first: 2) { totalCount pageInfo { endCursor } edges { node { title holder { id } } } }
    }
    officesAt: country(code: "USA") { offices(at: "2007", first: 1) { totalCount edges { node { title } } } }
    topicNode: topic(id: "topic:iraq-security") { meetings { edges { node { id } } } statements { edges { node { id } } } }
    article(id: "article:004-iran-welcomes-fourth-round") { meetings { id } statements { id } positions { id } }
    place(id: "place:baghdad") { within { id } country { id } }
    articles { id }
    countries { id }
    topics { id }
  }`,
    { after: cursor },
  );
}

describe("query plans", () => {
  beforeAll(exerciseTheApi, 240_000);

  it("never scan all nodes, the Meeting or Statement label, or a relationship type", async () => {
    expect(sent.size).toBeGreaterThan(20);
    const offenders: string[] = [];
    for (const { cypher, params } of sent.values()) {
      const scans = scansIn(await explainPlan(cypher, params));
      if (scans.length > 0) offenders.push(`${scans.join(", ")}\n  in: ${cypher.slice(0, 300)}`);
    }
    expect(offenders).toEqual([]);
  }, 240_000);

  it("serve every list page from an index in order: a seek and a limit, no sort", async () => {
    // Every text a list page or count may send, in order; 428 of them, 311 distinct.
    const checks: { where: string; cypher: string; page?: { walked?: Walk; shape: Shape } }[] = [];
    for (const [list, spec] of Object.entries(LIST_SPECS)) {
      for (const shape of sampleShapes(spec)) {
        const where = `${list}: ${JSON.stringify(shape)}`;
        for (const counted of ["none", "plain", "filtered"] as const) {
          if (counted === "plain" && (shape.filters.length > 0 || shape.upper)) continue;
          checks.push({
            where,
            cypher: pageCypher(spec, shape, counted),
            page: { walked: spec.walks[shape.walk], shape },
          });
        }
        checks.push({ where, cypher: countCypher(spec, shape) });
      }
    }
    // Each distinct text is EXPLAINed once (a repeat would get the cached plan), two at a
    // time: planning is Neo4j's CPU, and one planning at a time leaves a core idle.
    const plans = explainAll(
      checks.map((check) => check.cypher),
      2,
    );
    for (const { where, cypher, page } of checks) {
      const plan = await (plans.get(cypher) as Promise<PlanNode>);
      expect(scansIn(plan), where).toEqual([]);
      // A count's plan is checked for scans only.
      if (!page) continue;
      const { walked, shape } = page;
      const operators = planOperators(plan).map((op) => op.operator);
      // Extras sort their own short lists (a meeting's participants by name); the walk
      // never, but for a search's matches and a walk of no stored order (offices): a Top.
      const sorts = operators.filter((op) => /Sort|Top/.test(op));
      if (!shape.include)
        expect(sorts, where).toEqual(walked?.sortsMatches || walked?.topOfAnchor ? ["Top"] : []);
      expect(
        operators.some((op) => /IndexSeek|IndexScan|ProcedureCall/.test(op)),
        where,
      ).toBe(true);
    }
    // About 300 distinct query texts, each planned from scratch: minutes on a loaded 2-core
    // machine.
  }, 240_000);

  it("count an actor's whole list in the same few reads whether it holds 1 item or many", async () => {
    // The count must come from the node's degree store, not a walk of its edges: walked, a
    // hub's 57k TOOK_PART_IN edges cost 24 ms at 1M meetings for the count alone. The inline
    // subquery's plan is hidden from EXPLAIN, so PROFILE's reads tell: the same for the
    // anchors with the most and the fewest edges.
    const anchored = [
      {
        list: "meetings",
        walk: "actor",
        field: "participants",
        asList: true,
        degree: "(n:Person|Organization|Country)-[:TOOK_PART_IN]->()",
      },
      {
        list: "statements",
        walk: "speaker",
        field: "speaker",
        asList: false,
        degree: "(n:Person)-[:SAID]->()",
      },
      {
        list: "statements",
        walk: "principal",
        field: "onBehalfOf",
        asList: false,
        degree: "(n:Person|Organization|Country)<-[:ON_BEHALF_OF]-()",
      },
    ];
    for (const { list, walk, field, asList, degree } of anchored) {
      const spec = LIST_SPECS[list as keyof typeof LIST_SPECS];
      const text = countCypher(spec, { walk, filters: [], upper: false, after: false });
      // Two anchors of one label (a seek per label is tried in turn), apart in degree.
      const { records } = await testDriver().executeQuery(
        `MATCH ${degree.replace("()", "(x)")}
         WITH n, head(labels(n)) AS label, count(x) AS d ORDER BY d, n.id
         WITH label, collect({id: n.id, d: d}) AS rows
         RETURN [rows[0], rows[-1]] AS ends ORDER BY rows[-1].d - rows[0].d DESC LIMIT 1`,
        {},
        { database: database() },
      );
      const ends = ((records[0]?.get("ends") ?? []) as Array<{ id: string; d: unknown }>).map(
        (row) => ({
          id: row.id,
          d: Number(row.d),
        }),
      );
      expect(ends[1]?.d, `${list}.${walk}: anchors apart in degree`).toBeGreaterThan(
        ends[0]?.d ?? 0,
      );
      const reads: number[] = [];
      for (const { id, d } of ends) {
        const request = { key: "k", [field]: asList ? [id] : id };
        const result = await testDriver().executeQuery(
          `PROFILE ${text}`,
          { requests: [request] },
          { database: database() },
        );
        expect(Number(result.records[0]?.get("totalCount"))).toBe(d);
        reads.push(totalDbHits(result.summary.profile as unknown as ProfiledNode));
      }
      expect(reads[1], `${list}.${walk}: reads for ${ends[1]?.d} edges vs ${ends[0]?.d}`).toBe(
        reads[0],
      );
    }
  }, 120_000);
});

describe("a party's offices (no stored order: a top-k over the party's positions)", () => {
  it("start from the party by its id, expand its OF edges, and keep one page by a Top", async () => {
    for (const walk of ["organization", "country"]) {
      for (const filters of [[], ["at"]]) {
        const shape = { walk, filters, upper: false, after: true };
        const where = JSON.stringify(shape);
        const plan = await explainPlan(
          pageCypher(LIST_SPECS.offices, shape, "filtered"),
          emptyBatch(),
        );
        const operators = planOperators(plan);
        const label = walk === "organization" ? "Organization" : "Country";
        // Anchored: the party's unique id, then its OF edges; no Position read by label.
        expect(
          operators.some(
            (op) => op.operator === "NodeUniqueIndexSeek" && op.details.includes(`:${label}(id)`),
          ),
          where,
        ).toBe(true);
        expect(
          operators.some((op) => /Expand/.test(op.operator) && op.details.includes(":OF")),
          where,
        ).toBe(true);
        expect(
          operators.filter((op) => /NodeByLabelScan|AllNodesScan/.test(op.operator)),
          where,
        ).toEqual([]);
        expect(scansIn(plan), where).toEqual([]);
        expect(
          operators.filter((op) => /Sort|Top/.test(op.operator)).map((op) => op.operator),
          where,
        ).toEqual(["Top"]);
      }
    }
  }, 60_000);
});

describe("the aggregates' reads (docs/graph-model.md, Aggregates)", () => {
  /** The Cypher a loader sends for one request, caught without running it. */
  async function loaderCypher(
    load: (loaders: ReturnType<typeof createActorLoaders>) => Promise<unknown>,
  ): Promise<string> {
    let text = "";
    const db = {
      read: async (cypher: string) => {
        text = cypher;
        return [];
      },
    } as unknown as CypherExecutor;
    await load(createActorLoaders(db));
    return text;
  }

  const seeks = (plan: PlanNode, index: RegExp) =>
    planOperators(plan).filter(
      (op) => /RelationshipIndexSeek/.test(op.operator) && index.test(op.details),
    );

  it("rank a person's counterparts by one seek of met_with_rank, and list what a relay passed on by relayed_by_list", async () => {
    const counterparts = await loaderCypher((l) =>
      l.counterparts.load({ key: "k", id: "person:ryan-crocker", first: 30, from: null, to: null }),
    );
    const ranked = await explainPlan(counterparts, { requests: [] });
    expect(seeks(ranked, /MET_WITH\(ownerId, rankKey\)/)).toHaveLength(1);
    expect(scansIn(ranked)).toEqual([]);
    const relayed = await loaderCypher((l) =>
      l.relayed.load({ key: "k", id: "org:swiss-embassy-tehran", first: 10 }),
    );
    const relayedPlan = await explainPlan(relayed, { requests: [] });
    expect(seeks(relayedPlan, /RELAYED_BY\(ownerId, sortKey\)/)).toHaveLength(1);
    // In the index's order: no sort of an agency's statements, no walk of its edges.
    const operators = planOperators(relayedPlan);
    expect(operators.filter((op) => /Sort|Top/.test(op.operator))).toEqual([]);
    expect(
      operators.filter((op) => /Expand/.test(op.operator) && /RELAYED_BY/.test(op.details)),
    ).toEqual([]);
  }, 60_000);

  it("count two actors' shared meetings in the same few reads whatever the count, and exactly", async () => {
    const text = countCypher(LIST_SPECS.meetings, {
      walk: "actor",
      filters: ["pair"],
      upper: false,
      after: false,
    });
    const pairs = [
      ["country:IRN", "country:USA"],
      ["person:ryan-crocker", "person:hassan-kazemi-qomi"],
      ["person:ryan-crocker", "person:mohammad-javad-zarif"],
    ];
    const reads: number[] = [];
    const counts: number[] = [];
    for (const participants of pairs) {
      const result = await testDriver().executeQuery(
        `PROFILE ${text}`,
        { requests: [{ key: "k", participants }] },
        { database: database() },
      );
      const plain = await testDriver().executeQuery(
        `MATCH (a {id: $a})-[:TOOK_PART_IN]->(m)<-[:TOOK_PART_IN]-(b {id: $b}) RETURN count(m) AS n`,
        { a: participants[0], b: participants[1] },
        { database: database() },
      );
      const count = Number(result.records[0]?.get("totalCount"));
      expect(count, participants.join(" and ")).toBe(Number(plain.records[0]?.get("n")));
      counts.push(count);
      reads.push(totalDbHits(result.summary.profile as unknown as ProfiledNode));
    }
    expect(counts[0]).toBeGreaterThan(counts[2] ?? 0);
    // A pair that never met reads one seek less (no edge to read a count from).
    expect(reads[1]).toBe(reads[0]);
    expect(reads[2]).toBeLessThanOrEqual(reads[0] ?? 0);
  }, 60_000);
});

interface ProfiledNode {
  dbHits: number;
  children: ProfiledNode[];
}

const totalDbHits = (node: ProfiledNode): number =>
  node.dbHits + node.children.reduce((sum, child) => sum + totalDbHits(child), 0);

/**
 * The plans of `texts` (each distinct one EXPLAINed once, with an empty batch), at most
 * `concurrency` at a time, by text; a text's promise settles when its plan is in.
 */
function explainAll(texts: readonly string[], concurrency: number): Map<string, Promise<PlanNode>> {
  const queue = new PQueue({ concurrency });
  const plans = new Map<string, Promise<PlanNode>>();
  for (const text of new Set(texts)) {
    const plan = queue.add(() => explainPlan(text, emptyBatch()));
    plan.catch(() => {}); // a failing test may stop awaiting: its callers see the rejection
    plans.set(text, plan);
  }
  return plans;
}

function emptyBatch(): Params {
  return { requests: [], limit: 21 };
}
