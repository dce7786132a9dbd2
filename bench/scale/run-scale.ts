/**
 * One scale: start the three systems on the dataset's Neo4j, choose the subjects, measure
 * every operation, and record the API process's memory.
 */
import type { Neo4jTarget } from "../../src/db/resolve.ts";
import { type MeasureOptions, measure, type OperationResult, warmCaches } from "./measure.ts";
import { actorPage } from "./operations/actor-page.ts";
import { search, shortestConnection } from "./operations/discovery.ts";
import { floor } from "./operations/floor.ts";
import { meetingsByCountryPair, peoplePage } from "./operations/lists.ts";
import type { BenchOperation, Subjects } from "./operations/types.ts";
import { chooseSubjects } from "./subjects.ts";
import { startSystems } from "./systems.ts";

export interface ScaleResult {
  meetings: number;
  seed: number | null;
  counts: Record<string, number>;
  neo4jVersion: string;
  subjects: {
    hub: { id: string; degree: number; lateOffset: number };
    median: { id: string; degree: number; lateOffset: number };
    secondHub: string;
    nextToMedian: string;
    peopleWithMeetings: number;
  };
  operations: OperationResult[];
  /** This process after the scale's requests: it hosts the API and both anchors' clients. */
  memory: { heapUsedBytes: number; heapTotalBytes: number; rssBytes: number };
}

export function operationsFor(subjects: Subjects): BenchOperation[] {
  const { hub, median } = subjects;
  return [
    actorPage("actor-hub-first", `actor page, hub (${hub.degree} meetings)`, hub, false),
    actorPage("actor-hub-late", `actor page, hub, after ${hub.late.offset}`, hub, true),
    actorPage("actor-median-first", `actor page, median (${median.degree} m.)`, median, false),
    actorPage("actor-median-late", `actor page, median, after ${median.late.offset}`, median, true),
    meetingsByCountryPair(["IRN", "USA"]),
    peoplePage("people-page-10", "people, page 10", subjects.peoplePage10),
    search(hub.name),
    shortestConnection(
      "connection-hubs",
      "shortestConnection hub–hub",
      hub.id,
      subjects.secondHub.id,
    ),
    shortestConnection(
      "connection-medians",
      "shortestConnection median–median",
      median.id,
      subjects.nextToMedian.id,
    ),
    // Last: measured on a warm Neo4j, like the others (first, it measured a cold start).
    floor(),
  ];
}

export async function runScale(
  dataset: {
    target: Neo4jTarget;
    meetings: number;
    seed: number | null;
    counts: Record<string, number>;
  },
  options: MeasureOptions & { log: (line: string) => void },
): Promise<ScaleResult> {
  const systems = await startSystems(dataset.target, options.timeoutMs);
  try {
    const versionRows = await systems.driver.executeQuery(
      "CALL dbms.components() YIELD versions RETURN versions[0] AS version",
      {},
      { database: systems.database, routing: "READ" },
    );
    const subjects = await chooseSubjects(systems);
    const planned = operationsFor(subjects);
    options.log("  one cold pass over every operation …");
    await warmCaches(planned, systems, options.timeoutMs);
    const operations: OperationResult[] = [];
    for (const operation of planned) {
      options.log(`  ${operation.name} …`);
      operations.push(await measure(operation, systems, options));
    }
    const memory = process.memoryUsage();
    return {
      meetings: dataset.meetings,
      seed: dataset.seed,
      counts: dataset.counts,
      neo4jVersion: String(versionRows.records[0]?.get("version") ?? "unknown"),
      subjects: {
        hub: {
          id: subjects.hub.id,
          degree: subjects.hub.degree,
          lateOffset: subjects.hub.late.offset,
        },
        median: {
          id: subjects.median.id,
          degree: subjects.median.degree,
          lateOffset: subjects.median.late.offset,
        },
        secondHub: subjects.secondHub.id,
        nextToMedian: subjects.nextToMedian.id,
        peopleWithMeetings: subjects.peopleWithMeetings,
      },
      operations,
      memory: {
        heapUsedBytes: memory.heapUsed,
        heapTotalBytes: memory.heapTotal,
        rssBytes: memory.rss,
      },
    };
  } finally {
    await systems.stop();
  }
}
