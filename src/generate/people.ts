/**
 * The people of a generated graph, each from a country (Zipf: the busiest countries have the
 * most officials), their most senior offices first; a few represent an international body.
 * Each holds positions (the office they attend in, for some a former one or a membership),
 * each reported by an article.
 */
import type { ChunkBuilder } from "./chunk.ts";
import type { CountryEntry } from "./countries.ts";
import { dateProperties, dateTriple, FIRST_DAY, isoOf, UNDATED } from "./dates.ts";
import type { Geography } from "./places.ts";
import { type Random, Zipf } from "./random.ts";
import { searchNames } from "./search-title.ts";
import type { UniqueIds } from "./unique-ids.ts";
import {
  firstNames,
  lastNames,
  OFFICES,
  PERSIAN_FIRST,
  PERSIAN_LAST,
  slug,
  TRANSLITERATIONS,
} from "./vocabulary.ts";
import {
  type ArticleNode,
  type CountryNode,
  itemAt,
  type OrganizationNode,
  type PersonNode,
  type World,
} from "./world.ts";

type Sources = Geography &
  Pick<
    World,
    | "internationalBodies"
    | "opposition"
    | "organizations"
    | "organizationZipf"
    | "articles"
    | "datedArticles"
  >;

interface Position {
  title: string;
  /** The id of the country or organization the position is OF. */
  of: string;
  /** Held now (true), held before (false), or not said (null). */
  current: boolean | null;
  kind: "OFFICE" | "MEMBERSHIP";
}

/** `count` people, yielding whenever `out` holds `flushAt` rows. */
export function* generatePeople(
  count: number,
  sources: Sources,
  random: Random,
  out: ChunkBuilder,
  ids: UniqueIds,
  flushAt: number,
): Generator<void, PersonNode[]> {
  const peopleZipf = new Zipf(sources.countries.length, 0.75, 1);
  const people: PersonNode[] = [];
  for (let i = 0; i < count; i++) {
    const country = itemAt(sources.countries, peopleZipf.draw(random));
    const { person, body } = writePerson(country, sources, random, out, ids);
    (body ?? country).people.push(person);
    people.push(person);
    for (const position of positionsOf(person, body, sources, random)) {
      writePosition(person, position, sources, random, out);
    }
    if (out.pending >= flushAt) yield;
  }
  return people;
}

/** A person of `country`, or (one in 25) of an international body they speak for. */
function writePerson(
  country: CountryNode,
  sources: Sources,
  random: Random,
  out: ChunkBuilder,
  ids: UniqueIds,
): { person: PersonNode; body: OrganizationNode | undefined } {
  const { name, persianName, aliases } = personName(country, random);
  const id = ids.take(`person:${slug(name)}`);
  // The first people of a country hold its top offices in order; the rest, lesser ones.
  const rank = country.people.length;
  const office = OFFICES[rank] ?? random.pick(OFFICES.slice(3));
  const body = random.chance(0.04) ? random.pick(sources.internationalBodies) : undefined;
  const role = body
    ? `${office === "Ambassador" ? "Envoy" : "Representative"} of the ${body.name}`
    : office === "Ambassador"
      ? `Ambassador of ${country.name} to ${itemAt(sources.countries, sources.countryZipf.draw(random)).name}`
      : `${office} of ${country.name}`;
  const representing = body ? body.id : random.chance(0.05) ? country.ministryId : country.id;
  out.node("Person", {
    id,
    name,
    aliases,
    nameKey: `${name.toLowerCase()}|${id}`,
    searchNames: searchNames(name, aliases),
  });
  return { person: { id, name, persianName, country, role, representing }, body };
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

/** The office they attend in; for some, a former office or a membership too. */
function positionsOf(
  { role, representing, country }: PersonNode,
  body: OrganizationNode | undefined,
  sources: Sources,
  random: Random,
): Position[] {
  const positions: Position[] = [
    {
      title: role,
      of: body ? body.id : representing === country.ministryId ? country.ministryId : country.id,
      current: random.chance(0.9) ? true : null,
      kind: "OFFICE",
    },
  ];
  if (random.chance(0.4)) {
    const former = random.pick(OFFICES);
    positions.push({
      title: `Former ${former} of ${country.name}`,
      of: country.id,
      current: false,
      kind: "OFFICE",
    });
  }
  if (random.chance(0.1)) {
    const group = random.pick(sources.internationalBodies);
    positions.push({
      title: `Member of the ${group.name}`,
      of: group.id,
      current: true,
      kind: "MEMBERSHIP",
    });
  }
  return positions;
}

/** A position, dated from the article that reports it, and who held (or claims) it. */
function writePosition(
  person: PersonNode,
  { title, of, current, kind }: Position,
  sources: Sources,
  random: Random,
  out: ChunkBuilder,
): void {
  const positionId = `position:${person.id.slice("person:".length)}--${slug(title)}`;
  const article = random.pick(
    sources.datedArticles.length ? sources.datedArticles : sources.articles,
  );
  const { from, to } = tenure(article, current, random);
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
  const alleged = random.chance(0.005) && sources.opposition.length > 0;
  if (alleged) random.pick(sources.opposition);
  out.rel(alleged ? "ALLEGEDLY_HELD" : "HELD_POSITION", person.id, positionId);
  out.rel("OF", positionId, of);
  out.rel("REPORTED_BY", positionId, article.id, {
    excerpt:
      current === false
        ? `${person.name}, a former official, ${kind === "OFFICE" ? `served as ${title.replace(/^Former /, "")}` : "was a member"}.`
        : `${title} ${person.name} spoke to reporters.`,
  });
  if (random.chance(0.05)) {
    const mentioned = itemAt(sources.organizations, sources.organizationZipf.draw(random));
    out.rel("MENTIONS", positionId, mentioned.id);
  }
}

/** From some years before the reporting article (often unknown); a former one's end too. */
function tenure(article: ArticleNode, current: boolean | null, random: Random) {
  const fromDay = article.day === null ? null : article.day - random.int(30, 3650);
  const from =
    fromDay === null || random.chance(0.4)
      ? UNDATED
      : dateTriple(Math.max(FIRST_DAY, fromDay), random.chance(0.5) ? "YEAR" : "DAY");
  const to =
    current === false && article.day !== null && random.chance(0.5)
      ? dateTriple(article.day - random.int(1, 300), "YEAR")
      : UNDATED;
  return { from, to };
}
