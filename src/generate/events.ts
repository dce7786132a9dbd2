/**
 * Meetings and the statements made at or about them. Participants are drawn country by
 * country from Zipf distributions (busy countries, and within a country its most senior
 * officials, dominate), which gives the power-law degrees of real reporting: hub ministers
 * in tens of thousands of meetings at 1M, a median person in a handful. The derived list
 * data of cypher/derived.cypher (sort keys, TOOK_PART_IN, ownerId/sortKey) is written here
 * directly, with the same values that script would compute.
 */
import type { ChunkBuilder, Row } from "./chunk.ts";
import {
  type DateTriple,
  dateProperties,
  dateTriple,
  FIRST_DAY,
  LAST_DAY,
  monthOf,
  type Precision,
  sortKey,
  UNDATED,
  weekdayOf,
} from "./dates.ts";
import { cumulativeWeights, type Random, Zipf } from "./random.ts";
import { searchTitle } from "./search-title.ts";
import {
  type EventCode,
  MEETING_CODES,
  MONTHS,
  PERSIAN_SENTENCES,
  STATEMENT_CODES,
  UNDATED_TEXTS,
  WEEKDAYS,
} from "./vocabulary.ts";
import {
  type ArticleNode,
  articleOnOrAfter,
  type CountryNode,
  type OrganizationNode,
  type PersonNode,
  type PlaceNode,
  type World,
} from "./world.ts";

type Status = keyof typeof MEETING_CODES;

/** One party to a meeting: a country or a body, with the people attending for it. */
interface Side {
  actor: CountryNode | OrganizationNode;
  country: CountryNode | undefined;
  people: PersonNode[];
}

interface Series {
  sides: Side[];
  topic: { id: string; name: string };
  lastId: string;
  lastRound: number;
  lastDay: number;
}

const SIDE_COUNTS = cumulativeWeights([0, 0, 0.8, 0.14, 0.04, 0.02]);
const PEOPLE_PER_SIDE = cumulativeWeights([0, 0.75, 0.2, 0.05]);
const STATEMENTS_PER_MEETING = cumulativeWeights([0.1, 0.25, 0.35, 0.2, 0.1]);
const STATUSES: readonly Status[] = ["HELD", "PLANNED", "PROPOSED", "DECLINED"];
const STATUS_WEIGHTS = cumulativeWeights([0.82, 0.08, 0.06, 0.04]);
const PRECISIONS: readonly (Precision | null)[] = ["DAY", "MONTH", "YEAR", null];
const PRECISION_WEIGHTS = cumulativeWeights([0.75, 0.12, 0.07, 0.06]);

export class EventGenerator {
  private readonly openSeries: Series[] = [];
  private readonly peopleZipfs = new Map<CountryNode | OrganizationNode, Zipf>();
  private statementCount = 0;

  private readonly world: World;
  private readonly random: Random;
  private readonly out: ChunkBuilder;

  constructor(world: World, random: Random, out: ChunkBuilder) {
    this.world = world;
    this.random = random;
    this.out = out;
  }

  get statements(): number {
    return this.statementCount;
  }

