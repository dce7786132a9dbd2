/**
 * Relay connections for meetings, statements, people and organizations. Every connection
 * request of one GraphQL request level (e.g. `meetings` under each of 50 people) is batched
 * into a single Cypher query: `UNWIND $requests AS req` then one paginated subquery each.
 */
import DataLoader from "dataloader";
import type { CypherExecutor, Row } from "../db/executor.ts";
import { int } from "../db/values.ts";
import { chronologicalKey, nameKey, node, paginate } from "./cypher.ts";
import { parseFuzzyDate } from "./dates.ts";
import { ACTOR_LABELS, expectLabel, InvalidInputError } from "./ids.ts";
import { cappedList, freeText, searchText } from "./inputs.ts";
import { encodeCursor, type PageArgs, pageArgs } from "./pagination.ts";
import {
  type ConnectionRecord,
  type MeetingRecord,
  meetingRecord,
  type OrganizationRecord,
  organizationRecord,
  type PersonRecord,
  personRecord,
  type StatementRecord,
  statementRecord,
} from "./records.ts";
import { luceneQuery } from "./search.ts";

export interface MeetingFilterInput {
  participant?: string | null;
  participants?: string[] | null;
  countries?: string[] | null;
  status?: string[] | null;
  topic?: string | null;
  from?: string | null;
  to?: string | null;
}

export interface StatementFilterInput {
  speaker?: string | null;
  onBehalfOf?: string | null;
  topic?: string | null;
  language?: string | null;
  from?: string | null;
  to?: string | null;
}

interface Request extends PageArgs {
  key: string;
  [field: string]: unknown;
}

/** Validates a meeting filter (plus an implicit participant) into one request. */
export function meetingRequest(
  filter: MeetingFilterInput | null | undefined,
  page: PageArgs,
  scope?: string,
): Request {
  const participants = [
    ...cappedList(filter?.participants, "filter.participants"),
    ...(filter?.participant ? [filter.participant] : []),
    ...(scope ? [scope] : []),
  ];
  for (const id of participants) expectLabel(id, ACTOR_LABELS, "filter.participants");
  const countries = cappedList(filter?.countries, "filter.countries").map((code) => {
    if (!/^[A-Za-z]{3}$/.test(code))
      throw new InvalidInputError(
        "filter.countries",
        `filter.countries: "${code.slice(0, 20)}" is not an ISO alpha-3 code such as IRN`,
      );
    return `country:${code.toUpperCase()}`;
  });
  if (filter?.topic) expectLabel(filter.topic, ["Topic"], "filter.topic");
  return request({
    participants: [...participants, ...countries],
    status: filter?.status?.length ? cappedList(filter.status, "filter.status") : null,
    topic: filter?.topic ?? null,
    ...dateRange(filter?.from, filter?.to),
    ...page,
  });
}

export function statementRequest(
  filter: StatementFilterInput | null | undefined,
  page: PageArgs,
): Request {
  if (filter?.speaker) expectLabel(filter.speaker, ["Person"], "filter.speaker");
  if (filter?.onBehalfOf) expectLabel(filter.onBehalfOf, ACTOR_LABELS, "filter.onBehalfOf");
  if (filter?.topic) expectLabel(filter.topic, ["Topic"], "filter.topic");
  return request({
    speaker: filter?.speaker ?? null,
    onBehalfOf: filter?.onBehalfOf ?? null,
    topic: filter?.topic ?? null,
    language: filter?.language ? freeText(filter.language, "filter.language") : null,
    ...dateRange(filter?.from, filter?.to),
    ...page,
  });
}

export function namedRequest(search: string | null | undefined, page: PageArgs): Request {
  const text = searchText(search, "search");
  const query = text ? luceneQuery(text) : null;
  if (text && !query)
    throw new InvalidInputError("search", "search: nothing searchable in the text");
  return request({ search: query, ...page });
}

export { pageArgs };

function request(fields: Omit<Request, "key">): Request {
  return { ...fields, key: JSON.stringify(fields) } as Request;
}

function dateRange(from: string | null | undefined, to: string | null | undefined) {
  return {
    from: from ? parseFuzzyDate(from, "filter.from").start : null,
    to: to ? parseFuzzyDate(to, "filter.to").end : null,
  };
}

