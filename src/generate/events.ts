/**
 * Meetings and the statements made at or about them. Participants are drawn country by
 * country from Zipf distributions (busy countries, and within a country its most senior
 * officials, dominate), which gives the power-law degrees of real reporting: hub ministers
 * in tens of thousands of meetings at 1M, a median person in a handful. The derived list
 * data of cypher/derived.cypher (sort keys, TOOK_PART_IN, ownerId/sortKey, the MET_WITH
 * aggregate) is written here directly, with the same values that script would compute.
 */
import type { ChunkBuilder } from "./chunk.ts";
import {
  type DateTriple,
  dateProperties,
  dateTriple,
  FIRST_DAY,
  LAST_DAY,
  type Precision,
  sortKey,
  UNDATED,
  weekdayOf,
} from "./dates.ts";
import { type MetWith, PairTally } from "./met-with.ts";
import { Parties, type Side } from "./parties.ts";
import { cumulativeWeights, type Random } from "./random.ts";
import { dateTextFor, mentionable, reportingArticles } from "./reporting.ts";
import { searchTitle } from "./search-title.ts";
import { MAX_ROUND_GAP, OpenSeries, type Series } from "./series.ts";
import { type Occasion, StatementWriter } from "./statements.ts";
import { type EventCode, MEETING_CODES, type MeetingStatus, WEEKDAYS } from "./vocabulary.ts";
import { itemAt, type PlaceNode, type TopicNode, type World } from "./world.ts";

const STATEMENTS_PER_MEETING = cumulativeWeights([0.1, 0.25, 0.35, 0.2, 0.1]);
const STATUSES: readonly MeetingStatus[] = ["HELD", "PLANNED", "PROPOSED", "DECLINED"];
const STATUS_WEIGHTS = cumulativeWeights([0.82, 0.08, 0.06, 0.04]);
const PRECISIONS: readonly (Precision | null)[] = ["DAY", "MONTH", "YEAR", null];
const PRECISION_WEIGHTS = cumulativeWeights([0.75, 0.12, 0.07, 0.06]);

/** A meeting as drawn, before its rows are written. */
interface Meeting extends Occasion {
  series: Series | undefined;
  code: EventCode;
  dateText: string | null;
  round: number | null;
  title: string;
  /** The side whose capital it is held in, if any. */
  host: Side | undefined;
  /** Where it is held: the city, or a venue in it. */
  place: PlaceNode;
  sortKey: string;
}

export class EventGenerator {
  private readonly series: OpenSeries;
  private readonly parties: Parties;
  private readonly statements: StatementWriter;
  private readonly world: World;
  private readonly random: Random;
  private readonly out: ChunkBuilder;
  /** The meetings each two actors shared (MET_WITH), written after the last meeting. */
  private readonly pairs = new PairTally();

  constructor(world: World, random: Random, out: ChunkBuilder) {
    this.world = world;
    this.random = random;
    this.out = out;
    this.series = new OpenSeries(random);
    this.parties = new Parties(world, random);
    this.statements = new StatementWriter(world, random, out);
  }

  /** The meeting numbered `index`, its participations, reports and statements. */
  meeting(index: number): void {
    const meeting = this.draw(index);
    this.writeMeeting(meeting);
    this.writeParticipations(meeting);
    const { random, world, out } = this;
    const [a, b] = [itemAt(meeting.sides, 0), itemAt(meeting.sides, 1)];
    for (const article of reportingArticles(world, random, meeting.date, meeting.day)) {
      out.rel("REPORTED_BY", meeting.meetingId, article.id, {
        excerpt: meetingExcerpt(meeting, a, b),
      });
    }
    if (random.chance(0.08)) out.rel("MENTIONS", meeting.meetingId, mentionable(world, random));
    if (meeting.round) {
      this.series.remember(meeting.series, {
        ...meeting,
        id: meeting.meetingId,
        round: meeting.round,
      });
    }
    const statements = random.weighted(STATEMENTS_PER_MEETING);
    for (let s = 0; s < statements; s++) this.statements.write(meeting);
  }

