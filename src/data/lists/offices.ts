/**
 * The offices of an organization or a country as a paged list (`Organization.offices`,
 * `Country.offices`): the positions OF it that the articles state, in the order of
 * `positions` (../actors.ts: by start date, undated last, then title, then id), optionally
 * only those held at a date (the same rule, `heldAt`).
 *
 * Unlike the other lists, the order is not stored: the OF relationship carries no sort key
 * (adding one means regenerating the large graphs). So a page is a top-k over the party's
 * positions: it reads them all, keeps the first `first + 1` past the cursor by a computed key,
 * and builds maps for the page only. The answer is one page; the reading grows with the
 * party (bench/scale/README.md, "Measurements behind choices").
 */
import { heldAt, positionDetailsMap } from "../actors.ts";
import { cypher, mapVariable, variable } from "../cypher.ts";
import type { PageArgs } from "../pagination.ts";
import {
  defineList,
  type ListRequest,
  listRequest,
  listVariables,
  type RequestFields,
  walk,
} from "./spec.ts";

/** What an offices request carries (`req` in its query): the party, and the date's days. */
export interface OfficeValues {
  id: string;
  /** First and last day of `at` (ISO), or null for every office. */
  start: string | null;
  end: string | null;
}

const req = mapVariable<OfficeValues & RequestFields>()("req");
const { anchor, item } = listVariables;
const party = variable("party");

/**
 * The order of `positions` as one string, so a cursor is one value: the start date is fixed
 * width, and the NUL separator sorts below every character of a title, so a title that is a
 * prefix of another still comes first, as it does in the loader's ORDER BY.
 */
const OFFICE_KEY = cypher`coalesce(toString(${item}.fromStart), '9999-12-31') + '\\u0000' + ${item}.title + '\\u0000' + ${item}.id`;

/** The walk from a party of `label` to its positions, by the party's id (its unique index). */
const partyWalk = (label: "Organization" | "Country") =>
  walk({
    anchor: req.field("id"),
    match: cypher`MATCH (${party}:${label} {id: ${anchor}})<-[:OF]-(${item}:Position) USING INDEX ${party}:${label}(id)`,
    binds: ["party"],
    // Offices the articles state: another actor's claim is no office of the party (it is
    // the claimed holder's `allegedPositions`), as `positions` leaves it out.
    owner: cypher`NOT EXISTS { (:Person)-[:ALLEGEDLY_HELD]->(${item}) }`,
    key: OFFICE_KEY,
    order: OFFICE_KEY,
    carry: [item],
    topOfAnchor: true,
  });

/** The details ride along when a client selects a field they answer. */
function officeExtrasFor(selected: readonly string[]): "details"[] {
  return ["holder", "of", "claimedBy", "claim"].some((field) => selected.includes(field))
    ? ["details"]
    : [];
}

export const officeList = defineList<OfficeValues>()({
  label: "Position",
  walks: {
    organization: partyWalk("Organization"),
    country: partyWalk("Country"),
  },
  filters: {
    at: heldAt(item, req.field("start"), req.field("end")),
  },
  // Holder, body and claim as the page's own column: the party page shows each holder,
  // and the details loader then has them without a query of its own.
  extras: { details: positionDetailsMap(item) },
  extrasFor: officeExtrasFor,
});

/** The request for a page of a party's offices, held at start…end when given (checked). */
export function officeListRequest(
  walked: "organization" | "country",
  values: OfficeValues,
  page: PageArgs,
): ListRequest {
  const filters = values.start !== null ? (["at"] as const) : [];
  return listRequest(officeList, { walk: walked, values, filters }, page);
}