const MEETINGS = `
UNWIND $requests AS req
${paginate(`
  MATCH (m:Meeting)
  WHERE (req.status IS NULL OR m.status IN req.status)
    AND (req.topic IS NULL OR EXISTS { (m)-[:ABOUT]->(:Topic {id: req.topic}) })
    AND (req.from IS NULL OR m.dateEnd >= date(req.from))
    AND (req.to IS NULL OR m.dateStart <= date(req.to))
    AND all(actor IN req.participants WHERE EXISTS {
      MATCH (x)-[r:PARTICIPATED_IN]->(m) WHERE x.id = actor OR r.representing = actor
    })
  RETURN ${chronologicalKey("m")} AS sortKey, ${node("m")} AS node`)}`;

const STATEMENTS = `
UNWIND $requests AS req
${paginate(`
  MATCH (s:Statement)
  WHERE (req.speaker IS NULL OR EXISTS { (:Person {id: req.speaker})-[:SAID]->(s) })
    AND (req.onBehalfOf IS NULL OR EXISTS { MATCH (s)-[:ON_BEHALF_OF]->(x) WHERE x.id = req.onBehalfOf })
    AND (req.topic IS NULL OR EXISTS { (s)-[:ABOUT]->(:Topic {id: req.topic}) })
    AND (req.language IS NULL OR s.language = req.language)
    AND (req.from IS NULL OR s.dateEnd >= date(req.from))
    AND (req.to IS NULL OR s.dateStart <= date(req.to))
  RETURN ${chronologicalKey("s")} AS sortKey, ${node("s")} AS node`)}`;

function namedQuery(label: "Person" | "Organization"): string {
  return `
UNWIND $requests AS req
${paginate(`
  CALL (req) {
    WITH req WHERE req.search IS NULL
    MATCH (n:${label}) RETURN n
    UNION
    WITH req WHERE req.search IS NOT NULL
    CALL db.index.fulltext.queryNodes('entityNames', req.search) YIELD node AS n
    WITH n WHERE n:${label} RETURN n
  }
  RETURN ${nameKey("n")} AS sortKey, ${node("n")} AS node`)}`;
}

type Parse<T> = (value: unknown) => T;

function connectionLoader<T>(
  db: CypherExecutor,
  cypher: string,
  parse: Parse<T>,
): DataLoader<Request, ConnectionRecord<T>, string> {
  return new DataLoader(
    async (requests) => {
      const rows = await db.read(cypher, {
        requests: requests.map((req) => ({ ...req, first: int(req.first) })),
      });
      const byKey = new Map(rows.map((row) => [row.key as string, row]));
      return requests.map((req) => toConnection(byKey.get(req.key), parse));
    },
    { cacheKeyFn: (req) => req.key },
  );
}

function toConnection<T>(row: Row | undefined, parse: Parse<T>): ConnectionRecord<T> {
  const page = (row?.page ?? []) as Array<{ sortKey: string; node: unknown }>;
  const edges = page.map((item) => ({
    cursor: encodeCursor(item.sortKey),
    node: parse(item.node),
  }));
  return {
    edges,
    totalCount: Number(row?.totalCount ?? 0),
    pageInfo: {
      hasNextPage: Boolean(row?.hasNextPage),
      hasPreviousPage: Boolean(row?.hasPreviousPage),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

const asRecord =
  <T>(schema: { parse(value: unknown): T }, typename: string): Parse<T> =>
  (value) =>
    schema.parse({ ...(value as object), __typename: typename });

export function connectionLoaders(db: CypherExecutor) {
  return {
    meetings: connectionLoader<MeetingRecord>(db, MEETINGS, asRecord(meetingRecord, "Meeting")),
    statements: connectionLoader<StatementRecord>(
      db,
      STATEMENTS,
      asRecord(statementRecord, "Statement"),
    ),
    people: connectionLoader<PersonRecord>(
      db,
      namedQuery("Person"),
      asRecord(personRecord, "Person"),
    ),
    organizations: connectionLoader<OrganizationRecord>(
      db,
      namedQuery("Organization"),
      asRecord(organizationRecord, "Organization"),
    ),
  };
}
