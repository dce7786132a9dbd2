/**
 * The `(:Dataset {id: 'generated'})` marker that says what a database holds. It is written
 * with `complete: false` before the first row and set complete only at the end, so an
 * interrupted load is recognised and redone. A database holding anything else (the
 * articles' seeded graph, or data without the marker) is foreign: never written to.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { GENERATOR_VERSION } from "./model.ts";

export interface DatasetInfo {
  meetings: number;
  seed: number;
  counts: Record<string, number>;
}

export type DatabaseState =
  | { kind: "empty" }
  | { kind: "generated"; complete: boolean; matches: boolean; info: DatasetInfo }
  | { kind: "foreign"; detail: string };

const SEEDED_ARTICLE = "article:000-annan-meets-khatami";

/** What the database holds, and whether it is the dataset `wanted` by this generator. */
export async function inspectDatabase(
  driver: Driver,
  database: string | undefined,
  wanted: { meetings: number; seed: number },
): Promise<DatabaseState> {
  const { records } = await driver.executeQuery(
    `OPTIONAL MATCH (d:Dataset {id: 'generated'})
     WITH d LIMIT 1
     RETURN d {.*} AS marker,
            EXISTS { MATCH (n) WHERE NOT n:Dataset } AS hasData,
            EXISTS { MATCH (a:Article {id: $seededArticle}) } AS seeded`,
    { seededArticle: SEEDED_ARTICLE },
    { database, routing: "READ" },
  );
  const record = records[0];
  const marker = record?.get("marker") as Record<string, unknown> | null;
  const hasData = record?.get("hasData") === true;
  // A generated dataset may carry seed files applied on top (the ingest bench does that):
  // its marker says what it is. Without one, the articles' graph is not ours to replace.
  if (!marker && record?.get("seeded") === true) {
    return { kind: "foreign", detail: "it holds the articles' seeded graph" };
  }
  if (!marker) {
    return hasData
      ? { kind: "foreign", detail: "it holds data without the generated-dataset marker" }
      : { kind: "empty" };
  }
  const info = infoOf(marker);
  return {
    kind: "generated",
    complete: marker.complete === true,
    matches:
      info.meetings === wanted.meetings &&
      info.seed === wanted.seed &&
      toNumber(marker.generatorVersion) === GENERATOR_VERSION,
    info,
  };
}

/** The marker of a load that has begun: any stop before `markComplete` leaves it incomplete. */
export async function markStarted(
  driver: Driver,
  database: string | undefined,
  { meetings, seed }: { meetings: number; seed: number },
): Promise<void> {
  await driver.executeQuery(
    `CREATE (:Dataset {id: 'generated', meetings: toInteger($meetings), seed: toInteger($seed),
       generatorVersion: toInteger($version), complete: false, startedAt: datetime()})`,
    { meetings, seed, version: GENERATOR_VERSION },
    { database },
  );
}

export async function markComplete(
  driver: Driver,
  database: string | undefined,
  counts: Record<string, number>,
  seconds: number,
): Promise<void> {
  await driver.executeQuery(
    `MATCH (d:Dataset {id: 'generated'})
     SET d.complete = true, d.countsJson = $countsJson, d.loadSeconds = $seconds, d.completedAt = datetime()`,
    { countsJson: JSON.stringify(counts), seconds },
    { database },
  );
}

function infoOf(marker: Record<string, unknown>): DatasetInfo {
  return {
    meetings: toNumber(marker.meetings),
    seed: toNumber(marker.seed),
    counts:
      typeof marker.countsJson === "string"
        ? (JSON.parse(marker.countsJson) as Record<string, number>)
        : {},
  };
}

function toNumber(value: unknown): number {
  return neo4j.isInt(value) ? value.toNumber() : Number(value);
}
