/** The paged lists of the API, each answered by keyset pages and a count asked only when selected. */
import type { CypherExecutor } from "../../db/executor.ts";
import {
  meetingRecord,
  organizationRecord,
  personRecord,
  positionRecord,
  statementRecord,
} from "../records.ts";
import { listLoaders } from "./keyset.ts";
import { meetingList } from "./meetings.ts";
import { namedList } from "./named.ts";
import { officeList } from "./offices.ts";
import type { ListSpec } from "./spec.ts";
import { statementList } from "./statements.ts";

export { type MeetingValues, meetingListRequest } from "./meetings.ts";
export { namedListRequest } from "./named.ts";
export { type OfficeValues, officeListRequest } from "./offices.ts";
export type { ListRequest } from "./spec.ts";
export { type StatementValues, statementListRequest } from "./statements.ts";

const asRecord =
  <T>(schema: { parse(value: unknown): T }, typename: string) =>
  (value: unknown): T =>
    schema.parse({ ...(value as object), __typename: typename });

type Prime = (id: string, extras: Record<string, unknown>) => void;

/**
 * `primeMeeting`, `primeStatement` and `primePosition` hand a listed item's extras to its
 * fields' loaders.
 */
export function createListLoaders(
  db: CypherExecutor,
  primeMeeting: Prime,
  primeStatement: Prime,
  primePosition: Prime,
) {
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
    offices: listLoaders(db, officeList, asRecord(positionRecord, "Position"), primePosition),
  };
}

/** Every list query text, for the plan tests (EXPLAIN) and the docs. */
export { countCypher, pageCypher, sampleShapes } from "./query.ts";
export const LIST_SPECS: Record<
  "meetings" | "statements" | "people" | "organizations" | "offices",
  ListSpec
> = {
  meetings: meetingList,
  statements: statementList,
  people: namedList("Person"),
  organizations: namedList("Organization"),
  offices: officeList,
};
