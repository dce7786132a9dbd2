/**
 * Full-text search over the seeded full-text indexes (cypher/schema.cypher): entity names and
 * aliases, meeting titles, statement text and translations. User text becomes a Lucene query
 * built from escaped terms only, so no Lucene syntax from the client reaches Neo4j.
 */
import type { CypherExecutor } from "../db/executor.ts";
import { int } from "../db/values.ts";
import { node } from "./cypher.ts";
import {
  type CountryRecord,
  type MeetingRecord,
  type OrganizationRecord,
  type PersonRecord,
  type StatementRecord,
  toNodeRecord,
} from "./records.ts";

/** What a search finds: the members of the SearchResult union. */
export type SearchResultRecord =
  | PersonRecord
  | OrganizationRecord
  | CountryRecord
  | MeetingRecord
  | StatementRecord;

function toSearchResult(value: unknown): SearchResultRecord {
  const record = toNodeRecord(value);
  switch (record.__typename) {
    case "Person":
    case "Organization":
    case "Country":
    case "Meeting":
    case "Statement":
      return record;
    default:
      throw new Error(`search matched a ${record.__typename}: ${record.id}`);
  }
}

/**
 * Each term matches exactly (boosted), as a prefix, and, for Latin words of four letters or
 * more, with one edit: "Mottaki" finds "Motaki", "Kazemi Qomi" finds "Kazemi Qumi".
 * Arabic-script variants of Persian letters are folded to the Persian forms the seeds use.
 */
export function luceneQuery(text: string): string | null {
  const terms = normalize(text)
    .split(/[\s\p{P}\p{S}]+/u)
    .filter((term) => term.length > 0)
    .slice(0, 12);
  if (terms.length === 0) return null;
  return terms
    .map((term) => {
      const escaped = term.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, "\\$&").toLowerCase();
      const fuzzy = /^[\p{Script=Latin}]{4,}$/u.test(term) ? ` OR ${escaped}~1` : "";
      return `(${escaped}^3 OR ${escaped}*${fuzzy})`;
    })
    .join(" ");
}

function normalize(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\u064A/g, "\u06CC") // Arabic yeh -> Persian yeh
    .replace(/\u0643/g, "\u06A9") // Arabic kaf -> Persian keheh
    .replace(/\u200C/g, " "); // zero-width non-joiner separates words for search
}

const SEARCH = `
CALL () {
  CALL db.index.fulltext.queryNodes('entityNames', $query, {limit: $limit}) YIELD node AS n, score
  WITH n, score WHERE n:Person OR n:Organization OR n:Country
  RETURN n, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('meetingTitles', $query, {limit: $limit}) YIELD node AS n, score
  RETURN n, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('statementText', $query, {limit: $limit}) YIELD node AS n, score
  RETURN n, score
}
WITH n, max(score) AS score
RETURN ${node("n")} AS node, score
ORDER BY score DESC, n.id
LIMIT $limit`;

/** Nodes matching `text` (checked and normalized: ../services/inputs.ts), best first. */
export async function search(
  db: CypherExecutor,
  text: string,
  limit: number,
): Promise<SearchResultRecord[]> {
  const query = luceneQuery(text);
  if (!query) return [];
  const rows = await db.read(SEARCH, { query, limit: int(limit) });
  return rows.map((row) => toSearchResult(row.node));
}
