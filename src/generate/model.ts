/**
 * The whole generated graph as a stream of chunks, deterministic for (meetings, seed):
 * one random stream consumed in a fixed order, chunk boundaries fixed by row counts (not by
 * timing), so the same arguments give the same nodes, relationships and properties.
 */
import { type Chunk, ChunkBuilder } from "./chunk.ts";
import { generateEntities } from "./entities.ts";
import { EventGenerator } from "./events.ts";
import { Random } from "./random.ts";

/** Bump when the generated graph changes, so an older dataset is regenerated. */
export const GENERATOR_VERSION = 4;

/** The seed of a dataset when none is given. */
export const DEFAULT_SEED = 1;

export interface GenerateOptions {
  meetings: number;
  seed: number;
  /** Rows (nodes + relationships) per chunk. */
  chunkRows?: number;
}

export function* generateGraph(options: GenerateOptions): Generator<Chunk> {
  const random = new Random(options.seed);
  const out = new ChunkBuilder();
  const chunkRows = options.chunkRows ?? 40_000;

  const entities = generateEntities(options.meetings, random, out, chunkRows);
  let step = entities.next();
  while (!step.done) {
    if (out.pending > 0) yield out.take(0);
    step = entities.next();
  }
  const world = step.value;
  if (out.pending > 0) yield out.take(0);

  const events = new EventGenerator(world, random, out);
  for (let index = 0; index < options.meetings; index++) {
    events.meeting(index);
    if (out.pending >= chunkRows) yield out.take(index + 1);
  }
  // The aggregates last: a pair's count is final once every meeting is drawn.
  for (const edge of events.metWith()) {
    out.rel("MET_WITH", edge.from, edge.to, edge.properties);
    if (out.pending >= chunkRows) yield out.take(options.meetings);
  }
  if (out.pending > 0) yield out.take(options.meetings);
}