  /** Who, about what, with what outcome, when and where: a new meeting or a series' next. */
  private draw(index: number): Meeting {
    const { random, world } = this;
    const series = this.series.continue();
    const sides = series ? this.parties.redraw(series.sides) : this.parties.draw();
    const topic = series?.topic ?? itemAt(world.topics, world.topicZipf.draw(random));
    const status = series
      ? random.chance(0.85)
        ? "HELD"
        : "PLANNED"
      : itemAt(STATUSES, random.weighted(STATUS_WEIGHTS));
    const code = random.pick<EventCode>(MEETING_CODES[status]);
    const { date, day } = this.when(series);
    const dateText = dateTextFor(date, day, random);
    const codes = sides.map((side) =>
      (side.country ? side.country.code : side.actor.id.slice(4)).toLowerCase(),
    );
    const meetingId = `meeting:${codes.slice(0, 2).join("-")}-${String(index).padStart(7, "0")}`;
    const round = series ? series.lastRound + 1 : random.chance(0.05) ? 1 : null;
    const title = this.title(sides, topic, round);
    const { host, city, place } = this.where(sides);
    const key = sortKey(date.start, meetingId);
    return {
      meetingId,
      series,
      sides,
      topic,
      status,
      code,
      date,
      day,
      dateText,
      round,
      title,
      host,
      city,
      place,
      sortKey: key,
    };
  }

  /** Later in the period more often; a series' next round some weeks after the last. */
  private when(series: Series | undefined): { date: DateTriple; day: number } {
    const { random } = this;
    let day = FIRST_DAY + Math.floor(Math.sqrt(random.float()) * (LAST_DAY - FIRST_DAY));
    if (series) day = Math.min(LAST_DAY, series.lastDay + random.int(14, MAX_ROUND_GAP));
    const precision = PRECISIONS[random.weighted(PRECISION_WEIGHTS)] ?? null;
    return { date: precision ? dateTriple(day, precision) : UNDATED, day };
  }

  private title(sides: Side[], topic: TopicNode, round: number | null): string {
    const [a, b] = [itemAt(sides, 0), itemAt(sides, 1)];
    const names = sides.map((side) => side.actor.name);
    if (round) return `${names.slice(0, 2).join("–")} talks on ${topic.name}, round ${round}`;
    if (sides.length > 2) return `${topic.name} talks: ${names.join(", ")}`;
    return a.people[0] && b.people[0] && this.random.chance(0.5)
      ? `${a.people[0].name} meets ${b.people[0].name}`
      : `${names.join("–")} talks on ${topic.name}`;
  }

  /** Mostly a party's capital (often a venue in it), sometimes a third place. */
  private where(sides: Side[]): { host: Side | undefined; city: PlaceNode; place: PlaceNode } {
    const { random, world } = this;
    const host = random.chance(0.75) ? itemAt(sides, random.chance(0.6) ? 0 : 1) : undefined;
    const city = host?.country ? host.country.capitalCity : random.pick(world.thirdPlaces);
    const venues = world.venuesByCity.get(city.id) ?? [];
    const place = venues.length && random.chance(0.4) ? random.pick(venues) : city;
    return { host, city, place };
  }

