/**
 * The statements made at or about a meeting: one side's speaker (or the side itself) says
 * something coded by CAMEO, quoted or reported, in English or (for some Persian speakers)
 * in Persian with a translation; during a held meeting, or around its date.
 */
import type { ChunkBuilder } from "./chunk.ts";
import { type DateTriple, dateProperties, dateTriple, LAST_DAY, sortKey } from "./dates.ts";
import type { Side } from "./parties.ts";
import type { Random } from "./random.ts";
import { dateTextFor, mentionable, reportingArticles } from "./reporting.ts";
import { type MeetingStatus, PERSIAN_SENTENCES, STATEMENT_CODES } from "./vocabulary.ts";
import { itemAt, type PersonNode, type PlaceNode, type TopicNode, type World } from "./world.ts";

/** What a statement takes from the meeting it is made at or about. */
export interface Occasion {
  meetingId: string;
  status: MeetingStatus;
  sides: Side[];
  topic: TopicNode;
  date: DateTriple;
  day: number;
  city: PlaceNode;
}

/** Who speaks: a person of one side (or the side itself), on behalf of whom, to whom. */
interface Voice {
  side: Side;
  other: Side;
  speakers: PersonNode[];
  principals: string[];
}

/** What is said, and how an article quotes it. */
interface Words {
  text: string;
  persian: boolean;
  translation: string;
  kind: "QUOTE" | "REPORTED";
  code: (typeof STATEMENT_CODES)[number];
  excerpt: string;
}

export class StatementWriter {
  /** Statements written so far: the running number in each statement's id. */
  private count = 0;
  private readonly world: World;
  private readonly random: Random;
  private readonly out: ChunkBuilder;

  constructor(world: World, random: Random, out: ChunkBuilder) {
    this.world = world;
    this.random = random;
    this.out = out;
  }

  write(occasion: Occasion): void {
    const { random, out } = this;
    const voice = this.voice(occasion.sides);
    const words = this.words(voice, occasion.topic);
    const during = occasion.status === "HELD" && random.chance(0.55);
    const { date, day } = during ? occasion : this.dateAround(occasion);
    const number = this.count++;
    const speaker = voice.speakers[0];
    const speakerSlug = speaker
      ? speaker.id.slice("person:".length)
      : voice.side.actor.id.slice(voice.side.actor.id.indexOf(":") + 1).toLowerCase();
    const id = `statement:${speakerSlug}-${String(number).padStart(8, "0")}`;
    const key = sortKey(date.start, id);
    out.node("Statement", {
      id,
      text: words.text,
      language: words.persian ? "fa" : "en",
      translation: words.persian ? words.translation : null,
      translationLanguage: words.persian ? "en" : null,
      kind: words.kind,
      ...dateProperties("date", date),
      dateText: dateTextFor(date, day, random),
      cameo: words.code.cameo,
      cameoName: words.code.cameoName,
      goldstein: words.code.goldstein,
      sortKey: key,
    });
    this.writeLinks(id, key, voice, during, occasion);
    for (const article of reportingArticles(this.world, random, date, day))
      out.rel("REPORTED_BY", id, article.id, { excerpt: words.excerpt });
    if (random.chance(0.05)) {
      const mentioned = mentionable(this.world, random);
      out.rel("MENTIONS", id, mentioned, { ownerId: mentioned, sortKey: key });
    }
  }

  private voice(sides: Side[]): Voice {
    const { random } = this;
    const sideIndex = random.int(0, sides.length - 1);
    const side = itemAt(sides, sideIndex);
    const other = itemAt(sides, (sideIndex + 1) % sides.length);
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
    return { side, other, speakers, principals };
  }

  private words({ side, other, speakers }: Voice, topic: TopicNode): Words {
    const { random } = this;
    const code = random.pick(STATEMENT_CODES);
    const persian = speakers[0]?.country.names === "persian" && random.chance(0.4);
    const sentence = random
      .pick(code.en)
      .replaceAll("{topic}", topic.name.toLowerCase())
      .replaceAll("{other}", other.actor.name);
    const speakerName = speakers.map((p) => p.name).join(" and ");
    const kind = random.chance(0.6) ? "QUOTE" : "REPORTED";
    const [faText, translation] = random.pick(PERSIAN_SENTENCES);
    const who = speakerName || side.actor.name;
    const text = persian
      ? faText
      : kind === "QUOTE"
        ? sentence
        : `${who} said that ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`;
    const excerpt = persian
      ? `${speakers[0]?.persianName ?? speakerName}: «${text}»`
      : kind === "QUOTE"
        ? `“${text}”, said ${who}.`
        : `${text}.`;
    return { text, persian, translation, kind, code, excerpt };
  }

  /** Not during the meeting: a few days either side of it, when its day is known. */
  private dateAround({ date, day }: Occasion): { date: DateTriple; day: number } {
    if (date.precision !== "DAY") return { date, day };
    const around = Math.min(LAST_DAY, day + this.random.int(-5, 10));
    return { date: dateTriple(around, "DAY"), day: around };
  }

  /** Who said it, for whom, to whom, about what, where, relayed by whom. */
  private writeLinks(id: string, key: string, voice: Voice, during: boolean, occasion: Occasion) {
    const { random, world, out } = this;
    const { speakers, principals, other } = voice;
    for (const speaker of speakers)
      out.rel("SAID", speaker.id, id, { ownerId: speaker.id, sortKey: key });
    for (const principal of principals)
      out.rel("ON_BEHALF_OF", id, principal, { ownerId: principal, sortKey: key });
    if (random.chance(0.6)) {
      const target = other.people[0] && random.chance(0.15) ? other.people[0].id : other.actor.id;
      if (!principals.includes(target))
        out.rel("DIRECTED_AT", id, target, { ownerId: target, sortKey: key });
    }
    out.rel(during ? "DURING" : "CONCERNS", id, occasion.meetingId);
    const about = random.chance(0.9)
      ? occasion.topic
      : itemAt(world.topics, world.topicZipf.draw(random));
    out.rel("ABOUT", id, about.id, { ownerId: about.id, sortKey: key });
    if (random.chance(0.1)) out.rel("MADE_AT", id, occasion.city.id);
    if (random.chance(0.15)) out.rel("RELAYED_BY", id, random.pick(world.outlets).id);
    else if (random.chance(0.02) && world.missions.length)
      out.rel("RELAYED_BY", id, random.pick(world.missions).id);
  }
}
