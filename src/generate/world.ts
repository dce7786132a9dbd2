/**
 * What the entities of a generated graph leave for the events to draw from: the actors and
 * reference data as plain objects, with the distributions that pick them. Sizes grow with
 * the number of meetings (about one person per 10 meetings, one article per 4).
 */
import type { CountryEntry } from "./countries.ts";
import type { Zipf } from "./random.ts";

export interface CountryNode extends CountryEntry {
  id: string;
  capitalCity: PlaceNode;
  /** Its foreign ministry's id (every country has one), set when the ministry is written. */
  ministryId: string;
  people: PersonNode[];
}

export interface PlaceNode {
  id: string;
  name: string;
  /** The city a venue is in (itself for a city). */
  cityName: string;
}

export interface TopicNode {
  id: string;
  name: string;
}

export interface PersonNode {
  id: string;
  name: string;
  /** Name in Persian script, for people of Persian-speaking countries. */
  persianName: string | undefined;
  country: CountryNode;
  /** Participation.role: the office they attend in. */
  role: string;
  /** Participation -[:REPRESENTING]-> this Country or Organization id. */
  representing: string;
}

export interface OrganizationNode {
  id: string;
  name: string;
  people: PersonNode[];
}

export interface ArticleNode {
  id: string;
  outlet: string;
  day: number | null;
}

export interface World {
  countries: CountryNode[];
  countryZipf: Zipf;
  topics: TopicNode[];
  topicZipf: Zipf;
  /** The venues of each city, by the city's id. */
  venuesByCity: Map<string, PlaceNode[]>;
  /** Cities where talks happen away from either party. */
  thirdPlaces: PlaceNode[];
  internationalBodies: OrganizationNode[];
  jointBodies: OrganizationNode[];
  outlets: OrganizationNode[];
  missions: OrganizationNode[];
  opposition: OrganizationNode[];
  organizations: OrganizationNode[];
  organizationZipf: Zipf;
  people: PersonNode[];
  articles: ArticleNode[];
  /** The dated articles and their publication days, ascending ("first article on or after"). */
  datedArticles: ArticleNode[];
  articleDays: Int32Array;
}

export interface Sizes {
  people: number;
  articles: number;
  venues: number;
  missions: number;
  jointBodies: number;
}

export function sizesFor(meetings: number): Sizes {
  return {
    people: Math.max(80, Math.round(meetings / 10)),
    articles: Math.max(40, Math.round(meetings / 4)),
    venues: Math.max(60, Math.round(meetings / 200)),
    missions: Math.max(30, Math.round(meetings / 150)),
    jointBodies: Math.max(5, Math.round(meetings / 5000)),
  };
}

/** The first dated article published on or after `day` (or the last one). */
export function articleOnOrAfter(world: World, day: number): ArticleNode {
  let low = 0;
  let high = world.articleDays.length - 1;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((world.articleDays[mid] ?? 0) >= day) high = mid;
    else low = mid + 1;
  }
  return itemAt(world.datedArticles, low);
}

/**
 * The item at an index drawn for this very list (a Zipf of its size, a bisection of it):
 * always there, and a loud error rather than `undefined` flowing on if a size ever drifts.
 */
export function itemAt<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new RangeError(`no item at ${index} of ${items.length}`);
  return item;
}