  meeting(index: number): void {
    const { random, world, out } = this;
    const series = this.continueSeries();
    const sides = series ? this.redrawPeople(series.sides) : this.drawSides();
    const topic = series?.topic ?? (world.topics[world.topicZipf.draw(random)] as Series["topic"]);
    const status = series
      ? random.chance(0.85)
        ? "HELD"
        : "PLANNED"
      : (STATUSES[random.weighted(STATUS_WEIGHTS)] as Status);
    const code = random.pick<EventCode>(MEETING_CODES[status]);

    let day = FIRST_DAY + Math.floor(Math.sqrt(random.float()) * (LAST_DAY - FIRST_DAY));
    if (series) day = Math.min(LAST_DAY, series.lastDay + random.int(14, 120));
    const precision = PRECISIONS[random.weighted(PRECISION_WEIGHTS)] ?? null;
    const date = precision ? dateTriple(day, precision) : UNDATED;
    const dateText = dateTextFor(date, day, random);

    const [a, b] = sides as [Side, Side];
    const codes = sides.map((side) =>
      (side.country ? side.country.code : side.actor.id.slice(4)).toLowerCase(),
    );
    const id = `meeting:${codes.slice(0, 2).join("-")}-${String(index).padStart(7, "0")}`;
    const round = series ? series.lastRound + 1 : random.chance(0.05) ? 1 : null;
    const names = sides.map((side) => side.actor.name);
    const title = round
      ? `${names.slice(0, 2).join("–")} talks on ${topic.name}, round ${round}`
      : sides.length > 2
        ? `${topic.name} talks: ${names.join(", ")}`
        : a.people[0] && b.people[0] && random.chance(0.5)
          ? `${a.people[0].name} meets ${b.people[0].name}`
          : `${names.join("–")} talks on ${topic.name}`;

    // Where: mostly a party's capital (often a venue in it), sometimes a third place.
    const host = random.chance(0.75) ? (random.chance(0.6) ? a : b) : undefined;
    const city = host?.country ? host.country.capitalCity : random.pick(world.thirdPlaces);
    const venues = world.venuesByCity.get(city.id) ?? [];
    const place = venues.length && random.chance(0.4) ? random.pick(venues) : city;
    const key = sortKey(date.start, id);

    out.node("Meeting", {
      id,
      title,
      status,
      ...dateProperties("date", date),
      dateText,
      venue: place === city ? city.name : `${place.name}`,
      round,
      roundInferred: round && round > 1 ? random.chance(0.3) : round ? false : null,
      ...code,
      searchTitle: searchTitle(title),
      summary: random.chance(0.3)
        ? `${names.join(" and ")} discussed ${topic.name.toLowerCase()}.`
        : null,
      sortKey: key,
    });
    out.rel("HELD_AT", id, place.id);
    if (host && random.chance(0.5)) {
      out.rel(
        "HOSTED_BY",
        id,
        host.people[0] && random.chance(0.8) ? host.people[0].id : host.actor.id,
      );
    }
    if (series) out.rel("FOLLOWS", id, series.lastId);
    out.rel("ABOUT", id, topic.id, { ownerId: topic.id, sortKey: key });
    const secondTopic = random.chance(0.2) ? world.topics[world.topicZipf.draw(random)] : undefined;
    if (secondTopic && secondTopic !== topic)
      out.rel("ABOUT", id, secondTopic.id, { ownerId: secondTopic.id, sortKey: key });

    // A Participation per participant: a person's (role, whom they represented), or a side's
    // own when it has no named person. Then TOOK_PART_IN (a HELD meeting) or TO_TAKE_PART_IN
    // (planned, proposed, declined): one per actor who took part or was represented, as
    // cypher/derived.cypher computes them.
    const meetingSlug = id.slice("meeting:".length);
    const tookPart = new Set<string>();
    for (const side of sides) {
      if (side.people.length === 0) {
        const actorSlug = side.actor.id.slice(side.actor.id.indexOf(":") + 1).toLowerCase();
        const participation = `participation:${meetingSlug}--${actorSlug}`;
        out.node("Participation", { id: participation, role: null });
        out.rel("TOOK_PART_AS", side.actor.id, participation);
        out.rel("AT", participation, id);
        tookPart.add(side.actor.id);
      }
      for (const person of side.people) {
        // Where the role and the represented actor live (docs/graph-model.md, Participation).
        const participation = `participation:${meetingSlug}--${person.id.slice("person:".length)}`;
        out.node("Participation", { id: participation, role: person.role });
        out.rel("TOOK_PART_AS", person.id, participation);
        out.rel("AT", participation, id);
        out.rel("REPRESENTING", participation, person.representing);
        tookPart.add(person.id);
        tookPart.add(person.representing);
      }
    }
    for (const actorId of tookPart) {
      if (status === "HELD")
        out.rel("TOOK_PART_IN", actorId, id, { ownerId: actorId, sortKey: key });
      else out.rel("TO_TAKE_PART_IN", actorId, id);
    }

    for (const article of this.reportingArticles(date, day)) {
      out.rel("REPORTED_BY", id, article.id, {
        excerpt: meetingExcerpt(status, a, b, topic.name, city.name, date, day),
      });
    }
    if (random.chance(0.08)) out.rel("MENTIONS", id, this.mentionable());

    if (round) this.rememberSeries(series, sides, topic, id, round, day);

    const statements = random.weighted(STATEMENTS_PER_MEETING);
    for (let s = 0; s < statements; s++) this.statement(id, status, sides, topic, date, day, city);
  }

