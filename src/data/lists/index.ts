/** The paged lists of the API, each answered by keyset pages and a count asked only when selected. */
import type { CypherExecutor } from "../../db/executor.ts";
import { encodeCursor, pageArgs } from "../pagination.ts";
import { meetingRecord, organizationRecord, personRecord, statementRecord } from "../records.ts";
import { listLoaders } from "./keyset.ts";
import { meetingList, meetingRequest } from "./meetings.ts";
import { namedList } from "./named.ts";
import { statementList, statementRequest } from "./statements.ts";

export type { ListRequest } from "./keyset.ts";
export { meetingRequest } from "./meetings.ts";
export { namedRequest } from "./named.ts";
export { statementRequest } from "./statements.ts";

const asRecord =
  <T>(schema: { parse(value: unknown): T }, typename: string) =>
  (value: unknown): T =>
    schema.parse({ ...(value as object), __typename: typename });

type Prime = (id: string, extras: Record<string, unknown>) => void;

/** `primeMeeting` and `primeStatement` hand a listed item's extras to its fields' loaders. */
export function createListLoaders(db: CypherExecutor, primeMeeting: Prime, primeStatement: Prime) {
  return {
    meetings: listLoaders(db, meetingList, asRecord(meetingRecord, "Meeting"), primeMeeting),
    statements: listLoaders(
      db,
      statementList,
      asRecord(statementRecord, "Statement"),
      primeStatement,
    ),
    people: listLoaders(db, namedList("Person"), asRecord(personRecord, "Person")),
    organizations: listLoaders(
      db,
      namedList("Organization"),
      asRecord(organizationRecord, "Organization"),
    ),
  };
}

/** Every list query text, for the plan tests (EXPLAIN) and the docs. */
export { countCypher, pageCypher, sampleShapes } from "./keyset.ts";
export const LIST_SPECS = {
  meetings: meetingList,
  statements: statementList,
  people: namedList("Person"),
  organizations: namedList("Organization"),
};

/** What a quote shows of a statement (operations/actor-page.graphql, QuoteWithSources). */
const QUOTE = ["speaker", "sources"];
/** What the actor page shows of a meeting (MeetingDetails). */
const MEETING_DETAILS = [
  "participants",
  "statements",
  "statementsAbout",
  "sources",
  ...QUOTE.flatMap((field) => [`statements.${field}`, `statementsAbout.${field}`]),
];

/**
 * Plans the longest page queries (meeting pages carrying their items' participants,
 * statements and sources, from an actor or over all meetings; first pages and later ones,
 * with and without a count; a person's statements with their speakers and sources; and a
 * person's meetings with every detail of their statements) before the first request.
 * Planning one took seconds on a busy 2-core machine, past the query timeout, and a fresh
 * Neo4j has no plan cached.
 */
export async function warmListPlans(db: CypherExecutor): Promise<void> {
  const warmUp = "person:plan-warm-up";
  const requests = [undefined, warmUp].flatMap((scope) =>
    [null, encodeCursor("0000-00-00|warm-up")].flatMap((after) =>
      [false, true].map((count) =>
        meetingRequest(null, { ...pageArgs(20, after, count), selected: MEETING_DETAILS }, scope),
      ),
    ),
  );
  requests.push(
    meetingRequest(
      null,
      { ...pageArgs(20, null, false), selected: [...MEETING_DETAILS, "statements.topics"] },
      warmUp,
    ),
  );
  const statementRequests = [false, true].map((count) =>
    statementRequest({ speaker: warmUp }, { ...pageArgs(10, null, count), selected: QUOTE }),
  );
  await listLoaders(db, meetingList, asRecord(meetingRecord, "Meeting")).warm(requests);
  await listLoaders(db, statementList, asRecord(statementRecord, "Statement")).warm(
    statementRequests,
  );
}
