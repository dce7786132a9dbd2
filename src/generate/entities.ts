/**
 * The actors and reference data of a generated graph, in the order their rows are written
 * and their random draws are made: geography, topics, organizations, articles, people.
 * That order, and where it yields to let a chunk be taken, is what the pinned digests of
 * model.test.ts hold fixed.
 */
import { generateArticles } from "./articles.ts";
import type { ChunkBuilder } from "./chunk.ts";
import { generateOrganizations } from "./organizations.ts";
import { generatePeople } from "./people.ts";
import { generateGeography } from "./places.ts";
import { type Random, Zipf } from "./random.ts";
import { UniqueIds } from "./unique-ids.ts";
import { slug, TOPICS } from "./vocabulary.ts";
import { sizesFor, type World } from "./world.ts";

/**
 * Builds every entity, writing its rows to `out`; yields where a chunk may be taken (after
 * each group, and whenever `out` holds `flushAt` rows).
 */
export function* generateEntities(
  meetings: number,
  random: Random,
  out: ChunkBuilder,
  flushAt: number,
): Generator<void, World> {
  const sizes = sizesFor(meetings);
  const ids = new UniqueIds();
  const geography = generateGeography(sizes.venues, random, out, ids);
  const topics = writeTopics(out);
  yield;
  const organizations = yield* generateOrganizations(
    sizes,
    geography,
    topics,
    random,
    out,
    ids,
    flushAt,
  );
  const articles = yield* generateArticles(
    sizes.articles,
    { ...geography, ...topics, outlets: organizations.outlets },
    random,
    out,
    flushAt,
  );
  const people = yield* generatePeople(
    sizes.people,
    { ...geography, ...organizations, ...articles },
    random,
    out,
    ids,
    flushAt,
  );
  return { ...geography, ...topics, ...organizations, ...articles, people };
}

function writeTopics(out: ChunkBuilder): Pick<World, "topics" | "topicZipf"> {
  const topics = TOPICS.map((name) => {
    const id = `topic:${slug(name)}`;
    out.node("Topic", { id, name });
    return { id, name };
  });
  return { topics, topicZipf: new Zipf(topics.length, 0.9) };
}
