/**
 * What the library's plans may read, shared by the plan test (plans.test.ts) and the scale
 * bench (bench/library.bench.ts): no label or relationship type that grows with the corpus
 * is scanned, with one stated exception.
 */
import { GROWING_LABELS, GROWING_TYPES, type ScanOptions } from "../../test/support/plans.ts";

export interface ScanRule {
  labels: string[];
  options: ScanOptions;
  /** A CONTAINS on a TEXT index is allowed (trigram lookups, not a read of every entry). */
  textContains?: boolean;
}

export function scanRuleFor(query: string): ScanRule {
  // relayed-statements has no parameter and reports every relay: it scans the organizations
  // (thousands: outlets and missions grow far slower than meetings) for their RELAYED_BY
  // edges, and reads nothing else.
  if (query === "relayed-statements") {
    return {
      labels: GROWING_LABELS.filter((label) => label !== "Organization"),
      options: { relationshipTypes: GROWING_TYPES },
    };
  }
  // find-meetings' anchor is the text index on Meeting.searchTitle: CONTAINS is served by
  // its trigrams, the way a full-text query is served by Lucene. A text most titles contain
  // walks the meetings in date order instead (meeting_sort_key from the cursor), which the
  // page's LIMIT cuts short.
  if (query === "find-meetings") {
    return {
      labels: GROWING_LABELS,
      options: { relationshipTypes: GROWING_TYPES, allowSeeks: ["Meeting(sortKey)"] },
      textContains: true,
    };
  }
  return { labels: GROWING_LABELS, options: { relationshipTypes: GROWING_TYPES } };
}
