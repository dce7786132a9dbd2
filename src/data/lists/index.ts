/** The paged lists of the API, each answered by keyset pages and a count asked only when selected. */
import type { CypherExecutor } from "../../db/executor.ts";
import { MEETING_EXTRAS, STATEMENT_EXTRA_TRIGGERS } from "../events.ts";
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

/**
 * Plans the longest page queries (meeting pages carrying their items' participants,
 * statements and sources, from an actor or over all meetings; first pages and later ones,
 * with and without a count; a person's statements with their details) before the first
 * request. Planning one took seconds on a busy
 * 2-core machine, past the query timeout, and a fresh Neo4j has no plan cached.
 */
export async function warmListPlans(db: CypherExecutor): Promise<void> {
  const requests = [undefined, "person:plan-warm-up"].flatMap((scope) =>
    [null, encodeCursor("0000-00-00|warm-up")].flatMap((after) =>
      [false, true].map((count) =>
        meetingRequest(
          null,
          { ...pageArgs(20, after, count), selected: Object.keys(MEETING_EXTRAS) },
          scope,
        ),
      ),
    ),
  );
  // A person's statements with what their speaker and sources need (the actor page's list).
  const statementRequests = [false, true].map((count) =>
    statementRequest(
      { speaker: "person:plan-warm-up" },
      { ...pageArgs(10, null, count), selected: [...STATEMENT_EXTRA_TRIGGERS] },
    ),
  );
  await listLoaders(db, meetingList, asRecord(meetingRecord, "Meeting")).warm(requests);
  await listLoaders(db, statementList, asRecord(statementRecord, "Statement")).warm(
    statementRequests,
  );
}
