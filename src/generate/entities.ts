/**
 * The actors and reference data of a generated graph: countries, places, topics,
 * organizations, people, articles and positions. Sizes grow with the number of meetings
 * (about one person per 10 meetings, one article per 4), and who belongs where is drawn
 * from Zipf-like distributions so that a few countries and people dominate, as in the news.
 */
import type { ChunkBuilder } from "./chunk.ts";
import { COUNTRIES, type CountryEntry } from "./countries.ts";
import {
  type DateTriple,
  dateProperties,
  dateTriple,
  FIRST_DAY,
  isoOf,
  LAST_DAY,
  UNDATED,
} from "./dates.ts";
import { type Random, Zipf } from "./random.ts";
import { searchNames } from "./search-title.ts";
import {
  firstNames,
  INTERNATIONAL_BODIES,
  lastNames,
  MONTHS,
  OFFICES,
  OUTLETS,
  PERSIAN_FIRST,
  PERSIAN_LAST,
  slug,
  TOPICS,
  TRANSLITERATIONS,
  VENUE_KINDS,
} from "./vocabulary.ts";

export interface CountryNode extends CountryEntry {
  id: string;
  capitalId: string;
  /** Its foreign ministry's id (every country has one). */
  ministryId: string;
  people: PersonNode[];
}

