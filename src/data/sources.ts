/**
 * Provenance (schema/30-sources.graphql): the article passages that report each fact, and
 * what each article reports. Batched: one query per GraphQL level.
 */
import type { CypherExecutor } from "../db/executor.ts";
import { as, byId, list } from "./batch.ts";
import { cypher, type Local, local, node, type Variable } from "./cypher.ts";
import type { NodeLabel } from "./ids.ts";
import {
  type MeetingRecord,
  type PositionRecord,
  parseAs,
  type SourceRecord,
  type StatementRecord,
} from "./records.ts";

/** The passages that report `x`, by article then excerpt: a list expression. */
export function sourcesOf<S extends Variable<string> | Local<string>>(x: S) {
  const reported = local("reported");
  const article = local("article");
  const source = local("source");
  return cypher`COLLECT {
  MATCH (${x})-[${reported}:REPORTED_BY]->(${article}:Article)
  RETURN {article: ${node(article, "Article")}, excerpt: ${reported}.excerpt} AS ${source}
  ORDER BY ${article}.id, ${reported}.excerpt
}`;
}

export function parseSources(value: unknown): SourceRecord[] {
  return ((value ?? []) as Array<{ article: unknown; excerpt: string }>).map((source) => ({
    article: parseAs("Article", source.article),
    excerpt: source.excerpt,
  }));
}

function sourcesLoader(db: CypherExecutor, label: NodeLabel) {
  return byId<SourceRecord[]>(
    db,
    label,
    (x, id) => cypher`RETURN ${id}, ${sourcesOf(x)} AS sources`,
    (row) => parseSources(row?.sources),
  );
}

export type SourceLoaders = ReturnType<typeof createSourceLoaders>;

export function createSourceLoaders(db: CypherExecutor) {
  return {
    meetingSources: sourcesLoader(db, "Meeting"),
    statementSources: sourcesLoader(db, "Statement"),
    positionSources: sourcesLoader(db, "Position"),

    articleFacts: byId<{
      meetings: MeetingRecord[];
      statements: StatementRecord[];
      positions: PositionRecord[];
    }>(
      db,
      "Article",
      (x, id) => {
        const [m, s, p] = [local("m"), local("s"), local("p")];
        return cypher`RETURN ${id},
        COLLECT { MATCH (${m}:Meeting)-[:REPORTED_BY]->(${x}) WITH DISTINCT ${m} ORDER BY ${m}.sortKey RETURN ${node(m)} } AS meetings,
        COLLECT { MATCH (${s}:Statement)-[:REPORTED_BY]->(${x}) WITH DISTINCT ${s} ORDER BY ${s}.sortKey RETURN ${node(s)} } AS statements,
        COLLECT { MATCH (${p}:Position)-[:REPORTED_BY]->(${x}) WITH DISTINCT ${p} ORDER BY ${p}.id RETURN ${node(p)} } AS positions`;
      },
      (row) => ({
        meetings: list(row, "meetings", as("Meeting")),
        statements: list(row, "statements", as("Statement")),
        positions: list(row, "positions", as("Position")),
      }),
    ),
  };
}
