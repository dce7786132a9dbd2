/**
 * How the articles report a meeting or a statement: which articles (one or two, published
 * on or after it), which other actor they mention, and how they write its date.
 */
import { type DateTriple, monthOf, weekdayOf } from "./dates.ts";
import type { Random } from "./random.ts";
import { MONTHS, UNDATED_TEXTS, WEEKDAYS } from "./vocabulary.ts";
import { type ArticleNode, articleOnOrAfter, itemAt, type World } from "./world.ts";

/** One or two articles published on or after the fact (any article when it is undated). */
export function reportingArticles(
  world: World,
  random: Random,
  date: DateTriple,
  day: number,
): ArticleNode[] {
  const first =
    date.start === null || world.datedArticles.length === 0
      ? random.pick(world.articles)
      : articleOnOrAfter(world, day + random.int(0, 20));
  if (!random.chance(0.12)) return [first];
  const second = random.pick(world.articles);
  return second === first ? [first] : [first, second];
}

/** The id of an actor an article mentions in passing: a country, a person, an organization. */
export function mentionable(world: World, random: Random): string {
  if (random.chance(0.2)) return itemAt(world.countries, world.countryZipf.draw(random)).id;
  if (random.chance(0.2)) return random.pick(world.people).id;
  return itemAt(world.organizations, world.organizationZipf.draw(random)).id;
}

/** The date as the text gives it, when it gives one: "earlier this week", "Tuesday", "May". */
export function dateTextFor(date: DateTriple, day: number, random: Random): string | null {
  if (date.precision === null) return random.pick(UNDATED_TEXTS);
  if (date.precision === "DAY" && random.chance(0.25)) return WEEKDAYS[weekdayOf(day)] ?? null;
  if (date.precision === "MONTH" && random.chance(0.3)) return MONTHS[monthOf(day)] ?? null;
  return null;
}