  private statement(
    meetingId: string,
    status: Status,
    sides: Side[],
    topic: Series["topic"],
    meetingDate: DateTriple,
    meetingDay: number,
    city: PlaceNode,
  ): void {
    const { random, world, out } = this;
    const sideIndex = random.int(0, sides.length - 1);
    const side = sides[sideIndex] as Side;
    const other = sides[(sideIndex + 1) % sides.length] as Side;
    const speakers: PersonNode[] = [];
    if (side.people.length && !random.chance(0.06)) {
      speakers.push(random.pick(side.people));
      // A joint act would be one statement per speaker (seeds: JOINT_WITH); the generator
      // keeps each statement to one speaker so that SAID and ON_BEHALF_OF always pair up.
      // The draw stays so the random stream (and every other value) is unchanged.
      if (other.people[0]) random.chance(0.015);
    }
    const principals = speakers.length
      ? [...new Set(speakers.map((p) => p.representing))]
      : [side.actor.id];

    const code = random.pick(STATEMENT_CODES);
    const persian = speakers[0]?.country.names === "persian" && random.chance(0.4);
    const sentence = random
      .pick(code.en)
      .replaceAll("{topic}", topic.name.toLowerCase())
      .replaceAll("{other}", other.actor.name);
    const speakerName = speakers.map((p) => p.name).join(" and ");
    const kind = random.chance(0.6) ? "QUOTE" : "REPORTED";
    const [faText, faTranslation] = random.pick(PERSIAN_SENTENCES);
    const text = persian
      ? faText
      : kind === "QUOTE"
        ? sentence
        : `${speakerName || side.actor.name} said that ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`;

    const during = status === "HELD" && random.chance(0.55);
    let day = meetingDay;
    let date = meetingDate;
    if (!during && meetingDate.precision === "DAY") {
      day = Math.min(LAST_DAY, meetingDay + random.int(-5, 10));
      date = dateTriple(day, "DAY");
    }
    const number = this.statementCount++;
    const speakerSlug = speakers[0]
      ? speakers[0].id.slice("person:".length)
      : side.actor.id.slice(side.actor.id.indexOf(":") + 1).toLowerCase();
    const id = `statement:${speakerSlug}-${String(number).padStart(8, "0")}`;
    const key = sortKey(date.start, id);

    out.node("Statement", {
      id,
      text,
      language: persian ? "fa" : "en",
      translation: persian ? faTranslation : null,
      translationLanguage: persian ? "en" : null,
      kind,
      ...dateProperties("date", date),
      dateText: dateTextFor(date, day, random),
      cameo: code.cameo,
      cameoName: code.cameoName,
      goldstein: code.goldstein,
      sortKey: key,
    });
    for (const speaker of speakers)
      out.rel("SAID", speaker.id, id, { ownerId: speaker.id, sortKey: key });
    for (const principal of principals)
      out.rel("ON_BEHALF_OF", id, principal, { ownerId: principal, sortKey: key });
    if (random.chance(0.6)) {
      const target = other.people[0] && random.chance(0.15) ? other.people[0].id : other.actor.id;
      if (!principals.includes(target)) out.rel("DIRECTED_AT", id, target);
    }
    out.rel(during ? "DURING" : "CONCERNS", id, meetingId);
    const about = random.chance(0.9)
      ? topic
      : (world.topics[world.topicZipf.draw(random)] as Series["topic"]);
    out.rel("ABOUT", id, about.id, { ownerId: about.id, sortKey: key });
    if (random.chance(0.1)) out.rel("MADE_AT", id, city.id);
    if (random.chance(0.15)) out.rel("RELAYED_BY", id, random.pick(world.outlets).id);
    else if (random.chance(0.02) && world.missions.length)
      out.rel("RELAYED_BY", id, random.pick(world.missions).id);
    const excerpt = persian
      ? `${speakers[0]?.persianName ?? speakerName}: «${text}»`
      : kind === "QUOTE"
        ? `“${text}”, said ${speakerName || side.actor.name}.`
        : `${text}.`;
    for (const article of this.reportingArticles(date, day))
      out.rel("REPORTED_BY", id, article.id, { excerpt });
    if (random.chance(0.05)) out.rel("MENTIONS", id, this.mentionable());
  }

  /** Two to six parties; the IRN–USA pair is boosted so it has many meetings. */
  private drawSides(): Side[] {
    const { random, world } = this;
    const count = random.weighted(SIDE_COUNTS);
    const actors = new Set<CountryNode | OrganizationNode>();
    if (random.chance(0.025)) {
      actors.add(world.countries[0] as CountryNode);
      actors.add(world.countries[1] as CountryNode);
    }
    while (actors.size < count) {
      if (actors.size >= 2 && random.chance(0.25)) {
        actors.add(
          random.chance(0.8)
            ? (world.internationalBodies[random.int(0, 4)] as OrganizationNode)
            : random.pick(world.jointBodies),
        );
      } else if (actors.size === 1 && random.chance(0.04)) {
        actors.add(random.pick(world.internationalBodies));
      } else {
        actors.add(world.countries[world.countryZipf.draw(random)] as CountryNode);
      }
    }
    return [...actors].map((actor) => this.side(actor));
  }

