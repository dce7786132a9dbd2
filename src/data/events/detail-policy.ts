/**
 * Which details a client's selection of Statement fields calls for: the field → detail map of
 * schema/20-events.graphql, and the few sets a page carries (each set is a query text).
 */
import type { DetailKey } from "./details.ts";

/** The detail each Statement field reads (schema/20-events.graphql). */
const DETAIL_OF_FIELD: Record<string, DetailKey> = {
  speaker: "speakers",
  speakers: "speakers",
  onBehalfOf: "principals",
  principals: "principals",
  relayedBy: "relayedBy",
  directedAt: "targets",
  targets: "targets",
  meeting: "meeting",
  concerns: "concerns",
  topics: "topics",
  jointWith: "jointWith",
};

/**
 * The details a page carries for the Statement fields its client selected: none, the
 * speakers alone (what a quote shows: most pages), or all of them. Not one set per
 * combination: every set is another query text for Neo4j to plan, and a plan costs more than
 * a few rows.
 */
export function detailsSelected(selected: readonly string[]): "none" | "speakers" | "all" {
  const needed = new Set(selected.flatMap((field) => DETAIL_OF_FIELD[field] ?? []));
  if (needed.size === 0) return "none";
  return needed.size === 1 && needed.has("speakers") ? "speakers" : "all";
}
