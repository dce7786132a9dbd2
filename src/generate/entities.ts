/**
 * The actors and reference data of a generated graph: countries, places, topics,
 * organizations, people, articles and positions. Sizes grow with the number of meetings
 * (about one person per 10 meetings, one article per 4), and who belongs where is drawn
 * from Zipf-like distributions so that a few countries and people dominate, as in the news.
 */
import type { ChunkBuilder } from "./chunk.ts";
import type { CountryEntry } from "./countries.ts";
import {
  type DateTriple,
  dateProperties,
  dateTriple,
  FIRST_DAY,
  isoOf,
  LAST_DAY,
  UNDATED,
} from "./dates.ts";
import { generateGeography } from "./places.ts";
import { type Random, Zipf } from "./random.ts";
import { searchNames } from "./search-title.ts";
import { UniqueIds } from "./unique-ids.ts";
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
} from "./vocabulary.ts";
import {
  type CountryNode,
  type OrganizationNode,
  type PersonNode,
  sizesFor,
  type World,
} from "./world.ts";

/** Builds every entity, writing its rows to `out` and flushing through `flush` as it goes. */
export function* generateEntities(
  meetings: number,
  random: Random,
  out: ChunkBuilder,
  flushAt: number,
): Generator<void, World> {
  const sizes = sizesFor(meetings);
  const ids = new UniqueIds();
  const geography = generateGeography(sizes.venues, random, out, ids);
  const world = {
    ...geography,
    internationalBodies: [],
    jointBodies: [],
    outlets: [],
    missions: [],
    opposition: [],
    organizations: [],
    people: [],
    articles: [],
  } as unknown as World;
  const byCode = new Map(world.countries.map((c) => [c.code, c]));

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
  const newYork = world.thirdPlaces.find((p) => p.name === "New York")?.id;
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
        ...(country ? { belongsTo: country.id, locatedIn: country.capitalCity.id } : {}),
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
        locatedIn: country.capitalCity.id,
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
        locatedIn: host.capitalCity.id,
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