  private side(actor: CountryNode | OrganizationNode): Side {
    const country = "code" in actor ? actor : undefined;
    return { actor, country, people: this.drawPeople(actor) };
  }

  private drawPeople(actor: CountryNode | OrganizationNode): PersonNode[] {
    const { random } = this;
    if (actor.people.length === 0 || random.chance(0.12)) return [];
    let zipf = this.peopleZipfs.get(actor);
    if (!zipf || zipf.size !== actor.people.length) {
      zipf = new Zipf(actor.people.length, 1.1);
      this.peopleZipfs.set(actor, zipf);
    }
    const wanted = Math.min(actor.people.length, random.weighted(PEOPLE_PER_SIDE));
    const chosen = new Set<PersonNode>();
    for (let attempt = 0; chosen.size < wanted && attempt < wanted * 4; attempt++) {
      chosen.add(actor.people[zipf.draw(random)] as PersonNode);
    }
    return [...chosen];
  }

  private redrawPeople(sides: Side[]): Side[] {
    return sides.map((side) => (this.random.chance(0.7) ? side : this.side(side.actor)));
  }

  private continueSeries(): Series | undefined {
    if (this.openSeries.length === 0 || !this.random.chance(0.1)) return undefined;
    const index = this.random.int(0, this.openSeries.length - 1);
    const series = this.openSeries[index] as Series;
    if (series.lastDay + 120 > LAST_DAY) {
      this.openSeries.splice(index, 1);
      return undefined;
    }
    return series;
  }

  private rememberSeries(
    series: Series | undefined,
    sides: Side[],
    topic: Series["topic"],
    id: string,
    round: number,
    day: number,
  ): void {
    if (series) {
      series.lastId = id;
      series.lastRound = round;
      series.lastDay = day;
      if (round >= 12) this.openSeries.splice(this.openSeries.indexOf(series), 1);
      return;
    }
    this.openSeries.push({ sides, topic, lastId: id, lastRound: round, lastDay: day });
    if (this.openSeries.length > 200) this.openSeries.shift();
  }

  /** One or two articles published on or after the fact (any article when it is undated). */
  private reportingArticles(date: DateTriple, day: number): ArticleNode[] {
    const { random, world } = this;
    const first =
      date.start === null || world.datedArticles.length === 0
        ? random.pick(world.articles)
        : articleOnOrAfter(world, day + random.int(0, 20));
    if (!random.chance(0.12)) return [first];
    const second = random.pick(world.articles);
    return second === first ? [first] : [first, second];
  }

  private mentionable(): string {
    const { random, world } = this;
    if (random.chance(0.2))
      return (world.countries[world.countryZipf.draw(random)] as CountryNode).id;
    if (random.chance(0.2)) return random.pick(world.people).id;
    return (world.organizations[world.organizationZipf.draw(random)] as OrganizationNode).id;
  }
}

function dateTextFor(date: DateTriple, day: number, random: Random): string | null {
  if (date.precision === null) return random.pick(UNDATED_TEXTS);
  if (date.precision === "DAY" && random.chance(0.25)) return WEEKDAYS[weekdayOf(day)] ?? null;
  if (date.precision === "MONTH" && random.chance(0.3)) return MONTHS[monthOf(day)] ?? null;
  return null;
}

function meetingExcerpt(
  status: Status,
  a: Side,
  b: Side,
  topic: string,
  city: string,
  date: DateTriple,
  day: number,
): string {
  const who = (side: Side) => side.people[0]?.name ?? side.actor.name;
  const when = date.precision === "DAY" ? ` on ${WEEKDAYS[weekdayOf(day)]}` : "";
  switch (status) {
    case "HELD":
      return `${who(a)} met ${who(b)} in ${city}${when} to discuss ${topic.toLowerCase()}.`;
    case "PLANNED":
      return `${a.actor.name} and ${b.actor.name} agreed to meet in ${city} to discuss ${topic.toLowerCase()}.`;
    case "PROPOSED":
      return `${who(a)} proposed talks with ${b.actor.name} on ${topic.toLowerCase()}.`;
    case "DECLINED":
      return `${b.actor.name} turned down an offer of talks with ${a.actor.name} on ${topic.toLowerCase()}.`;
  }
}

export type { Row };
