/**
 * The articles of a generated graph, in publication order across the whole period, so
 * that a fact finds the first article on or after its date by bisection. Busy outlets
 * publish most; a few articles are undated or carry only a written date.
 */
import type { ChunkBuilder } from "./chunk.ts";
import {
  type DateTriple,
  dateProperties,
  dateTriple,
  FIRST_DAY,
  LAST_DAY,
  UNDATED,
} from "./dates.ts";
import { drawCountryPair, type Geography } from "./places.ts";
import { type Random, Zipf } from "./random.ts";
import { MONTHS, OUTLETS, slug } from "./vocabulary.ts";
import { type ArticleNode, itemAt, type World } from "./world.ts";

export type Articles = Pick<World, "articles" | "datedArticles" | "articleDays">;

type Sources = Geography & Pick<World, "topics" | "topicZipf" | "outlets">;

const DAY_MS = 86_400_000;

/** `count` articles, yielding whenever `out` holds `flushAt` rows. */
export function* generateArticles(
  count: number,
  sources: Sources,
  random: Random,
  out: ChunkBuilder,
  flushAt: number,
): Generator<void, Articles> {
  const outletZipf = new Zipf(OUTLETS.length, 1.0);
  const articles: ArticleNode[] = [];
  const span = LAST_DAY - FIRST_DAY;
  for (let i = 0; i < count; i++) {
    const day = FIRST_DAY + Math.floor(((i + random.float()) / count) * span);
    articles.push(writeArticle(i, day, outletZipf.draw(random), sources, random, out));
    if (out.pending >= flushAt) yield;
  }
  const datedArticles = articles.filter((article) => article.day !== null);
  const articleDays = Int32Array.from(datedArticles, (article) => article.day ?? 0);
  return { articles, datedArticles, articleDays };
}

/** The `number`th article, published on `day` (unless undated) by the outlet at `outletIndex`. */
function writeArticle(
  number: number,
  day: number,
  outletIndex: number,
  sources: Sources,
  random: Random,
  out: ChunkBuilder,
): ArticleNode {
  const [outletName, language] = itemAt(OUTLETS, outletIndex);
  const [a, b] = drawCountryPair(sources, random);
  const topic = itemAt(sources.topics, sources.topicZipf.draw(random));
  const title =
    language === "fa"
      ? `دیدار مقامات ${a.persianName ?? a.name} و ${b.persianName ?? b.name}`
      : `${a.name} and ${b.name} hold talks on ${topic.name.toLowerCase()}`;
  const padded = String(number).padStart(7, "0");
  const titleSlug = slug(language === "fa" ? `${a.code} ${b.code} talks` : title);
  const id = `article:${padded}-${titleSlug.split("-").slice(0, 6).join("-")}`;
  const kind = random.float();
  const undated = kind < 0.03;
  const published: DateTriple = undated ? UNDATED : dateTriple(day, "DAY");
  out.node("Article", {
    id,
    title,
    outlet: outletName,
    language,
    file: `${padded}_${random.hex(16)}.txt`,
    ...dateProperties("published", published),
    publishedText: undated || kind < 0.08 ? writtenDate(day) : null,
    titleSupplied: random.chance(0.02) ? true : null,
  });
  const outlet = itemAt(sources.outlets, outletIndex);
  out.rel("PUBLISHED_BY", id, outlet.id, { role: "outlet" });
  if (random.chance(0.15)) {
    // One of the four agencies that others relay.
    const agency = itemAt(sources.outlets, random.int(0, 3));
    if (agency !== outlet) out.rel("PUBLISHED_BY", id, agency.id, { role: "agency" });
  }
  return { id, outlet: outletName, day: undated ? null : day };
}

/** "March 4": the date as an article's text gives it, without the year. */
function writtenDate(day: number): string {
  const date = new Date(day * DAY_MS);
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}`;
}