  private writeMeeting(meeting: Meeting): void {
    const { random, world, out } = this;
    const { meetingId: id, title, round, topic, host, sortKey: key } = meeting;
    out.node("Meeting", {
      id,
      title,
      status: meeting.status,
      ...dateProperties("date", meeting.date),
      dateText: meeting.dateText,
      venue: meeting.place.name,
      round,
      roundInferred: round && round > 1 ? random.chance(0.3) : round ? false : null,
      ...meeting.code,
      searchTitle: searchTitle(title),
      summary: random.chance(0.3)
        ? `${meeting.sides.map((side) => side.actor.name).join(" and ")} discussed ${topic.name.toLowerCase()}.`
        : null,
      sortKey: key,
    });
    out.rel("HELD_AT", id, meeting.place.id);
    if (host && random.chance(0.5)) {
      const person = host.people[0];
      out.rel("HOSTED_BY", id, person && random.chance(0.8) ? person.id : host.actor.id);
    }
    if (meeting.series) out.rel("FOLLOWS", id, meeting.series.lastId);
    out.rel("ABOUT", id, topic.id, { ownerId: topic.id, sortKey: key });
    const second = random.chance(0.2) ? world.topics[world.topicZipf.draw(random)] : undefined;
    if (second && second !== topic)
      out.rel("ABOUT", id, second.id, { ownerId: second.id, sortKey: key });
  }

  /**
   * A Participation per participant: a person's (role, whom they represented), or a side's
   * own when it has no named person. Then TOOK_PART_IN (a HELD meeting) or TO_TAKE_PART_IN
   * (planned, proposed, declined): one per actor who took part or was represented, as
   * cypher/derived.cypher computes them.
   */
  private writeParticipations({ meetingId, sides, status, sortKey: key }: Meeting): void {
    const { out } = this;
    const meetingSlug = meetingId.slice("meeting:".length);
    const tookPart = new Set<string>();
    for (const side of sides) {
      if (side.people.length === 0) {
        const actorSlug = side.actor.id.slice(side.actor.id.indexOf(":") + 1).toLowerCase();
        const participation = `participation:${meetingSlug}--${actorSlug}`;
        out.node("Participation", { id: participation, role: null });
        out.rel("TOOK_PART_AS", side.actor.id, participation);
        out.rel("AT", participation, meetingId);
        tookPart.add(side.actor.id);
      }
      for (const person of side.people) {
        // Where the role and the represented actor live (docs/graph-model.md, Participation).
        const participation = `participation:${meetingSlug}--${person.id.slice("person:".length)}`;
        out.node("Participation", { id: participation, role: person.role });
        out.rel("TOOK_PART_AS", person.id, participation);
        out.rel("AT", participation, meetingId);
        out.rel("REPRESENTING", participation, person.representing);
        tookPart.add(person.id);
        tookPart.add(person.representing);
      }
    }
    for (const actorId of tookPart) {
      if (status === "HELD")
        out.rel("TOOK_PART_IN", actorId, meetingId, { ownerId: actorId, sortKey: key });
      else out.rel("TO_TAKE_PART_IN", actorId, meetingId);
    }
    if (status === "HELD") this.pairs.add(tookPart);
  }

  /** The MET_WITH edges of every meeting generated (call after the last one). */
  *metWith(): Generator<MetWith> {
    const { world } = this;
    const names = new Map<string, string>();
    for (const actor of [...world.countries, ...world.organizations, ...world.people])
      names.set(actor.id, actor.name);
    yield* this.pairs.edges((id) => {
      const name = names.get(id);
      if (name === undefined) throw new Error(`no name for ${id}`);
      return name;
    });
  }
}

/** How an article reports the meeting, by its status. */
function meetingExcerpt({ status, topic, city, date, day }: Meeting, a: Side, b: Side): string {
  const who = (side: Side) => side.people[0]?.name ?? side.actor.name;
  const when = date.precision === "DAY" ? ` on ${WEEKDAYS[weekdayOf(day)]}` : "";
  const about = topic.name.toLowerCase();
  switch (status) {
    case "HELD":
      return `${who(a)} met ${who(b)} in ${city.name}${when} to discuss ${about}.`;
    case "PLANNED":
      return `${a.actor.name} and ${b.actor.name} agreed to meet in ${city.name} to discuss ${about}.`;
    case "PROPOSED":
      return `${who(a)} proposed talks with ${b.actor.name} on ${about}.`;
    case "DECLINED":
      return `${b.actor.name} turned down an offer of talks with ${a.actor.name} on ${about}.`;
  }
}
