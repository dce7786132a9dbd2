/**
 * The organizations of a generated graph: international bodies, news outlets, each
 * country's ministry (and for the busiest, armed forces, a navy, an opposition council, a
 * movement), embassies between busy countries, and joint committees.
 */
import type { ChunkBuilder } from "./chunk.ts";
import { drawCountryPair, type Geography } from "./places.ts";
import { type Random, Zipf } from "./random.ts";
import { searchNames } from "./search-title.ts";
import type { UniqueIds } from "./unique-ids.ts";
import { INTERNATIONAL_BODIES, OUTLETS, slug } from "./vocabulary.ts";
import { type CountryNode, itemAt, type OrganizationNode, type World } from "./world.ts";

export type Organizations = Pick<
  World,
  | "internationalBodies"
  | "outlets"
  | "opposition"
  | "missions"
  | "jointBodies"
  | "organizations"
  | "organizationZipf"
>;

interface OrganizationDetails {
  /** The id's slug, when the name's own would be unwieldy. */
  slug?: string;
  cameo?: string;
  aliases?: string[];
  /** Ids of what it BELONGS_TO, is LOCATED_IN, is PART_OF. */
  belongsTo?: string;
  locatedIn?: string;
  partOf?: string;
  description?: string;
}

/** Writes organizations, keeping each in the list that mentions draw from. */
class OrganizationWriter {
  readonly all: OrganizationNode[] = [];
  private readonly out: ChunkBuilder;
  private readonly ids: UniqueIds;

  constructor(out: ChunkBuilder, ids: UniqueIds) {
    this.out = out;
    this.ids = ids;
  }

  /** Rows written and not yet taken into a chunk. */
  get pending(): number {
    return this.out.pending;
  }

  write(name: string, kind: string, details: OrganizationDetails = {}): OrganizationNode {
    const { out } = this;
    const id = this.ids.take(`org:${details.slug ?? slug(name)}`);
    out.node("Organization", {
      id,
      name,
      aliases: details.aliases ?? [],
      kind,
      cameo: details.cameo ?? null,
      description: details.description ?? null,
      nameKey: `${name.toLowerCase()}|${id}`,
      searchNames: searchNames(name, details.aliases ?? []),
    });
    if (details.belongsTo) out.rel("BELONGS_TO", id, details.belongsTo);
    if (details.locatedIn) out.rel("LOCATED_IN", id, details.locatedIn);
    if (details.partOf) out.rel("PART_OF", id, details.partOf);
    const node = { id, name, people: [] };
    this.all.push(node);
    return node;
  }
}

/**
 * Every organization, yielding when `out` holds `flushAt` rows (and where the generator
 * always yielded: after the standing bodies, after all of them) so chunks stay the same.
 */
export function* generateOrganizations(
  sizes: { missions: number; jointBodies: number },
  geography: Geography,
  topics: Pick<World, "topics" | "topicZipf">,
  random: Random,
  out: ChunkBuilder,
  ids: UniqueIds,
  flushAt: number,
): Generator<void, Organizations> {
  const writer = new OrganizationWriter(out, ids);
  const internationalBodies = writeInternationalBodies(writer, geography);
  const outlets = writeOutlets(writer, geography);
  const opposition = geography.countries.flatMap((country, rank) =>
    writeNationalBodies(writer, country, rank),
  );
  yield;
  const missions = yield* writeMissions(sizes.missions, writer, geography, random, flushAt);
  const jointBodies = Array.from({ length: sizes.jointBodies }, () =>
    writeJointBody(writer, geography, topics, random),
  );
  const organizationZipf = new Zipf(writer.all.length, 1.0);
  yield;
  return {
    internationalBodies,
    outlets,
    opposition,
    missions,
    jointBodies,
    organizations: writer.all,
    organizationZipf,
  };
}

function writeInternationalBodies(writer: OrganizationWriter, geography: Geography) {
  const newYork = geography.thirdPlaces.find((place) => place.name === "New York")?.id;
  return INTERNATIONAL_BODIES.map(([name, kind, cameo, short]) =>
    writer.write(name, kind, {
      slug: short,
      ...(cameo ? { cameo } : {}),
      ...(short === "united-nations" && newYork ? { locatedIn: newYork } : {}),
    }),
  );
}

function writeOutlets(writer: OrganizationWriter, { countries }: Geography) {
  return OUTLETS.map(([name, , code]) => {
    const country = countries.find((candidate) => candidate.code === code);
    return writer.write(name, "news_outlet", {
      ...(name === "IRNA" ? { cameo: "IRNMED", description: "the state news agency" } : {}),
      ...(country ? { belongsTo: country.id, locatedIn: country.capitalCity.id } : {}),
    });
  });
}

/**
 * A country's ministry of foreign affairs (recorded on the country); for the 40 busiest,
 * armed forces, and a movement for one in four; for the 20 busiest, a navy and an
 * opposition council, which is returned (positions may be only its claim).
 */
function writeNationalBodies(
  writer: OrganizationWriter,
  country: CountryNode,
  rank: number,
): OrganizationNode[] {
  const { name, code, id } = country;
  country.ministryId = writer.write(`Ministry of Foreign Affairs of ${name}`, "government_body", {
    cameo: `${code}GOV`,
    belongsTo: id,
    locatedIn: country.capitalCity.id,
  }).id;
  if (rank >= 40) return [];
  const forces = writer.write(`Armed Forces of ${name}`, "armed_force", {
    cameo: `${code}MIL`,
    belongsTo: id,
  });
  const opposition: OrganizationNode[] = [];
  if (rank < 20) {
    writer.write(`Navy of ${name}`, "armed_force", { belongsTo: id, partOf: forces.id });
    opposition.push(
      writer.write(`National Council of Resistance of ${name}`, "opposition_group", {
        cameo: `${code}OPP`,
        description: `an opposition coalition based outside ${name}`,
      }),
    );
  }
  if (rank % 4 === 1) {
    writer.write(`${name} Popular Movement`, "political_group", { belongsTo: id });
  }
  return opposition;
}

/** Embassies between busy countries, one per (sender, host), tried a bounded number of times. */
function* writeMissions(
  count: number,
  writer: OrganizationWriter,
  { countries, countryZipf }: Geography,
  random: Random,
  flushAt: number,
): Generator<void, OrganizationNode[]> {
  const missions: OrganizationNode[] = [];
  const pairs = new Set<string>();
  for (let attempt = 0; missions.length < count && attempt < count * 5; attempt++) {
    const sender = itemAt(countries, countryZipf.draw(random));
    const host = itemAt(countries, countryZipf.draw(random));
    if (sender === host || pairs.has(`${sender.code}${host.code}`)) continue;
    pairs.add(`${sender.code}${host.code}`);
    missions.push(
      writer.write(`Embassy of ${sender.name} in ${host.capital}`, "diplomatic_mission", {
        cameo: `${sender.code}GOV`,
        belongsTo: sender.id,
        locatedIn: host.capitalCity.id,
        partOf: sender.ministryId,
      }),
    );
    if (writer.pending >= flushAt) yield;
  }
  return missions;
}

function writeJointBody(
  writer: OrganizationWriter,
  geography: Geography,
  { topics, topicZipf }: Pick<World, "topics" | "topicZipf">,
  random: Random,
): OrganizationNode {
  const [a, b] = drawCountryPair(geography, random);
  const topic = itemAt(topics, topicZipf.draw(random));
  return writer.write(
    `${a.name}–${b.name} joint committee on ${topic.name.toLowerCase()}`,
    "joint_body",
    { description: `a committee set up jointly by ${a.name} and ${b.name}` },
  );
}