export interface PlaceNode {
  id: string;
  name: string;
  /** The city a venue is in (itself for a city). */
  cityName: string;
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
  topics: { id: string; name: string }[];
  topicZipf: Zipf;
  /** Capitals and extra cities by country code, venues by city id. */
  venuesByCity: Map<string, PlaceNode[]>;
  places: Map<string, PlaceNode>;
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

/** Builds every entity, writing its rows to `out` and flushing through `flush` as it goes. */
export function* generateEntities(
  meetings: number,
  random: Random,
  out: ChunkBuilder,
  flushAt: number,
): Generator<void, World> {
  const sizes = sizesFor(meetings);
  const ids = new UniqueIds();
  const world = {
    venuesByCity: new Map(),
    places: new Map(),
    thirdPlaces: [],
    internationalBodies: [],
    jointBodies: [],
    outlets: [],
    missions: [],
    opposition: [],
    organizations: [],
    people: [],
    articles: [],
  } as unknown as World;

  // Countries and their capitals.
  world.countries = COUNTRIES.map((entry) => {
    const id = `country:${entry.code}`;
    const countryAliases = [
      ...entry.aliases.slice(0, 3),
      ...(entry.persianName ? [entry.persianName] : []),
    ];
    out.node("Country", {
      id,
      code: entry.code,
      cameo: entry.code,
      name: entry.name,
      aliases: countryAliases,
      searchNames: searchNames(entry.name, countryAliases),
    });
    const capitalId = ids.take(`place:${slug(entry.capital)}`);
    const capital = { id: capitalId, name: entry.capital, cityName: entry.capital };
    out.node("Place", {
      id: capitalId,
      name: entry.capital,
      aliases: [],
      kind: "city",
      searchNames: searchNames(entry.capital, []),
    });
    out.rel("LOCATED_IN", capitalId, id);
    world.places.set(capitalId, capital);
    world.venuesByCity.set(capitalId, []);
    return { ...entry, id, capitalId, ministryId: "", people: [] };
  });
  world.countryZipf = new Zipf(world.countries.length, 1.05, 0.3);
  const byCode = new Map(world.countries.map((c) => [c.code, c]));

  // Cities where talks often happen away from either party.
  for (const [name, code] of [
    ["New York", "USA"],
    ["Geneva", "CHE"],
    ["Lausanne", "CHE"],
  ] as const) {
    const id = ids.take(`place:${slug(name)}`);
    out.node("Place", { id, name, aliases: [], kind: "city", searchNames: searchNames(name, []) });
    out.rel("LOCATED_IN", id, `country:${code}`);
    const city = { id, name, cityName: name };
    world.places.set(id, city);
    world.venuesByCity.set(id, []);
    world.thirdPlaces.push(city);
  }
  for (const code of ["AUT", "OMN", "QAT", "IRQ", "CHE", "NOR", "KAZ"]) {
    const country = byCode.get(code);
    const capital = country && world.places.get(country.capitalId);
    if (capital) world.thirdPlaces.push(capital);
  }

  // Venues, in the busiest countries' capitals mostly; venue → city → country.
  const cityIds = [...world.venuesByCity.keys()];
  for (let i = 0; i < sizes.venues; i++) {
    const country = world.countries[world.countryZipf.draw(random)] as CountryNode;
    const cityId = random.chance(0.1) ? random.pick(cityIds) : country.capitalId;
    const city = world.places.get(cityId) as PlaceNode;
    const name = `${random.pick(VENUE_KINDS)}, ${city.name}`;
    const id = ids.take(`place:${slug(name)}`);
    out.node("Place", { id, name, aliases: [], kind: "venue", searchNames: searchNames(name, []) });
    out.rel("LOCATED_IN", id, cityId);
    const venue = { id, name, cityName: city.name };
    world.places.set(id, venue);
    world.venuesByCity.get(cityId)?.push(venue);
  }

  world.topics = TOPICS.map((name) => {
    const id = `topic:${slug(name)}`;
    out.node("Topic", { id, name });
    return { id, name };
  });
  world.topicZipf = new Zipf(world.topics.length, 0.9);
  yield;

  // Organizations.
  const organization = (
    name: string,
    kind: string,
    extra: {
      slug?: string;
      cameo?: string;
      aliases?: string[];
      belongsTo?: string;
      locatedIn?: string;
      partOf?: string;
      description?: string;
    } = {},
  ): OrganizationNode => {
    const id = ids.take(`org:${extra.slug ?? slug(name)}`);
    out.node("Organization", {
      id,
      name,
      aliases: extra.aliases ?? [],
      kind,
      cameo: extra.cameo ?? null,
      description: extra.description ?? null,
      nameKey: `${name.toLowerCase()}|${id}`,
      searchNames: searchNames(name, extra.aliases ?? []),
    });
    if (extra.belongsTo) out.rel("BELONGS_TO", id, extra.belongsTo);
    if (extra.locatedIn) out.rel("LOCATED_IN", id, extra.locatedIn);
    if (extra.partOf) out.rel("PART_OF", id, extra.partOf);
    const node = { id, name, people: [] };
    world.organizations.push(node);
    return node;
  };
  const newYork = [...world.places.values()].find((p) => p.name === "New York")?.id;
  for (const [name, kind, cameo, short] of INTERNATIONAL_BODIES) {
    world.internationalBodies.push(
      organization(name, kind, {
        slug: short,
        ...(cameo ? { cameo } : {}),
        ...(short === "united-nations" && newYork ? { locatedIn: newYork } : {}),
      }),
    );
  }
  for (const [name, , code] of OUTLETS) {
    const country = byCode.get(code);
    world.outlets.push(
      organization(name, "news_outlet", {
        ...(name === "IRNA" ? { cameo: "IRNMED", description: "the state news agency" } : {}),
        ...(country ? { belongsTo: country.id, locatedIn: country.capitalId } : {}),
      }),
    );
  }
  world.countries.forEach((country, rank) => {
    country.ministryId = organization(
      `Ministry of Foreign Affairs of ${country.name}`,
      "government_body",
      {
        cameo: `${country.code}GOV`,
        belongsTo: country.id,
        locatedIn: country.capitalId,
      },
    ).id;
    if (rank < 40) {
      const forces = organization(`Armed Forces of ${country.name}`, "armed_force", {
        cameo: `${country.code}MIL`,
        belongsTo: country.id,
      });
      if (rank < 20) {
        organization(`Navy of ${country.name}`, "armed_force", {
          belongsTo: country.id,
          partOf: forces.id,
        });
        world.opposition.push(
          organization(`National Council of Resistance of ${country.name}`, "opposition_group", {
            cameo: `${country.code}OPP`,
            description: `an opposition coalition based outside ${country.name}`,
          }),
        );
      }
      if (rank % 4 === 1) {
        organization(`${country.name} Popular Movement`, "political_group", {
          belongsTo: country.id,
        });
      }
    }
  });
  yield;
  const missionPairs = new Set<string>();
  for (
    let attempt = 0;
    world.missions.length < sizes.missions && attempt < sizes.missions * 5;
    attempt++
  ) {
    const sender = world.countries[world.countryZipf.draw(random)] as CountryNode;
    const host = world.countries[world.countryZipf.draw(random)] as CountryNode;
    if (sender === host || missionPairs.has(`${sender.code}${host.code}`)) continue;
    missionPairs.add(`${sender.code}${host.code}`);
    world.missions.push(
      organization(`Embassy of ${sender.name} in ${host.capital}`, "diplomatic_mission", {
        cameo: `${sender.code}GOV`,
        belongsTo: sender.id,
        locatedIn: host.capitalId,
        partOf: sender.ministryId,
      }),
    );
    if (out.pending >= flushAt) yield;
  }
  for (let i = 0; i < sizes.jointBodies; i++) {
    const a = world.countries[world.countryZipf.draw(random)] as CountryNode;
    const b = world.countries[
      (world.countryZipf.draw(random) + 1) % world.countries.length
    ] as CountryNode;
    const topic = world.topics[world.topicZipf.draw(random)] as { name: string };
    world.jointBodies.push(
      organization(
        `${a.name}–${b.name} joint committee on ${topic.name.toLowerCase()}`,
        "joint_body",
        {
          description: `a committee set up jointly by ${a.name} and ${b.name}`,
        },
      ),
    );
  }
  world.organizationZipf = new Zipf(world.organizations.length, 1.0);
  yield;

  // Articles, in publication order, so a fact finds the first article on or after its date.
  const outletZipf = new Zipf(OUTLETS.length, 1.0);
  const articleDays: number[] = [];
  const span = LAST_DAY - FIRST_DAY;
  for (let i = 0; i < sizes.articles; i++) {
    const day = FIRST_DAY + Math.floor(((i + random.float()) / sizes.articles) * span);
    const outletIndex = outletZipf.draw(random);
    const [outletName, language] = OUTLETS[outletIndex] as (typeof OUTLETS)[number];
    const a = world.countries[world.countryZipf.draw(random)] as CountryNode;
    const b = world.countries[
      (world.countryZipf.draw(random) + 1) % world.countries.length
    ] as CountryNode;
    const topic = world.topics[world.topicZipf.draw(random)] as { name: string };
    const title =
      language === "fa"
        ? `دیدار مقامات ${a.persianName ?? a.name} و ${b.persianName ?? b.name}`
        : `${a.name} and ${b.name} hold talks on ${topic.name.toLowerCase()}`;
    const number = String(i).padStart(7, "0");
    const id = `article:${number}-${slug(language === "fa" ? `${a.code} ${b.code} talks` : title)
      .split("-")
      .slice(0, 6)
      .join("-")}`;
    const kind = random.float();
    const undated = kind < 0.03;
    const published: DateTriple = undated ? UNDATED : dateTriple(day, "DAY");
    const publishedText =
      undated || kind < 0.08
        ? `${MONTHS[new Date(day * 86_400_000).getUTCMonth()]} ${new Date(day * 86_400_000).getUTCDate()}`
        : null;
    out.node("Article", {
      id,
      title,
      outlet: outletName,
      language,
      file: `${number}_${random.hex(16)}.txt`,
      ...dateProperties("published", published),
      publishedText,
      titleSupplied: random.chance(0.02) ? true : null,
    });
    const outlet = world.outlets[outletIndex] as OrganizationNode;
    out.rel("PUBLISHED_BY", id, outlet.id, { role: "outlet" });
    if (random.chance(0.15)) {
      const agency = world.outlets[random.int(0, 3)] as OrganizationNode;
      if (agency !== outlet) out.rel("PUBLISHED_BY", id, agency.id, { role: "agency" });
    }
    world.articles.push({ id, outlet: outletName, day: undated ? null : day });
    if (!undated) articleDays.push(day);
    if (out.pending >= flushAt) yield;
  }
  world.articleDays = Int32Array.from(articleDays);
  const datedArticles = world.articles.filter((a) => a.day !== null);
  world.datedArticles = datedArticles;

  // People, each from a country (Zipf: the busiest countries have the most officials).
  const peopleZipf = new Zipf(world.countries.length, 0.75, 1);
  for (let i = 0; i < sizes.people; i++) {
    const country = world.countries[peopleZipf.draw(random)] as CountryNode;
    const { name, persianName, aliases } = personName(country, random);
    const id = ids.take(`person:${slug(name)}`);
    const rank = country.people.length;
    const office =
      rank < OFFICES.length ? (OFFICES[rank] as string) : random.pick(OFFICES.slice(3));
    const body = random.chance(0.04) ? random.pick(world.internationalBodies) : undefined;
    const role = body
      ? `${office === "Ambassador" ? "Envoy" : "Representative"} of the ${body.name}`
      : office === "Ambassador"
        ? `Ambassador of ${country.name} to ${(world.countries[world.countryZipf.draw(random)] as CountryNode).name}`
        : `${office} of ${country.name}`;
    const representing = body ? body.id : random.chance(0.05) ? country.ministryId : country.id;
    const person: PersonNode = { id, name, persianName, country, role, representing };
    out.node("Person", {
      id,
      name,
      aliases,
      nameKey: `${name.toLowerCase()}|${id}`,
      searchNames: searchNames(name, aliases),
    });
    if (body) body.people.push(person);
    else country.people.push(person);
    world.people.push(person);

    // Positions: the office they attend in, and for some a former one or a membership.
    const positions: [string, string, boolean | null, "OFFICE" | "MEMBERSHIP"][] = [
      [
        role,
        body ? body.id : representing === country.ministryId ? country.ministryId : country.id,
        random.chance(0.9) ? true : null,
        "OFFICE",
      ],
    ];
    if (random.chance(0.4)) {
      const former = random.pick(OFFICES);
      const formerTitle = `Former ${former} of ${country.name}`;
      positions.push([formerTitle, country.id, false, "OFFICE"]);
    }
    if (random.chance(0.1)) {
      const group = random.pick(world.internationalBodies);
      positions.push([`Member of the ${group.name}`, group.id, true, "MEMBERSHIP"]);
    }
    const personSlug = id.slice("person:".length);
    positions.forEach(([title, of, current, kind]) => {
      const positionId = `position:${personSlug}--${slug(title)}`;
      const article = random.pick(datedArticles.length ? datedArticles : world.articles);
      const fromDay = article.day === null ? null : article.day - random.int(30, 3650);
      const from =
        fromDay === null || random.chance(0.4)
          ? UNDATED
          : dateTriple(Math.max(FIRST_DAY, fromDay), random.chance(0.5) ? "YEAR" : "DAY");
      const to =
        current === false && article.day !== null && random.chance(0.5)
          ? dateTriple(article.day - random.int(1, 300), "YEAR")
          : UNDATED;
      out.node("Position", {
        id: positionId,
        title,
        kind,
        ...dateProperties("from", from),
        ...dateProperties("to", to),
        current,
        asOf: current === null || article.day === null ? null : isoOf(article.day),
      });
      // One in 200 is only an opposition group's claim (issue 20): alleged, never held. The
      // same draw as the claimant's before, so the rest of the stream is unchanged.
      const alleged = random.chance(0.005) && world.opposition.length > 0;
      if (alleged) random.pick(world.opposition);
      out.rel(alleged ? "ALLEGEDLY_HELD" : "HELD_POSITION", id, positionId);
      out.rel("OF", positionId, of);
      out.rel("REPORTED_BY", positionId, article.id, {
        excerpt:
          current === false
            ? `${name}, a former official, ${kind === "OFFICE" ? `served as ${title.replace(/^Former /, "")}` : "was a member"}.`
            : `${title} ${name} spoke to reporters.`,
      });
      if (random.chance(0.05))
        out.rel(
          "MENTIONS",
          positionId,
          world.organizations[world.organizationZipf.draw(random)]?.id as string,
        );
    });
    if (out.pending >= flushAt) yield;
  }
  return world;
}

function personName(
  country: CountryEntry,
  random: Random,
): { name: string; persianName: string | undefined; aliases: string[] } {
  if (country.names === "persian") {
    const [first, firstFa] = random.pick(PERSIAN_FIRST);
    const [last, lastFa] = random.pick(PERSIAN_LAST);
    const name = `${first} ${last}`;
    const persianName = `${firstFa} ${lastFa}`;
    const variant = `${TRANSLITERATIONS[first] ?? first} ${TRANSLITERATIONS[last] ?? last}`;
    return {
      name,
      persianName,
      aliases: [last, ...(variant !== name ? [variant] : []), persianName],
    };
  }
  const first = random.pick(firstNames(country.names));
  const last = random.pick(lastNames(country.names));
  return { name: `${first} ${last}`, persianName: undefined, aliases: [last] };
}

/** Ids stay unique: a second "Ali Rezaei" becomes person:ali-rezaei-2. */
class UniqueIds {
  private readonly seen = new Map<string, number>();

  take(id: string): string {
    const count = (this.seen.get(id) ?? 0) + 1;
    this.seen.set(id, count);
    return count === 1 ? id : `${id}-${count}`;
  }
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
  return world.datedArticles[low] as ArticleNode;
}
